"""Vietnamese typed without accents: the folding rules of the index and of the query.

Readers on phones often type "hoi nghi" for "Hội nghị" or "d" for "đ". The index keeps two
terms for each word that carries marks: the word *folded* to ASCII (``anyascii``, lower case:
"Điện" → ``dien``), which every spelling of the word matches, and the same word *marked*
(``dien0dca``: the folded letters, ``0``, then one letter per mark), which only the same
accents match. A query matches on folded terms; its accented words add the marked terms to
the relevance score, so "hội nghị" finds "hỏi nghĩ" too but ranks "Hội nghị" first.

Terms are ASCII letters and digits only, so the database's own tokenizer, locale and collation
never change them (PostgreSQL's ``simple`` configuration, or SQLite's ``LIKE``).
"""

import re
import unicodedata
from functools import lru_cache

from anyascii import anyascii

#: One letter per mark a Vietnamese word can carry (other marks use their code point).
MARK_LETTERS = {
    "\u0300": "f",  # huyền  (grave)       à
    "\u0301": "s",  # sắc    (acute)       á
    "\u0309": "r",  # hỏi    (hook above)  ả
    "\u0303": "x",  # ngã    (tilde)       ã
    "\u0323": "j",  # nặng   (dot below)   ạ
    "\u0302": "a",  # circumflex           â ê ô
    "\u0306": "w",  # breve                ă
    "\u031b": "h",  # horn                 ơ ư
}
#: The letters that carry a mark of their own without decomposing (đ is not d + a mark).
LETTER_MARKS = {"đ": "d"}

WORD = re.compile(r"\w+")
TERM = re.compile(r"[a-z0-9]+")


def normalize(text):
    """NFC, so a word typed with combining marks is the same word as its precomposed form."""
    return unicodedata.normalize("NFC", text)


def fold(text):
    """``text`` in lower-case ASCII: "Tổng kết THI ĐUA" → "tong ket thi dua"."""
    return anyascii(normalize(text)).lower()


def marks(word):
    """The marks of one lower-case word, as letters: "hội" → "ja" (dot below, circumflex)."""
    found = []
    for char in unicodedata.normalize("NFD", word):
        if char in LETTER_MARKS:
            found.append(LETTER_MARKS[char])
        elif unicodedata.combining(char):
            found.append(MARK_LETTERS.get(char, f"u{ord(char):x}"))
    return "".join(found)


@lru_cache(maxsize=50_000)
def word_terms(word):
    """One word's terms: ``(folded terms, marked term or None)``.

    ``word`` is lower case and NFC. A word anyascii spells as several (other scripts) gives
    several folded terms and no marked one.
    """
    folded = tuple(TERM.findall(anyascii(word).lower()))
    if len(folded) != 1:
        return folded, None
    word_marks = marks(word)
    return folded, (f"{folded[0]}0{word_marks}" if word_marks else None)


def index_terms(text):
    """The terms of ``text`` for the index, space-separated with a space at each end, so that
    a whole term is found as ``" term "``: "Hội nghị" → " hoi hoi0ja nghi nghi0j "."""
    terms = []
    for word in WORD.findall(normalize(text).lower()):
        folded, marked = word_terms(word)
        terms.extend(folded)
        if marked:
            terms.append(marked)
    return f" {' '.join(terms)} " if terms else ""


class Query:
    """What a reader typed, as terms: every ``folded`` term must match, and ``marked`` terms
    (the words typed with accents) rank the pages spelling them the same way first.
    ``words`` are the folded terms in the order typed, repeats kept: the phrase, which ranks
    the pages holding it (or its neighbouring pairs) above pages where the words lie apart.

    At most ``max_words`` words are kept, so no query costs more than a bounded amount.
    """

    def __init__(self, text, max_words=12):
        self.text = " ".join(normalize(text).split())
        folded, marked, words = {}, {}, []
        for word in WORD.findall(self.text.lower()):
            if len(folded) >= max_words or len(words) >= max_words:
                break
            word_folded, word_marked = word_terms(word)
            folded.update(dict.fromkeys(word_folded))
            words.extend(word_folded)
            if word_marked:
                marked[word_marked] = None
        self.folded = list(folded)
        self.marked = list(marked)
        self.words = words

    def __bool__(self):
        return bool(self.folded)
