"""Every translatable string has a Vietnamese and an English translation, and the shipped .mo
files match.

The catalogues are re-extracted from the current sources into a scratch copy, so a new
string that nobody added to a .po file fails here, not in front of an editor.
"""

import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from tests.subapps import ROOT, SUBAPPS

CATALOGUE_DIRS = (
    [ROOT / "wagtail_emulation"]
    + [ROOT / "wagtail_emulation" / app for app in SUBAPPS]
    + [ROOT / "example_site"]
)
DJANGO_ADMIN = shutil.which("django-admin", path=str(Path(__import__("sys").executable).parent))


def _has_sources(directory):
    return any(
        path.suffix in {".py", ".html", ".txt", ".js"}
        for path in directory.rglob("*")
        if "migrations" not in path.parts and "locale" not in path.parts
    )


def _statistics(po_file):
    result = subprocess.run(  # noqa: S603 - our own catalogue, a fixed command
        [
            shutil.which("msgfmt") or "msgfmt",
            "--statistics",
            "--check-format",
            "-o",
            "/dev/null",
            str(po_file),
        ],
        capture_output=True,
        text=True,
        check=True,
    )
    counts = {"translated": 0, "fuzzy": 0, "untranslated": 0}
    for number, kind in re.findall(r"(\d+) (translated|fuzzy|untranslated)", result.stderr):
        counts[kind] = int(number)
    return counts


def _extract_fresh(directory, scratch, language):
    """Run makemessages for ``language`` on a copy of ``directory`` and return the merged
    catalogue."""
    copy = scratch / directory.name
    ignore = shutil.ignore_patterns(
        "__pycache__", "*.mo", "db.sqlite3", "media*", "static_collected"
    )
    shutil.copytree(directory, copy, ignore=ignore)
    command = [DJANGO_ADMIN, "makemessages", "-l", language, "--no-obsolete"]
    if directory.name == "wagtail_emulation":
        command += [f"--ignore={app}/*" for app in SUBAPPS]
    # A plain django-admin run, as `make messages` does: no project settings needed.
    env = {k: v for k, v in os.environ.items() if k != "DJANGO_SETTINGS_MODULE"}
    subprocess.run(command, cwd=copy, env=env, check=True, capture_output=True)  # noqa: S603
    return copy / "locale" / language / "LC_MESSAGES" / "django.po"


# Vietnamese for every reader; English for the English pages of a site that serves them
# (source strings are English: the English catalogue mostly repeats them, but must be whole).
@pytest.mark.parametrize("language", ["vi", "en"])
@pytest.mark.parametrize("directory", CATALOGUE_DIRS, ids=lambda d: d.relative_to(ROOT).as_posix())
def test_catalogue_is_complete_and_current(directory, language, tmp_path):
    if not directory.exists() or not _has_sources(directory):
        pytest.skip("no sources yet")
    shipped = directory / "locale" / language / "LC_MESSAGES" / "django.po"
    assert shipped.exists(), f"{shipped} is missing: run `make messages`"
    shipped_counts = _statistics(shipped)
    assert shipped_counts["untranslated"] == 0 and shipped_counts["fuzzy"] == 0, shipped_counts
    fresh_counts = _statistics(_extract_fresh(directory, tmp_path, language))
    assert fresh_counts == shipped_counts, (
        f"{directory.name}: sources have strings the shipped catalogue lacks "
        f"(fresh {fresh_counts} vs shipped {shipped_counts}); run `make messages` and translate"
    )
    compiled = shipped.with_suffix(".mo")
    assert compiled.exists() and compiled.stat().st_mtime >= shipped.stat().st_mtime - 1, (
        f"{compiled} is older than its .po: run `make messages`"
    )


# wagtail_vi's own catalogue (complete, compiled, nothing stale or reworded) is checked by
# tests/wagtail_vi/test_catalogue.py through wagtail_vi.catalogue (`make wagtail-vi-missing`).
WAGTAIL_VI = ROOT / "wagtail_emulation" / "wagtail_vi" / "locale" / "vi" / "LC_MESSAGES"


# Django merges every catalogue of a language into one, and the package's apps come before
# Wagtail's (and wagtail_vi) in INSTALLED_APPS, so a msgid our catalogues share with Wagtail
# shows OUR translation in Wagtail's own screens too. So a shared msgid must read exactly as
# wagtail_vi (the reference for Wagtail's wording) translates it, and one shared with Django
# only as Django's own catalogue does; anything else needs pgettext() or another msgid.
# Rewordings that read right in both places would be listed here, with their reason.
REWORDED_FRAMEWORK_STRINGS = {}


def _wagtail_msgids():
    import polib
    import wagtail

    msgids = set()
    for catalogue in Path(wagtail.__file__).parent.rglob("locale/en/LC_MESSAGES/django.po"):
        msgids.update((entry.msgctxt, entry.msgid) for entry in polib.pofile(str(catalogue)))
    return msgids


