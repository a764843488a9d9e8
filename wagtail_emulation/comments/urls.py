from captcha import views as captcha_views
from django.urls import path, re_path

from . import views

app_name = "comments"

urlpatterns = [
    path("<int:page_id>/", views.comment_page, name="page"),
    path("<int:page_id>/form/", views.comment_form_fragment, name="form"),
    # django-simple-captcha's image and audio views under our prefix (see captcha.py).
    re_path(
        r"^captcha/image/(?P<key>\w+)/$",
        captcha_views.captcha_image,
        {"scale": 1},
        name="captcha-image",
    ),
    re_path(
        r"^captcha/image/(?P<key>\w+)@2/$",
        captcha_views.captcha_image,
        {"scale": 2},
        name="captcha-image-2x",
    ),
    re_path(
        r"^captcha/audio/(?P<key>\w+)\.wav$", captcha_views.captcha_audio, name="captcha-audio"
    ),
    path("captcha/refresh/", views.captcha_refresh, name="captcha-refresh"),
]
