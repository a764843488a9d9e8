"""wagtail_vi's catalogues measured against the installed Wagtail, and built.

    python -m wagtail_emulation.wagtail_vi.catalogue missing   # Wagtail strings left English
    python -m wagtail_emulation.wagtail_vi.catalogue build     # .mo files and the JS catalogue

``missing`` is what ``make wagtail-vi-missing`` runs after a Wagtail upgrade: every msgid of
the installed Wagtail's ``en`` catalogues (they list every string Wagtail marks for
translation, per app and domain) that wagtail_vi does not translate, grouped by Wagtail app.

Beside Wagtail's strings, ``django.po`` carries a few of Django's that an editor meets in the
admin ("8 phút trước", inline panel limits, upload and password errors, the CSRF failure page)
where Django's own Vietnamese catalogue leaves them English. Only those: ``stale`` lists any
other msgid, and ``reworded_django`` any Django string Django itself already translates.
Needs polib and GNU gettext (``msgfmt``), as ``compilemessages`` does; the admin itself needs
neither.
"""

import json
import subprocess
import sys
from collections import defaultdict
from pathlib import Path

from .model_names import own_strings

LOCALE_DIR = Path(__file__).resolve().parent / "locale" / "vi" / "LC_MESSAGES"
DOMAINS = ("django", "djangojs")
STATIC_PATH = "wagtail_emulation/wagtail_vi/djangojs.vi.js"
JAVASCRIPT_CATALOGUE = Path(__file__).resolve().parent / "static" / STATIC_PATH


def wagtail_app(catalogue):
    """``wagtail.images`` for …/wagtail/images/locale/en/LC_MESSAGES/django.po."""
    import wagtail

    parts = catalogue.relative_to(Path(wagtail.__file__).parent).parts
    return ".".join(("wagtail", *parts[: parts.index("locale")]))


def wagtail_strings(domain):
    """{(msgctxt, msgid): (msgid_plural, Wagtail app)} of the installed Wagtail's catalogues."""
    import polib
    import wagtail

    strings = {}
    root = Path(wagtail.__file__).parent
    for catalogue in sorted(root.rglob(f"locale/en/LC_MESSAGES/{domain}.po")):
        app = wagtail_app(catalogue)
        for entry in polib.pofile(str(catalogue)):
            if not entry.obsolete:
                strings.setdefault((entry.msgctxt, entry.msgid), (entry.msgid_plural, app))
    return strings


def django_strings():
    """{(msgctxt, msgid): Django app} of the installed Django's ``en`` catalogues."""
    import django
    import polib

    strings = {}
    root = Path(django.__file__).parent
    for catalogue in sorted(root.rglob("locale/en/LC_MESSAGES/django.po")):
        parts = catalogue.relative_to(root).parts
        app = ".".join(("django", *parts[: parts.index("locale")])).replace("django.conf", "django")
        for entry in polib.pofile(str(catalogue)):
            if not entry.obsolete:
                strings.setdefault((entry.msgctxt, entry.msgid), app)
    return strings


def django_supplements():
    """Our entries for strings Django has and Wagtail does not: {(msgctxt, msgid): entry}."""
    wagtail = wagtail_strings("django")
    django = django_strings()
    return {
        key: entry
        for key, entry in our_entries("django").items()
        if key in django and key not in wagtail
    }


def reworded_django():
    """Django strings we carry that Django's own Vietnamese already translates: we would
    reword Django there, so they do not belong in wagtail_vi."""
    import django
    import polib

    translated = set()
    for catalogue in Path(django.__file__).parent.rglob("locale/vi/LC_MESSAGES/django.po"):
        translated.update(
            (e.msgctxt, e.msgid) for e in polib.pofile(str(catalogue)).translated_entries()
        )
    return sorted(msgid for (ctx, msgid) in django_supplements() if (ctx, msgid) in translated)


def our_entries(domain):
    import polib

    return {(e.msgctxt, e.msgid): e for e in polib.pofile(str(LOCALE_DIR / f"{domain}.po"))}


