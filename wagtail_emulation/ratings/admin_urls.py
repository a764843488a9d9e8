from django.urls import path

from .reports import RatingReportView

app_name = "wagtail_emulation_ratings"

urlpatterns = [
    path("", RatingReportView.as_view(), name="report"),
    path("results/", RatingReportView.as_view(results_only=True), name="report_results"),
]
