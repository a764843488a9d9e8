from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class QuestionsConfig(AppConfig):
    name = "wagtail_emulation.questions"
    label = "wagtail_emulation_questions"
    verbose_name = _("Questions and answers")
    default_auto_field = "django.db.models.BigAutoField"
    #: Apps this one needs beside it in INSTALLED_APPS (a system check names any missing).
    companion_apps = (
        "wagtail.contrib.routable_page",
        "wagtail.documents",
        "captcha",
        "django_tasks",
    )

    def ready(self):
        from .signals import connect

        connect()
