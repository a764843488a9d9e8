"""Checking an asker's attachment by what it contains, not by its name.

A PDF, a PNG or JPEG picture or a Word (.docx) document is accepted; the type is read from
the file's first bytes (and, for .docx, from the package inside the zip), so a renamed
program or web page is refused whatever its name says.
"""

import zipfile

from django.core.exceptions import ValidationError
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext_lazy as _

from .conf import app_settings

SIGNATURES = (
    (b"%PDF-", "pdf"),
    (b"\x89PNG\r\n\x1a\n", "png"),
    (b"\xff\xd8\xff", "jpg"),
    (b"PK\x03\x04", "docx"),
)
#: Entries every Word document's zip package holds.
DOCX_PARTS = ("[Content_Types].xml", "word/document.xml")


def sniff(upload):
    """The kind of file ``upload`` is ("pdf", "png", "jpg", "docx"), or ``None``."""
    upload.seek(0)
    head = upload.read(16)
    upload.seek(0)
    kind = next((kind for magic, kind in SIGNATURES if head.startswith(magic)), None)
    if kind == "docx":
        try:
            with zipfile.ZipFile(upload) as package:
                names = set(package.namelist())
        except (zipfile.BadZipFile, OSError):
            names = set()
        finally:
            upload.seek(0)
        if not all(part in names for part in DOCX_PARTS):
            return None
    return kind


def validate_attachment(upload):
    """The file's kind, or a ``ValidationError`` naming what is accepted."""
    limit = app_settings.QUESTIONS_ATTACHMENT_MAX_BYTES
    if upload.size > limit:
        raise ValidationError(
            _("The file is larger than %(limit)s.") % {"limit": filesizeformat(limit)},
            code="too_large",
        )
    kind = sniff(upload)
    if kind is None:
        raise ValidationError(
            _("Attach a PDF file, a picture (PNG or JPEG) or a Word document (.docx)."),
            code="file_type",
        )
    return kind
