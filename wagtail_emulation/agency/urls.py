from django.urls import path

from . import views

app_name = "agency"

urlpatterns = [
    path("people/<int:person_id>/vcard/", views.vcard, name="vcard"),
]
