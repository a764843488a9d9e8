"""System checks: the comments need django-simple-captcha installed beside them."""

from django.apps import apps
from django.core import checks

CAPTCHA_APP = "captcha"


def captcha_installed():
    return apps.is_installed(CAPTCHA_APP)


@checks.register()
def check_captcha_installed(app_configs=None, **kwargs):
    if captcha_installed():
        return []
    return [
        checks.Error(
            "Reader comments need django-simple-captcha: add 'captcha' to INSTALLED_APPS.",
            hint="It is installed with wagtail-emulation; list it after the package's apps.",
            id="wagtail_emulation_comments.E001",
        )
    ]
