"""Excerpts of a result with the reader's words highlighted, whatever accents they typed.

The text is folded letter by letter with a translation table (each Vietnamese letter to one
ASCII letter), so positions in the folded text are positions in the original: the words the
query's folded terms find there are marked in the original spelling. Runs in C-speed string
operations (``str.translate``, one regular expression), linear in the text's length.
"""

import re
from functools import cache

from anyascii import anyascii
from django.utils.html import escape
from django.utils.safestring import mark_safe

from .folding import normalize

EXCERPT_CHARS = 240
#: The highlighted matches an excerpt looks at, at most (a common word repeated all along a
#: long text does not make the work grow).
MAX_MATCHES = 400


@cache
def _fold_table():
    """Each Latin letter (Vietnamese ones included) to the one lower-case ASCII letter it
    folds to; every other character stays itself."""
    table = {}
    for block in (range(0x00C0, 0x0250), range(0x1E00, 0x1F00)):
        for code in block:
            folded = anyascii(chr(code)).lower()
            if len(folded) == 1 and folded.isalnum():
                table[code] = folded
    for code in range(ord("A"), ord("Z") + 1):
        table[code] = chr(code).lower()
    return table


def fold_in_place(text):
    """``text`` folded without changing its length: "Điện" → "dien"."""
    return text.translate(_fold_table())


def _pattern(terms):
    alternatives = "|".join(re.escape(term) for term in sorted(terms, key=len, reverse=True))
    # Whole words only: "thi" must not light up inside "thien".
    return re.compile(rf"(?<![^\W_])(?:{alternatives})(?![^\W_])")


def _matches(folded_text, terms, limit=MAX_MATCHES):
    found = []
    for match in _pattern(terms).finditer(folded_text):
        found.append((match.start(), match.end(), match.group()))
        if len(found) >= limit:
            break
    return found


def _render(text, spans):
    """``text`` escaped, each span wrapped in ``<mark>``; spans only a space apart join."""
    merged = []
    for start, end in spans:
        if merged and text[merged[-1][1] : start].isspace():
            merged[-1] = (merged[-1][0], end)
        else:
            merged.append((start, end))
    parts, position = [], 0
    for start, end in merged:
        parts.append(escape(text[position:start]))
        parts.append(f"<mark>{escape(text[start:end])}</mark>")
        position = end
    parts.append(escape(text[position:]))
    return mark_safe("".join(parts))  # noqa: S308 - every piece escaped above


def highlight(text, terms):
    """The whole ``text`` (a title) with the words matching ``terms`` marked."""
    text = normalize(text)
    if not terms:
        return escape(text)
    spans = [(start, end) for start, end, _term in _matches(fold_in_place(text), terms)]
    return _render(text, spans)


def _best_window(matches, size):
    """The start of the ``size``-character window holding the most distinct terms (then the
    most matches), found in one pass over the matches."""
    best, best_score, left = 0, (-1, -1), 0
    for right, (start, _end, _term) in enumerate(matches):
        while start - matches[left][0] > size:
            left += 1
        inside = matches[left : right + 1]
        score = (len({term for _s, _e, term in inside}), len(inside))
        if score > best_score:
            best, best_score = matches[left][0], score
    return best


def excerpt(text, terms, size=EXCERPT_CHARS):
    """About ``size`` characters of ``text`` around the densest matches, highlighted, with
    "…" where it was cut; the beginning of the text when nothing matches."""
    text = normalize(text)
    matches = _matches(fold_in_place(text), terms) if terms else []
    # A little context before the first match of the best window.
    start = max(0, _best_window(matches, size) - size // 6) if matches else 0
    end = min(len(text), start + size)
    if start > 0:  # begin on a word
        space = text.find(" ", start, start + 40)
        start = space + 1 if space != -1 else start
    if end < len(text):  # end on a word
        space = text.rfind(" ", end - 40, end)
        end = space if space > start else end
    spans = [(s - start, e - start) for s, e, _t in matches if s >= start and e <= end]
    body = _render(text[start:end], spans)
    prefix = "… " if start > 0 else ""
    suffix = " …" if end < len(text) else ""
    return mark_safe(f"{prefix}{body}{suffix}")  # noqa: S308 - _render escaped the text
