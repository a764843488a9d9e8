"""Stand-in signed copies: the demo's documents and decisions each link a small real file."""

from anyascii import anyascii
from django.core.files.base import ContentFile
from django.utils.text import slugify
from wagtail.documents import get_document_model


def demo_pdf(title):
    """A small valid one-page PDF standing in for the signed copy (ASCII text: the PDF's
    built-in font has no Vietnamese letters)."""
    # Parentheses and backslashes would end or escape the PDF string.
    text = f"{anyascii(title)} - ban minh hoa".translate(str.maketrans("()\\", "[]/"))
    stream = b"BT /F1 12 Tf 50 780 Td (" + text.encode("ascii", "replace") + b") Tj ET"
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
        b"/Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>",
        b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out, offsets = b"%PDF-1.4\n", []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += f"{number} 0 obj\n".encode() + body + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    out += b"".join(f"{offset:010d} 00000 n \n".encode() for offset in offsets)
    out += (
        f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    )
    return out


def signed_copy(title):
    """The Wagtail document titled ``title``, a stand-in PDF, made if it is missing."""
    Document = get_document_model()
    found = Document.objects.filter(title=title).first()
    if found is not None:
        return found
    document = Document(title=title)
    document.file.save(f"{slugify(anyascii(title))}.pdf", ContentFile(demo_pdf(title)))
    # What Wagtail's upload form records, computed once here rather than by a reader.
    document.get_file_size()
    document.get_file_hash()
    return document
