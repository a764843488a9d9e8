"""The draft's StreamField as the parts a reader sees: headings, articles with their clauses,
each with a stable anchor ("dieu-3", "dieu-3-khoan-2") and, for articles, the key opinions
point at (the block's id, which survives renumbering)."""

from dataclasses import dataclass, field

from django.utils.translation import gettext as _

from .structure import anchor_for


@dataclass
class Clause:
    number: str
    text: str
    anchor: str


@dataclass
class Part:
    kind: str  # "chapter", "section", "article" or "paragraph"
    key: str = ""
    anchor: str = ""
    number: str = ""
    title: str = ""
    text: str = ""
    clauses: list = field(default_factory=list)

    @property
    def label(self):
        """ "Điều 3", "Chương II", "Mục 1"."""
        names = {"chapter": _("Chapter"), "section": _("Section"), "article": _("Article")}
        return f"{names.get(self.kind, '')} {self.number}".strip()


def draft_parts(stream):
    parts = []
    taken = set()

    def unique(anchor):
        candidate, suffix = anchor, 2
        while candidate in taken:
            candidate, suffix = f"{anchor}-{suffix}", suffix + 1
        taken.add(candidate)
        return candidate

    for block in stream:
        if block.block_type == "paragraph":
            parts.append(Part("paragraph", text=block.value))
            continue
        value = block.value
        anchor = unique(anchor_for(block.block_type, value["number"]))
        part = Part(
            block.block_type,
            key=block.id or "",
            anchor=anchor,
            number=value["number"],
            title=value["title"],
        )
        if block.block_type == "article":
            part.text = value["text"]
            part.clauses = [
                Clause(
                    clause["number"], clause["text"], unique(f"{anchor}-khoan-{clause['number']}")
                )
                for clause in value["clauses"]
            ]
        parts.append(part)
    return parts
