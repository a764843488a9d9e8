"""The "rating" part of ``GET <prefix>/state/<page_id>/``: live figures and the reader's score.

Cached HTML may show figures from when it was cached; the script replaces them with these.
"""

from .availability import ratings_are_on
from .display import figures_json, own_score_text
from .identity import rater_for
from .summaries import live_summary
from .votes import own_score


def rating_state(request, page):
    if not ratings_are_on(request, page):
        return None
    score = own_score(page, rater_for(request))
    return {"score": score, "own": own_score_text(score), **figures_json(live_summary(page.pk))}
