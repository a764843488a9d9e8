from django.apps import AppConfig


class TestAppConfig(AppConfig):
    """A host site's own app: page types that know nothing of wagtail-emulation's sub-apps."""

    name = "tests.testapp"
    label = "testapp"
    default_auto_field = "django.db.models.BigAutoField"