def _framework_translations():
    """{(msgctxt, msgid): the translations our entry may have}: wagtail_vi's for Wagtail's
    strings, Django's own for strings only Django has."""
    import django
    import polib

    wagtail_msgids = _wagtail_msgids()
    translations = {}
    for entry in polib.pofile(str(WAGTAIL_VI / "django.po")).translated_entries():
        msgstr = entry.msgstr_plural[0] if entry.msgid_plural else entry.msgstr
        translations[(entry.msgctxt, entry.msgid)] = {msgstr}
    for catalogue in Path(django.__file__).parent.rglob("locale/vi/LC_MESSAGES/django.po"):
        for entry in polib.pofile(str(catalogue)).translated_entries():
            key = (entry.msgctxt, entry.msgid)
            if key not in wagtail_msgids:
                msgstr = entry.msgstr_plural[0] if entry.msgid_plural else entry.msgstr
                translations.setdefault(key, set()).add(msgstr)
    return translations


def test_our_catalogues_agree_with_each_other():
    """Django merges the catalogues of every installed app into one, and the app listed first
    wins a msgid they share. Two sub-apps translating one msgid differently would make a
    label change with which other sub-apps are installed (the consultation form's "E-mail
    address" read as the questions form's wording once both were installed). A msgid our
    catalogues share reads the same in all of them; a different meaning needs pgettext()."""
    import polib

    translations = {}
    for directory in CATALOGUE_DIRS:
        po_file = directory / "locale" / "vi" / "LC_MESSAGES" / "django.po"
        if not po_file.exists():
            continue
        for entry in polib.pofile(str(po_file)).translated_entries():
            msgstr = tuple(entry.msgstr_plural.values()) if entry.msgid_plural else entry.msgstr
            key = (entry.msgctxt, entry.msgid)
            translations.setdefault(key, {}).setdefault(msgstr, []).append(directory.name)
    disagreements = {key: where for key, where in translations.items() if len(where) > 1}
    assert disagreements == {}, "one wording per msgid, or pgettext() for another meaning"


def test_our_catalogues_do_not_reword_wagtail_or_django_by_accident():
    import polib

    framework = _framework_translations()
    clashes = {}
    for directory in CATALOGUE_DIRS:
        po_file = directory / "locale" / "vi" / "LC_MESSAGES" / "django.po"
        if not po_file.exists():
            continue
        for entry in polib.pofile(str(po_file)).translated_entries():
            theirs = framework.get((entry.msgctxt, entry.msgid))
            if theirs and entry.msgstr not in theirs:
                clashes[entry.msgid] = f"{directory.name}: {entry.msgstr!r} vs {sorted(theirs)}"
    unexpected = {
        msgid: where for msgid, where in clashes.items() if msgid not in REWORDED_FRAMEWORK_STRINGS
    }
    assert unexpected == {}, "use pgettext() or another msgid for these"


def test_wagtails_screens_keep_wagtails_words_beside_ours():
    """The short msgids the package shares with Wagtail: Wagtail's screens read Wagtail's
    meaning, the package's fields their own (through pgettext)."""
    from django.utils import translation

    from wagtail_emulation.campaigns.models import CampaignPage
    from wagtail_emulation.comments.models import ReaderComment
    from wagtail_emulation.exemplars.models import ExemplarStoryPage
    from wagtail_emulation.news.forms import NewsFilterForm

    with translation.override("vi"):
        wagtails = {msgid: translation.gettext(msgid) for msgid in ("subject", "From", "To")}
        wagtails.update(
            tasks=translation.gettext("tasks"), Rejected=translation.gettext("Rejected")
        )
        assert wagtails == {
            "subject": "tiêu đề thư",  # a form page's e-mail subject
            "From": "Chuyển từ",  # the redirects' columns
            "To": "Chuyển đến",
            "tasks": "nhiệm vụ",  # workflow tasks
            "Rejected": "Đã từ chối",  # a logged workflow action
        }
        ours = [
            ExemplarStoryPage._meta.get_field("subject_name").verbose_name,
            NewsFilterForm.base_fields["published_from"].label,
            NewsFilterForm.base_fields["published_to"].label,
            CampaignPage._meta.get_field("tasks").verbose_name,
            ReaderComment.Status.REJECTED.label,
        ]
        assert [str(text) for text in ours] == [
            "tên điển hình",
            "Từ ngày",
            "Đến ngày",
            "nội dung, nhiệm vụ",
            "Từ chối",
        ]


# Scripts get their words from the page (data- attributes rendered with {% translate %}), so
# no JavaScript catalogue is needed and nothing shown to readers escapes translation.
WORDS_IN_SCRIPT = re.compile(
    r"""(?:textContent|innerText|innerHTML|placeholder|title|ariaLabel)\s*\+?=\s*["'`](?!\$\{)[^"'`]*[^\W\d_]"""
    r"""|\b(?:alert|confirm|prompt)\(\s*["'`]"""
    r"""|setAttribute\(\s*["'](?:aria-label|title|placeholder|alt)["']\s*,\s*["'`]"""
)


def test_scripts_hold_no_untranslatable_words():
    offending = []
    for script in (ROOT / "wagtail_emulation").rglob("*.js"):
        for number, line in enumerate(script.read_text(encoding="utf-8").splitlines(), 1):
            if WORDS_IN_SCRIPT.search(line) and not line.lstrip().startswith("//"):
                offending.append(f"{script.relative_to(ROOT)}:{number}: {line.strip()}")
    assert offending == [], "render these words into data- attributes with {% translate %}"
