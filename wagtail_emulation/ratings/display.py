"""How a page's figures read: "lượt đánh giá: 1.234, trung bình: 4,3" and their JSON forms."""

from django.utils.translation import gettext as _

from ..locale_vi import vn_number


def average_text(average):
    """One decimal with a decimal comma, as Vietnamese writes it: 4.333… → "4,3"."""
    return f"{average:.1f}".replace(".", ",")


def average_data(average):
    """The machine-readable average (dot decimal, two places) for attributes and JSON."""
    return f"{average:.2f}"


def summary_text(summary):
    if not summary.count:
        return _("No ratings yet.")
    return _("ratings: %(count)s, average: %(average)s") % {
        "count": vn_number(summary.count),
        "average": average_text(summary.average),
    }


def own_score_text(score):
    if not score:
        return ""
    return _("You rated this page %(score)s out of 5 stars.") % {"score": score}


def figures_json(summary):
    return {
        "count": summary.count,
        "average": round(summary.average, 2),
        "summary": summary_text(summary),
    }
