"""Recognising a draft's structure in plain text: Chương, Mục, Điều, Khoản.

Vietnamese legal texts mark their parts in a fixed way: "Chương I" (its title often on the next
line), "Mục 1", "Điều 3. Title", and clauses numbered "1." or written "Khoản 2". Lines that
match none of these belong to the part above them (points "a)", "b)" stay inside their
clause). The result is the draft page's StreamField value, which editors then correct.

Every pattern is anchored at the start of one line and has no nested repetition, so the work
is linear in the length of the text, whatever its shape.
"""

import re
import unicodedata
import uuid
from dataclasses import dataclass, field

from anyascii import anyascii

CHAPTER = re.compile(r"^chương\s+([IVXLCDM]+|\d+)\b[.:\s-]*(.*)$", re.IGNORECASE)
SECTION = re.compile(r"^mục\s+(\d+)\b[.:\s-]*(.*)$", re.IGNORECASE)
ARTICLE = re.compile(r"^điều\s+(\d+[a-zđ]?)\s*[.:]\s*(.*)$", re.IGNORECASE)
CLAUSE = re.compile(r"^(?:khoản\s+(\d+)[.:]?|(\d+)\.)\s+(.*)$", re.IGNORECASE)
# Spaces a word processor leaves: no-break, thin, zero-width.
ODD_SPACES = re.compile("[\u00a0\u2000-\u200b\u202f\u205f\u3000\ufeff]")


def normalised_lines(text):
    """NFC text (DOCX files often carry decomposed accents), one stripped line each."""
    text = unicodedata.normalize("NFC", ODD_SPACES.sub(" ", text or ""))
    return [" ".join(line.split()) for line in text.splitlines()]


def anchor_for(kind, number):
    """A stable, readable fragment: ("article", "3") → "dieu-3", ("chapter", "II") → "chuong-ii"."""
    prefix = {"chapter": "chuong", "section": "muc", "article": "dieu"}[kind]
    return f"{prefix}-{anyascii(str(number)).lower()}"


@dataclass
class Article:
    number: str
    title: str = ""
    text: list = field(default_factory=list)
    clauses: list = field(default_factory=list)  # [number, [lines]]

    def add_line(self, line):
        if self.clauses:
            self.clauses[-1][1].append(line)
        else:
            self.text.append(line)

    def block(self):
        return {
            "type": "article",
            "id": str(uuid.uuid4()),
            "value": {
                "number": self.number,
                "title": self.title,
                "text": "\n".join(self.text),
                "clauses": [
                    {"number": number, "text": "\n".join(lines)} for number, lines in self.clauses
                ],
            },
        }


def parse_structure(text):
    """The StreamField blocks (``[{"type", "id", "value"}]``) recognised in ``text``."""
    blocks = []
    article = None
    waiting_title = None  # a chapter or section whose title is on the next line
    preamble = []

    def close_article():
        nonlocal article
        if article is not None:
            blocks.append(article.block())
            article = None

    for line in normalised_lines(text):
        if not line:
            continue
        if waiting_title is not None and not _is_marker(line):
            waiting_title["value"]["title"] = line
            waiting_title = None
            continue
        waiting_title = None
        if match := CHAPTER.match(line):
            close_article()
            waiting_title = _heading("chapter", match)
            blocks.append(waiting_title)
            if waiting_title["value"]["title"]:
                waiting_title = None
        elif match := SECTION.match(line):
            close_article()
            waiting_title = _heading("section", match)
            blocks.append(waiting_title)
            if waiting_title["value"]["title"]:
                waiting_title = None
        elif match := ARTICLE.match(line):
            close_article()
            article = Article(number=match.group(1), title=match.group(2).strip())
        elif article is not None and (match := CLAUSE.match(line)):
            article.clauses.append([match.group(1) or match.group(2), [match.group(3)]])
        elif article is not None:
            article.add_line(line)
        elif blocks:  # text between a heading and the first article
            blocks.append(_paragraph(line))
        else:
            preamble.append(line)
    close_article()
    if preamble:
        blocks.insert(0, _paragraph("\n".join(preamble)))
    return blocks


def _is_marker(line):
    return any(pattern.match(line) for pattern in (CHAPTER, SECTION, ARTICLE))


def _heading(kind, match):
    return {
        "type": kind,
        "id": str(uuid.uuid4()),
        "value": {"number": match.group(1).upper(), "title": match.group(2).strip()},
    }


def _paragraph(text):
    return {"type": "paragraph", "id": str(uuid.uuid4()), "value": text}


def docx_text(file):
    """The paragraphs of a DOCX file (python-docx), one per line; tables' cells follow their
    rows, as a reader would read them."""
    import docx

    document = docx.Document(file)
    lines = [paragraph.text for paragraph in document.paragraphs]
    for table in document.tables:
        for row in table.rows:
            lines.extend(cell.text for cell in row.cells)
    return "\n".join(lines)
