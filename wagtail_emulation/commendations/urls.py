from django.urls import path

from ..reader_forms import captcha_urlpatterns
from . import views

app_name = "commendations"

urlpatterns = [
    path("notice/<int:page_id>/respond/", views.respond, name="respond"),
    # django-simple-captcha's views under our prefix (see wagtail_emulation.reader_forms).
    *captcha_urlpatterns(),
]
