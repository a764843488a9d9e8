"""The dashboard panel: this month's questions, those open and those overdue."""

from django.urls import reverse
from django.utils import timezone
from wagtail.admin.ui.components import Component

from ..sites import for_user_sites
from . import statistics
from .models import Question


class QuestionsPanel(Component):
    name = "questions_and_answers"
    template_name = "wagtail_emulation/questions/admin/dashboard_panel.html"
    order = 160

    def get_context_data(self, parent_context):
        today = timezone.localdate()
        questions = for_user_sites(Question.objects.all(), parent_context["request"].user)
        this_month = questions.filter(
            received_at__date__gte=today.replace(day=1), received_at__date__lte=today
        )
        queue = reverse("wagtail_emulation_questions:index")
        return {
            "month": statistics.totals(this_month, today),
            "open": questions.open().count(),
            "overdue": questions.overdue(today).count(),
            "queue_url": queue,
            "overdue_url": f"{queue}?overdue=true",
            "statistics_url": reverse("wagtail_emulation_questions_statistics:index"),
        }
