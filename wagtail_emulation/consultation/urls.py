from django.urls import path, re_path

from ..reader_forms import captcha_urlpatterns
from . import views

app_name = "consultation"

urlpatterns = [
    path("<int:page_id>/", views.opinion_page, name="page"),
    path("<int:page_id>/form/", views.opinion_form_fragment, name="form"),
    path("<int:page_id>/sent/", views.opinion_sent, name="sent"),
    path("<int:page_id>/report/", views.report_page, name="report"),
    re_path(
        r"^(?P<page_id>\d+)/report\.(?P<file_format>csv|xlsx)$",
        views.report_file,
        name="report_file",
    ),
    # django-simple-captcha's views under our prefix (see wagtail_emulation.reader_forms).
    *captcha_urlpatterns(),
]
