"""Complete the ``en`` catalogues named on the command line: source strings are English, so an
entry without an English wording of its own (empty, or fuzzy after makemessages matched it to
an older string) takes its msgid. A deliberate English wording is kept. Run by `make messages`.
"""

import sys

import polib


def complete(path):
    catalogue = polib.pofile(path, wrapwidth=79)
    for entry in catalogue:
        if entry.fuzzy or not entry.translated():
            if entry.msgid_plural:
                entry.msgstr_plural = {0: entry.msgid, 1: entry.msgid_plural}
            else:
                entry.msgstr = entry.msgid
            entry.flags = [flag for flag in entry.flags if flag != "fuzzy"]
            entry.previous_msgid = entry.previous_msgid_plural = entry.previous_msgctxt = None
    catalogue.save(path)


if __name__ == "__main__":
    for path in sys.argv[1:]:
        complete(path)
