"""The summary report ("Báo cáo tổng hợp, tiếp thu, giải trình ý kiến"): per article, in the
draft's order (the whole draft first), the opinions' gist and the agency's reply. Two queries
whatever the number of articles and opinions."""

from dataclasses import dataclass, field

from django.utils.translation import gettext as _

from .counting import RECEIVED
from .models import ArticleReply, DraftOpinion


@dataclass
class ReportSection:
    key: str
    label: str
    title: str = ""
    anchor: str = ""
    opinions: list = field(default_factory=list)
    reply: ArticleReply | None = None


def report_rows(page):
    """The sections that received an opinion or a reply, in the draft's order."""
    sections = {"": ReportSection("", _("The whole draft"))}
    for part in page.articles:
        sections[part.key] = ReportSection(part.key, part.label, part.title, part.anchor)
    opinions = DraftOpinion.objects.filter(page=page, status__in=RECEIVED).order_by(
        "created_at", "pk"
    )
    for opinion in opinions:
        section = sections.get(opinion.article_key)
        if section is None:  # its article was removed from the text since
            section = sections[opinion.article_key] = ReportSection(
                opinion.article_key, opinion.article_label or _("Removed article")
            )
        section.opinions.append(opinion)
    for reply in ArticleReply.objects.filter(page=page):
        if reply.article_key in sections:
            sections[reply.article_key].reply = reply
    return [section for section in sections.values() if section.opinions or section.reply]


def outcome_shares(page):
    """``{outcome: count}`` of the received opinions with a reply, and how many have none."""
    from django.db.models import Count

    rows = (
        DraftOpinion.objects.filter(page=page, status__in=RECEIVED)
        .values_list("outcome")
        .annotate(count=Count("pk"))
        .order_by()
    )
    return dict(rows)


def report_spreadsheet_rows(rows):
    """The report as table rows: one per opinion, then the article's own reply if any."""
    for section in rows:
        for opinion in section.opinions:
            author = opinion.name
            if opinion.organisation:
                author = f"{author} ({opinion.organisation})"
            yield [
                section.label,
                section.title,
                author,
                opinion.report_gist,
                opinion.get_outcome_display(),
                opinion.reply,
            ]
        if section.reply:
            yield [
                section.label,
                section.title,
                "",
                _("Reply on this article:"),
                section.reply.get_outcome_display(),
                section.reply.reply,
            ]


def report_headings():
    return [
        _("Article"),
        _("Title"),
        _("Opinion by"),
        _("Gist of the opinion"),
        _("Outcome"),
        _("Agency's reply"),
    ]
