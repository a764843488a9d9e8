from django.urls import path

from . import views

app_name = "visits"

urlpatterns = [
    path(
        "hit/<int:site_id>/<int:page_id>/<slug:signature>/",
        views.beacon,
        name="beacon",
    ),
]
