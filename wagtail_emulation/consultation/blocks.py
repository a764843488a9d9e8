"""The draft's text as a StreamField: a flat run of chapters, sections, articles and paragraphs.

Flat rather than nested so editors correct a recognised structure by moving one block, and
readers' opinions point at an article by its block id, which survives renumbering and edits.
"""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks


class HeadingBlock(blocks.StructBlock):
    number = blocks.CharBlock(label=_("number"), max_length=10)
    title = blocks.CharBlock(label=_("title"), required=False, max_length=300)


class ChapterBlock(HeadingBlock):
    class Meta:
        icon = "title"
        label = _("Chapter (Chương)")


class SectionBlock(HeadingBlock):
    class Meta:
        icon = "title"
        label = _("Section (Mục)")


class ClauseBlock(blocks.StructBlock):
    number = blocks.CharBlock(label=_("number"), max_length=10)
    text = blocks.TextBlock(label=_("text"), help_text=_("Points a), b)… each on its own line."))

    class Meta:
        icon = "list-ol"
        label = _("Clause (Khoản)")


class ArticleBlock(blocks.StructBlock):
    number = blocks.CharBlock(label=_("number"), max_length=10, help_text=_("3 for “Điều 3”."))
    title = blocks.CharBlock(label=_("title"), required=False, max_length=300)
    text = blocks.TextBlock(
        label=_("text"), required=False, help_text=_("What comes before the first clause.")
    )
    clauses = blocks.ListBlock(ClauseBlock(), label=_("clauses"), default=[])

    class Meta:
        icon = "doc-full"
        label = _("Article (Điều)")


class DraftTextBlock(blocks.StreamBlock):
    chapter = ChapterBlock()
    section = SectionBlock()
    article = ArticleBlock()
    paragraph = blocks.TextBlock(label=_("paragraph"), icon="pilcrow")

    class Meta:
        label = _("draft text")
