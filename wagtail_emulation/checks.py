"""System checks that point a host at what a Vietnamese portal needs in its settings.

Warnings, not errors: a host may serve another language on purpose, and silence them with
``SILENCED_SYSTEM_CHECKS``. Each message gives the line to add.
"""

from django.conf import settings
from django.core import checks
from wagtail.admin.localization import get_available_admin_languages

VIETNAM_TIME_ZONES = {"Asia/Ho_Chi_Minh", "Asia/Saigon"}


@checks.register()
def check_vietnamese_site(app_configs=None, **kwargs):
    messages = []
    if settings.LANGUAGE_CODE.lower() != "vi":
        messages.append(
            checks.Warning(
                f"LANGUAGE_CODE is {settings.LANGUAGE_CODE!r}: public pages and widgets "
                "will not be in Vietnamese.",
                hint='Set LANGUAGE_CODE = "vi".',
                id="wagtail_emulation.W001",
            )
        )
    if not settings.USE_TZ or settings.TIME_ZONE not in VIETNAM_TIME_ZONES:
        messages.append(
            checks.Warning(
                f"TIME_ZONE is {settings.TIME_ZONE!r}: datelines and counters by day will "
                "not be in Vietnam time.",
                hint='Set TIME_ZONE = "Asia/Ho_Chi_Minh" and USE_TZ = True.',
                id="wagtail_emulation.W002",
            )
        )
    if "vi" not in {code for code, _name in get_available_admin_languages()}:
        messages.append(
            checks.Warning(
                "Vietnamese is not among the Wagtail admin's languages, so editors cannot "
                "choose it.",
                hint=(
                    'Add ("vi", "Tiếng Việt") to WAGTAILADMIN_PERMITTED_LANGUAGES, e.g. '
                    'WAGTAILADMIN_PERMITTED_LANGUAGES = [("vi", "Tiếng Việt"), ("en", "English")].'
                ),
                id="wagtail_emulation.W003",
            )
        )
    return messages
