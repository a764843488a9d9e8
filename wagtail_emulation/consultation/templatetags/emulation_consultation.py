"""Template tags of draft consultation, joined to ``{% load wagtail_emulation %}`` through the
``register_emulation_template_tags`` hook:

* ``{% draft_text page %}``: the draft's text with the counts beside each article (kept);
* ``{% draft_report_rows page as rows %}``: the summary report's sections;
* ``{% opinion_totals pages as totals %}`` and ``{{ totals|opinions_for:item.pk }}``: the
  number of opinions on each draft of a list, in one query.
"""

from django import template

from ..counting import opinion_totals as count_per_draft
from ..rendering import render_draft_text
from ..report import report_rows

register = template.Library()


@register.simple_tag(takes_context=True)
def draft_text(context, page):
    return render_draft_text(page, context.get("request"))


@register.simple_tag
def draft_report_rows(page):
    return report_rows(page)


@register.simple_tag
def opinion_totals(pages):
    return count_per_draft([page.pk for page in pages])


@register.filter
def opinions_for(totals, page_id):
    return totals.get(page_id, 0)
