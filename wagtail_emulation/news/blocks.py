"""The blocks of a news article's body."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.contrib.table_block.blocks import TableBlock
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.embeds.blocks import EmbedBlock
from wagtail.images.blocks import ImageBlock

from ..content.document_link import RelatedLegalDocumentsBlock


class CaptionedImageBlock(blocks.StructBlock):
    image = ImageBlock(label=_("Image"))
    caption = blocks.CharBlock(label=_("Caption"), required=False)

    class Meta:
        icon = "image"
        label = _("Image")
        template = "wagtail_emulation/news/blocks/image.html"


class QuoteBlock(blocks.StructBlock):
    quote = blocks.TextBlock(label=_("Quote"))
    attribution = blocks.CharBlock(
        label=_("Attribution"), required=False, help_text=_("Who said or wrote it.")
    )

    class Meta:
        icon = "openquote"
        label = _("Quote")
        template = "wagtail_emulation/news/blocks/quote.html"


class DocumentLinkBlock(blocks.StructBlock):
    document = DocumentChooserBlock(label=_("Document"))
    title = blocks.CharBlock(
        label=_("Link text"), required=False, help_text=_("Empty: the document's title.")
    )

    class Meta:
        icon = "doc-full"
        label = _("Document")
        template = "wagtail_emulation/news/blocks/document.html"


class NewsBodyBlock(blocks.StreamBlock):
    paragraph = blocks.RichTextBlock(label=_("Paragraph"))
    image = CaptionedImageBlock()
    quote = QuoteBlock()
    document = DocumentLinkBlock()
    embed = EmbedBlock(label=_("Embedded media"), help_text=_("A video or post address."))
    table = TableBlock(label=_("Table"))
    related_documents = RelatedLegalDocumentsBlock()
