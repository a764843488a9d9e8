"""System checks that point a host at what the package needs in its settings.

An app of the package missing a companion app (``AppConfig.companion_apps``) is an error that
names it. The Vietnamese settings are warnings, since a host may serve another language on
purpose (``SILENCED_SYSTEM_CHECKS`` silences them); each message gives the line to add.
"""

from django.apps import apps
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


@checks.register()
def check_companion_apps(app_configs=None, **kwargs):
    return [
        checks.Error(
            f"{config.verbose_name} ({config.name}) needs {companion!r} in INSTALLED_APPS.",
            hint=(
                f"Add {companion!r} to INSTALLED_APPS (see the install steps in the "
                "documentation's tutorial)."
            ),
            obj=config.name,
            id="wagtail_emulation.E001",
        )
        for config in apps.get_app_configs()
        if config.name.split(".")[0] == "wagtail_emulation"
        for companion in getattr(config, "companion_apps", ())
        if not apps.is_installed(companion)
    ]


@checks.register()
def check_admin_date_widgets(app_configs=None, **kwargs):
    """The admin date-picker patches (``admin_dates``) apply only to Wagtail widget code they
    were tested with."""
    from .admin_dates import widgets_are_known

    if widgets_are_known():
        return []
    return [
        checks.Warning(
            "This Wagtail's admin date widgets differ from those wagtail_emulation was tested "
            "with: the admin's date pickers keep Wagtail's own format, and rewrite what "
            "editors type when the field loses focus.",
            hint=(
                "Upgrade wagtail-emulation, or silence wagtail_emulation.W010 in "
                "SILENCED_SYSTEM_CHECKS to keep Wagtail's pickers as they are."
            ),
            id="wagtail_emulation.W010",
        )
    ]
