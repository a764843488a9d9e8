"""Procedure codes and search keys as the catalogue compares them (no model imports here)."""

import re

from anyascii import anyascii

#: A code as the national database writes it: groups of letters and digits joined by dots,
#: e.g. 1.001234.000.00.00.H13 or 2.000815. Checked loosely: the database's own format varies.
CODE_PATTERN = re.compile(r"^[0-9A-Za-z]+(\.[0-9A-Za-z]+)*$")


def search_key(text):
    """Text compared without accents or case: "Hộ tịch" → "ho tich"."""
    return " ".join(anyascii(text or "").lower().split())


def code_key(code):
    """The code without spaces, upper case: how two spellings of one code compare."""
    return re.sub(r"\s+", "", code or "").upper()
