"""Questions readers send (private), the subject areas they choose, and the public pages of
answered questions."""

from .pages import QuestionIndexPage, QuestionPage
from .questions import Question, QuestionStatus
from .topics import QuestionTopic

__all__ = ["Question", "QuestionIndexPage", "QuestionPage", "QuestionStatus", "QuestionTopic"]
