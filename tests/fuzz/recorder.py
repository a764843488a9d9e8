"""Sends one fuzzed request, counts it, and checks what a reader would see."""

import json
import re
from functools import cache
from pathlib import Path

import polib

counts = {"requests": 0, "5xx": 0, "errors_checked": 0}

ROOT = Path(__file__).resolve().parents[2]
# Letters only Vietnamese (among the languages we ship) writes: every translated sentence
# has some; an English source string has none.
VIETNAMESE = set("ăâđêôơưàảãáạằẳẵắặầẩẫấậèẻẽéẹềểễếệìỉĩíịòỏõóọồổỗốộờởỡớợùủũúụừửữứựỳỷỹýỵ")
HTML_ERRORS = re.compile(
    r'class="(?:emulation-field__error|emulation-form-errors|errorlist)[^"]*"[^>]*>(.*?)</',
    re.DOTALL,
)


@cache
def english_sources():
    """Every msgid of the package's catalogues: an error equal to one was not translated."""
    sources = set()
    for po_file in (ROOT / "wagtail_emulation").rglob("locale/vi/LC_MESSAGES/django.po"):
        for entry in polib.pofile(str(po_file)):
            sources.add(entry.msgid)
    return sources


def assert_vietnamese(message, where):
    counts["errors_checked"] += 1
    assert message.strip(), f"empty error message from {where}"
    assert message not in english_sources(), f"untranslated error from {where}: {message!r}"
    assert VIETNAMESE & set(message.lower()), f"error not in Vietnamese from {where}: {message!r}"


def send(client, method, path, **kwargs):
    """``client.<method>(path, **kwargs)``; fails on a 5xx or an untranslated error."""
    counts["requests"] += 1
    response = getattr(client, method)(path, **kwargs)
    where = f"{method.upper()} {path[:120]}"
    if response.status_code >= 500:
        counts["5xx"] += 1
        raise AssertionError(f"{response.status_code} from {where}")
    if response.status_code < 400 or response.streaming or not response.content:
        return response
    if response.get("Content-Type", "").startswith("application/json"):
        error = json.loads(response.content)["error"]
        assert error["code"], where
        assert_vietnamese(error["message"], where)
    elif response.get("Content-Type", "").startswith("text/html"):
        for message in HTML_ERRORS.findall(response.content.decode()):
            text = re.sub(r"<[^>]+>", " ", message)
            if text.strip():
                assert_vietnamese(text, where)
    return response
