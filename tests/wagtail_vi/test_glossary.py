"""wagtail_vi speaks with one voice: every glossary term is translated the same way
everywhere, and the spelling follows one convention (GLOSSARY.md)."""

import re
import unicodedata
from pathlib import Path

import pytest

APP = Path(__file__).resolve().parents[2] / "wagtail_emulation" / "wagtail_vi"
GLOSSARY = APP / "GLOSSARY.md"
CATALOGUES = [APP / "locale" / "vi" / "LC_MESSAGES" / f"{d}.po" for d in ("django", "djangojs")]

CSRF_META_ADVICE = (
    'If you are using the <meta name="referrer" content="no-referrer"> tag or including the '
    "“Referrer-Policy: no-referrer” header, please remove them. The CSRF protection requires "
    "the “Referer” header to do strict referer checking. If you’re concerned about privacy, "
    'use alternatives like <a rel="noreferrer" …> for links to third-party sites.'
)

# (English form, msgid) pairs where the glossary's word would read wrong, and why.
EXCEPTIONS = {
    # "unpublished" as "not yet published" (chưa xuất bản), not the result of unpublishing.
    ("unpublished", "This page has one unpublished subpage"): "never published",
    ("unpublished", "has unpublished changes"): "never published",
    # HTML tags (thẻ HTML), not the keywords editors attach to content.
    ("tags", "Use proper heading tags"): "HTML heading tags",
    ("tag", "title tag"): "the HTML <title> tag",
    # Django's CSRF failure page: the HTML <meta> tag, and the reader's privacy (not who may
    # view a page).
    ("tag", CSRF_META_ADVICE): "the HTML <meta> tag",
    ("privacy", CSRF_META_ADVICE): "the reader's privacy",
}

TAG = re.compile(r"<[^>]*>")
PLACEHOLDER = re.compile(r"%\(\w+\)[sdif]|%[sdif]|\{\w*\}")
# The newer tone placement (hoá, khoẻ, thuỷ) in an open syllable; "quý" is right in both.
NEW_STYLE_TONE = re.compile(r"[oO][àáảãạèéẻẽẹ](?![a-zA-Zàáảãạ])|(?<![qQ])[uU][ỳýỷỹỵ](?![a-zA-Z])")


def glossary():
    """Rows of GLOSSARY.md's table: (English word forms, Vietnamese renderings)."""
    rows = []
    for line in GLOSSARY.read_text(encoding="utf-8").splitlines():
        cells = [cell.strip() for cell in line.strip().strip("|").split("|")]
        if len(cells) < 2 or not cells[0] or cells[0].startswith(("English", "-")):
            continue
        if not line.startswith("|"):
            continue
        forms = [form.strip() for form in cells[0].split(",")]
        renderings = [nfc(r.strip()).lower() for r in cells[1].split(" / ")]
        rows.append((forms, renderings))
    return rows


def nfc(text):
    return unicodedata.normalize("NFC", text)


def entries():
    import polib

    for catalogue in CATALOGUES:
        for entry in polib.pofile(str(catalogue)):
            msgstr = entry.msgstr_plural[0] if entry.msgid_plural else entry.msgstr
            yield entry, nfc(msgstr)


def inconsistencies():
    found = {}
    rows = glossary()
    for entry, msgstr in entries():
        english = PLACEHOLDER.sub(" ", TAG.sub(" ", entry.msgid))
        for forms, renderings in rows:
            for form in forms:
                if not re.search(rf"\b{re.escape(form)}\b", english, re.IGNORECASE):
                    continue
                if (form, entry.msgid) in EXCEPTIONS:
                    continue
                if not any(rendering in msgstr.lower() for rendering in renderings):
                    found.setdefault(" / ".join(renderings), []).append(
                        f"{entry.msgid!r} -> {msgstr!r}"
                    )
                break
    return found


def test_glossary_parses():
    rows = glossary()
    assert len(rows) > 40
    assert (["draft", "drafts"], ["bản nháp"]) in rows


def test_every_glossary_term_is_translated_one_way():
    found = inconsistencies()
    assert found == {}, "translate these with the glossary's term (or list an exception)"


def test_exceptions_are_still_needed():
    import polib

    msgids = {e.msgid for c in CATALOGUES for e in polib.pofile(str(c))}
    gone = [pair for pair in EXCEPTIONS if pair[1] not in msgids]
    assert gone == [], "remove these exceptions: Wagtail no longer has the msgid"


@pytest.mark.parametrize("catalogue", CATALOGUES, ids=lambda c: c.name)
def test_one_spelling_convention(catalogue):
    import polib

    offending = [
        e.msgstr or e.msgstr_plural[0]
        for e in polib.pofile(str(catalogue))
        if NEW_STYLE_TONE.search(nfc(e.msgstr or e.msgstr_plural.get(0, "")))
    ]
    assert offending == [], "write hủy, khóa, xóa (the older tone placement) as GLOSSARY.md says"
