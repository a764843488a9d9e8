"""Finding a question by its tracking code, in one query whatever the number of questions."""

from . import codes
from .models import Question


def find_question(section, code):
    """The question ``code`` tracks on ``section``'s site (a merged duplicate answers with its
    original's progress), or ``None``.

    The query asks for the code's keyed hash through its unique index, also for text that
    cannot be a code, so a miss costs what a hit costs.
    """
    site = section.get_site()
    questions = Question.objects.select_related(
        "topic",
        "unit",
        "answer_page",
        "answer_document",
        "duplicate_of__topic",
        "duplicate_of__unit",
        "duplicate_of__answer_page",
        "duplicate_of__answer_document",
    ).filter(code_digest=codes.digest(code or "-"))
    if site is not None:
        questions = questions.filter(section__path__startswith=site.root_page.path)
    return questions.first()
