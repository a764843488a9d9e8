from django.urls import path

from .views import BrokenLinksReportView

app_name = "wagtail_emulation_procedures"

urlpatterns = [
    path("", BrokenLinksReportView.as_view(), name="broken_links"),
    path("results/", BrokenLinksReportView.as_view(results_only=True), name="broken_links_results"),
]
