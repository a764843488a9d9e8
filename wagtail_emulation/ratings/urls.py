from django.urls import path

from . import views

app_name = "ratings"

urlpatterns = [
    path("<int:page_id>/", views.vote, name="vote"),
]
