"""Excerpts of a result with the reader's words highlighted, whatever accents they typed.

The text is folded letter by letter with a translation table (each Vietnamese letter to one
ASCII letter), so positions in the folded text are positions in the original: the words the
query's folded terms find there are marked in the original spelling. Runs in C-speed string
operations (``str.translate``, one regular expression), linear in the text's length.

A Vietnamese word is often two or three syllables, and the reader types each as a word:
"tong ket thi dua" is "tổng kết" and "thi đua". A lone syllable that folds the same ("thị"
in "thị trấn", "đưa") is another word. So the words found are grouped into *pieces*: words
side by side in the text (nothing but spaces and punctuation between) that also follow each
other in the query. A piece of two words or more is marked ("tổng kết", "thi đua", the whole
phrase); a word standing alone is marked only in a result where no two of the query's words
stand together, as then it is all that matched.
"""

import re
from functools import cache, lru_cache

from anyascii import anyascii
from django.utils.html import escape
from django.utils.safestring import mark_safe

from .folding import normalize

EXCERPT_CHARS = 240
#: The highlighted matches an excerpt looks at, at most (a common word repeated all along a
#: long text does not make the work grow).
MAX_MATCHES = 400
LETTER = re.compile(r"[^\W_]")


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


@lru_cache(maxsize=256)
def _pattern(words):
    """The expression finding the query's ``words`` (a tuple): built once per query, not
    once per text of each result."""
    alternatives = "|".join(re.escape(word) for word in sorted(set(words), key=len, reverse=True))
    # Whole words only: "thi" must not light up inside "thien".
    return re.compile(rf"(?<![^\W_])(?:{alternatives})(?![^\W_])")


def _word_matches(folded_text, words, limit=MAX_MATCHES):
    """``(start, end, word)`` of each whole word of ``folded_text`` that is a query word."""
    found = []
    for match in _pattern(tuple(words)).finditer(folded_text):
        found.append((match.start(), match.end(), match.group()))
        if len(found) >= limit:
            break
    return found


def _runs(folded_text, matches):
    """The matches in runs of neighbours: no letter or digit between one and the next."""
    runs = []
    for match in matches:
        if runs and not LETTER.search(folded_text, runs[-1][-1][1], match[0]):
            runs[-1].append(match)
        else:
            runs.append([match])
    return runs


@lru_cache(maxsize=256)
def _phrase_parts(words):
    """Every run of neighbouring words of the phrase ``words`` (a tuple), as tuples."""
    return frozenset(
        words[start:end] for start in range(len(words)) for end in range(start + 1, len(words) + 1)
    )


def _pieces(run, words):
    """``run`` cut into pieces of the query's phrase, the longest first from the left:
    "tổng kết thi đua" for "tong ket thi dua"; "đưa" and "thi" for "thi dua" in
    "đưa thi"."""
    parts = _phrase_parts(tuple(words))
    pieces, position = [], 0
    while position < len(run):
        size = min(len(run) - position, len(words))
        while size > 1 and tuple(w for _s, _e, w in run[position : position + size]) not in parts:
            size -= 1
        pieces.append(run[position : position + size])
        position += size
    return pieces


def _pieces_in(folded_text, words):
    return [
        piece
        for run in _runs(folded_text, _word_matches(folded_text, words))
        for piece in _pieces(run, words)
    ]


class Found:
    """A text, normalized, with the pieces of the query's phrase found in it: a result's
    title and text are each read once, for :func:`lone_words_marked` and for what is marked
    (:func:`highlight`, :func:`excerpt`)."""

    __slots__ = ("pieces", "text")

    def __init__(self, text, words):
        self.text = normalize(text)
        self.pieces = _pieces_in(fold_in_place(self.text), words) if words else []


def _found(text, words):
    return text if isinstance(text, Found) else Found(text, words)


def _matches(found, lone_words=None):
    """The matched words of ``found`` to mark: those of the pieces of two words or more,
    and words standing alone when ``lone_words`` (``None``: when the text has no longer
    piece)."""
    pieces = found.pieces
    if lone_words is None:
        lone_words = all(len(piece) == 1 for piece in pieces)
    return [match for piece in pieces if len(piece) > 1 or lone_words for match in piece]


def lone_words_marked(texts, words):
    """Whether the words standing alone are marked in a result made of ``texts`` (its title
    and text, or their :class:`Found`): only when no two of the query's words stand
    together in any of them."""
    return not any(len(piece) > 1 for text in texts for piece in _found(text, words).pieces)


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


def highlight(text, words, lone_words=None):
    """The whole ``text`` (a title, or its :class:`Found`) with the query's ``words``
    (folded, in the order typed) marked where they stand as pieces of the phrase (see the
    module's docstring)."""
    found = _found(text, words)
    if not words:
        return escape(found.text)
    spans = [(start, end) for start, end, _word in _matches(found, lone_words)]
    return _render(found.text, spans)


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


def excerpt(text, words, size=EXCERPT_CHARS, lone_words=None):
    """About ``size`` characters of ``text`` (or its :class:`Found`) around the densest
    marked words, highlighted, with "…" where it was cut; the beginning of the text when
    nothing matches."""
    found = _found(text, words)
    text = found.text
    matches = _matches(found, lone_words)
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
