from django.urls import path

from ..reader_forms import captcha_urlpatterns
from . import views

app_name = "questions"

urlpatterns = [
    path("<int:section_id>/ask/", views.ask, name="ask"),
    path("<int:section_id>/lookup/", views.lookup, name="lookup"),
    # django-simple-captcha's views under our prefix (see wagtail_emulation.reader_forms).
    *captcha_urlpatterns(),
]
