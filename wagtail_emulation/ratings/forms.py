"""Reading the submitted score from a form post or a JSON body, with translated errors."""

import json

from django.core.exceptions import RequestDataTooBig
from django.utils.translation import gettext as _

from .models import MAX_SCORE, MIN_SCORE

# Our script sends {"score": 4}: anything much longer is not a vote, and reading it is work.
MAX_JSON_BODY = 1024
# Digits beyond these only say "too big"; int() refuses strings of more than 4,300 digits.
MAX_SCORE_DIGITS = 6


class ScoreError(Exception):
    def __init__(self, code, message):
        super().__init__(message)
        self.code = code
        self.message = message


def _raw_score(request):
    if request.content_type == "application/json":
        try:
            body = request.body
        except RequestDataTooBig:
            body = None
        if body is None or len(body) > MAX_JSON_BODY:
            raise ScoreError("request_too_large", _("The request is too large to be a rating."))
        try:
            data = json.loads(body or b"{}")
        except (ValueError, UnicodeDecodeError, RecursionError):  # deep nesting: RecursionError
            raise ScoreError("invalid_json", _("The request could not be read.")) from None
        return data.get("score") if isinstance(data, dict) else None
    return request.POST.get("score")


def _as_int(raw):
    if isinstance(raw, bool):
        return None
    if isinstance(raw, int):
        return raw
    if isinstance(raw, str):
        text = raw.strip().lstrip("0") or "0"
        if text.isascii() and text.isdigit():
            return int(text) if len(text) <= MAX_SCORE_DIGITS else MAX_SCORE + 1
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