def missing(domain):
    """Wagtail's strings wagtail_vi leaves English: [(app, msgctxt, msgid)], sorted."""
    ours = our_entries(domain)
    left = []
    strings = wagtail_strings(domain)
    if domain == "django":
        strings |= dict.fromkeys(own_strings(), (None, "wagtail_vi.model_names"))
    for key, (_plural, app) in strings.items():
        entry = ours.get(key)
        if entry is None or not entry.translated() or "fuzzy" in entry.flags:
            left.append((app, *key))
    return sorted(left, key=lambda item: (item[0], item[1] or "", item[2]))


def stale(domain):
    """Our msgids the installed Wagtail (or, for Django's supplements, Django) does not have:
    renamed or dropped strings."""
    theirs = set(wagtail_strings(domain))
    if domain == "django":
        theirs |= set(django_strings()) | own_strings()
    return sorted(msgid for (ctx, msgid) in our_entries(domain) if (ctx, msgid) not in theirs)


def javascript_catalogue():
    """The djangojs catalogue as a script merging into Django's ``django.catalog``.

    Wagtail serves its JavaScript catalogue from ``wagtail.admin``'s locale only, so the admin
    never reads ours; this script, loaded right after Wagtail's (``insert_global_admin_js``),
    adds it the way Django's own ``jsi18n`` merges several catalogues: key by key.
    """
    import polib

    catalogue = {}
    for entry in polib.pofile(str(LOCALE_DIR / "djangojs.po")).translated_entries():
        key = f"{entry.msgctxt}\x04{entry.msgid}" if entry.msgctxt else entry.msgid
        catalogue[key] = [entry.msgstr_plural[0]] if entry.msgid_plural else entry.msgstr
    body = json.dumps(catalogue, ensure_ascii=False, indent=1, sort_keys=True)
    return (
        "// Generated from wagtail_vi's djangojs.po by\n"
        "// `python -m wagtail_emulation.wagtail_vi.catalogue build`: do not edit.\n"
        '"use strict";\n'
        "{\n"
        "  const django = globalThis.django || (globalThis.django = {});\n"
        "  django.catalog = django.catalog || {};\n"
        f"  Object.assign(django.catalog, {body});\n"
        "  // Vietnamese has one plural form (nplurals=1; plural=0).\n"
        "  django.pluralidx = () => 0;\n"
        "}\n"
    )


def build():
    for domain in DOMAINS:
        po_file = LOCALE_DIR / f"{domain}.po"
        subprocess.run(  # noqa: S603 - fixed arguments
            ["msgfmt", "--check-format", "-o", str(po_file.with_suffix(".mo")), str(po_file)],  # noqa: S607
            check=True,
        )
    JAVASCRIPT_CATALOGUE.parent.mkdir(parents=True, exist_ok=True)
    JAVASCRIPT_CATALOGUE.write_text(javascript_catalogue(), encoding="utf-8")


def report_missing(out=sys.stdout):
    """Print what is left English; returns how many strings that is."""
    total = 0
    for domain in DOMAINS:
        by_app = defaultdict(list)
        for app, msgctxt, msgid in missing(domain):
            by_app[app].append(f"[{msgctxt}] {msgid}" if msgctxt else msgid)
        for app, msgids in by_app.items():
            print(f"## {app} ({domain}.po): {len(msgids)} untranslated", file=out)
            for msgid in msgids:
                print(f"  {msgid!r}", file=out)
            total += len(msgids)
        for msgid in stale(domain):
            print(f"## {domain}.po: Wagtail no longer has {msgid!r}", file=out)
            total += 1
    for msgid in reworded_django():
        print(f"## django.po: Django now translates {msgid!r} itself: remove it", file=out)
        total += 1
    print(f"{total} string(s) to translate or remove in {LOCALE_DIR}", file=out)
    return total


def main(argv):
    if argv[1:] == ["missing"]:
        return 1 if report_missing() else 0
    if argv[1:] == ["build"]:
        build()
        return 0
    print(__doc__, file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv))
