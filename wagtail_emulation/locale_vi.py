"""Vietnamese formatting: date lines, grouped numbers, ordinal words and ASCII slugs.

On the English pages of a site that serves English, date lines and numbers are written the
English way ("Thursday, 14 May 2020 10:13", "2,194,296"); everywhere else the Vietnamese way,
whatever language an editor's admin is in.
"""

import unicodedata

from anyascii import anyascii
from django.utils import dateformat, formats, timezone
from django.utils.text import slugify
from django.utils.translation import override

from .languages import english_page

# datetime.weekday(): Monday is 0. Vietnamese counts weekdays from Sunday (Chủ nhật) as day 1,
# so Monday is "Thứ Hai" (the second day).
WEEKDAYS = ("Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ nhật")

_UNITS = ("", "một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín")


def vn_dateline(value, with_time=True):
    """'Thứ Năm, 14/5/2020 10:13' for an aware or naive datetime, in the current time zone
    ('Thursday, 14 May 2020 10:13' on English pages); 'Thứ Năm, 14/5/2020' for a date."""
    if value is None:
        return ""
    if hasattr(value, "hour") and timezone.is_aware(value):
        value = timezone.localtime(value)
    if english_page():
        return dateformat.format(
            value, "l, j F Y H:i" if with_time and hasattr(value, "hour") else "l, j F Y"
        )
    if hasattr(value, "hour"):
        text = f"{WEEKDAYS[value.weekday()]}, {value.day}/{value.month}/{value.year}"
        if with_time:
            text += f" {value.hour:02d}:{value.minute:02d}"
        return text
    return f"{WEEKDAYS[value.weekday()]}, {value.day}/{value.month}/{value.year}"


def machine_datetime(value):
    """'2020-05-14T10:13:00+07:00': ``value`` in the current time zone, to the second, for a
    ``<time datetime>`` (HTML allows at most three digits of a second's fraction; Django's
    ``date:'c'`` prints six); '2020-05-14' for a date."""
    if not hasattr(value, "hour"):
        return value.isoformat()
    if timezone.is_aware(value):
        value = timezone.localtime(value)
    return value.replace(microsecond=0).isoformat()


def vn_number(value):
    """'2.194.296': an integer grouped the Vietnamese way ('2,194,296' on English pages)."""
    with override("en" if english_page() else "vi"):
        return formats.number_format(value, force_grouping=True)


def vn_ordinal_word(number):
    """The capitalised Vietnamese numeral used in 'Một là, …': 1 → 'Một', 21 → 'Hai mươi mốt'."""
    if not 1 <= number <= 99:
        raise ValueError("Vietnamese ordinal words are defined here for 1 to 99.")
    tens, units = divmod(number, 10)
    if tens == 0:
        word = _UNITS[units]
    elif tens == 1:
        word = "mười" + ("" if units == 0 else " " + ("lăm" if units == 5 else _UNITS[units]))
    else:
        word = _UNITS[tens] + " mươi"
        if units == 1:
            word += " mốt"
        elif units == 4:
            word += " tư"
        elif units == 5:
            word += " lăm"
        elif units:
            word += " " + _UNITS[units]
    return word[0].upper() + word[1:]


def vn_slugify(text):
    """ASCII slug of a Vietnamese title: 'Thi đua Điện Biên' → 'thi-dua-dien-bien'."""
    return slugify(anyascii(text or ""))


def _vietnamese_letters():
    """Every letter of the Vietnamese alphabet that is not plain ASCII, in both cases."""
    tone_marks = ("", "\u0300", "\u0301", "\u0303", "\u0309", "\u0323")
    letters = {"đ", "Đ"}
    for base in "aăâeêioôơuưy":
        for mark in tone_marks:
            for case in (base, base.upper()):
                letter = unicodedata.normalize("NFC", case + mark)
                if not letter.isascii():
                    letters.add(letter)
    return sorted(letters)


VIETNAMESE_LETTERS = _vietnamese_letters()


def slug_formatters():
    """(character class, ASCII replacement) pairs for Wagtail's slug field JavaScript."""
    groups = {}
    for letter in VIETNAMESE_LETTERS:
        groups.setdefault(anyascii(letter), []).append(letter)
    return [("[" + "".join(chars) + "]", ascii) for ascii, chars in sorted(groups.items())]
