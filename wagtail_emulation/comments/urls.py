from django.urls import path

from ..reader_forms import captcha_urlpatterns
from . import views

app_name = "comments"

urlpatterns = [
    path("<int:page_id>/", views.comment_page, name="page"),
    path("<int:page_id>/form/", views.comment_form_fragment, name="form"),
    # django-simple-captcha's views under our prefix (see wagtail_emulation.reader_forms).
    *captcha_urlpatterns(),
]
