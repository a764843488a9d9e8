"""Reading the submitted score from a form post or a JSON body, with translated errors."""

import json

from django.utils.translation import gettext as _

from .models import MAX_SCORE, MIN_SCORE


class ScoreError(Exception):
    def __init__(self, code, message):
        super().__init__(message)
        self.code = code
        self.message = message


def _raw_score(request):
    if request.content_type == "application/json":
        try:
            data = json.loads(request.body or b"{}")
        except (ValueError, UnicodeDecodeError):
            raise ScoreError("invalid_json", _("The request could not be read.")) from None
        return data.get("score") if isinstance(data, dict) else None
    return request.POST.get("score")


def _as_int(raw):
    if isinstance(raw, bool):
        return None
    if isinstance(raw, int):
        return raw
    if isinstance(raw, str) and raw.strip().isascii() and raw.strip().isdigit():
        return int(raw.strip())
    return None


def submitted_score(request):
    """The score 1–5 the reader chose; raises :class:`ScoreError` with a translated message."""
    raw = _raw_score(request)
    if raw is None or raw == "":
        raise ScoreError("score_missing", _("Choose from 1 to 5 stars, then send your rating."))
    score = _as_int(raw)
    if score is None:
        raise ScoreError("score_invalid", _("The rating must be a whole number of stars."))
    if not MIN_SCORE <= score <= MAX_SCORE:
        raise ScoreError(
            "score_out_of_range",
            _("The rating must be from %(min)s to %(max)s stars.")
            % {"min": MIN_SCORE, "max": MAX_SCORE},
        )
    return score


def chosen_score(request):
    """The score to keep checked when the form is shown again, if it was a valid choice."""
    try:
        return submitted_score(request)
    except ScoreError:
        return None
