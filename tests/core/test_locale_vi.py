import datetime
import unicodedata
import zoneinfo

import pytest
from django import forms
from django.template import Context, Template
from django.utils import formats, translation

from wagtail_emulation.locale_vi import (
    VIETNAMESE_LETTERS,
    vn_dateline,
    vn_number,
    vn_ordinal_word,
    vn_slugify,
)

HANOI = zoneinfo.ZoneInfo("Asia/Ho_Chi_Minh")


@pytest.mark.parametrize(
    ("day", "weekday"),
    [
        (11, "Thứ Hai"),
        (12, "Thứ Ba"),
        (13, "Thứ Tư"),
        (14, "Thứ Năm"),
        (15, "Thứ Sáu"),
        (16, "Thứ Bảy"),
        (17, "Chủ nhật"),
    ],
)
def test_dateline_names_every_weekday(day, weekday):
    moment = datetime.datetime(2020, 5, day, 10, 13, tzinfo=HANOI)
    assert vn_dateline(moment) == f"{weekday}, {day}/5/2020 10:13"


def test_dateline_converts_to_the_sites_time_zone():
    # 03:13 UTC is 10:13 in Hà Nội (UTC+7); TIME_ZONE is Asia/Ho_Chi_Minh in the example site.
    moment = datetime.datetime(2020, 5, 14, 3, 13, tzinfo=datetime.UTC)
    assert vn_dateline(moment) == "Thứ Năm, 14/5/2020 10:13"


def test_dateline_crosses_midnight_into_the_local_day():
    moment = datetime.datetime(2020, 5, 13, 20, 30, tzinfo=datetime.UTC)
    assert vn_dateline(moment) == "Thứ Năm, 14/5/2020 03:30"


def test_dateline_of_a_date_and_without_time():
    assert vn_dateline(datetime.date(2023, 5, 25)) == "Thứ Năm, 25/5/2023"
    moment = datetime.datetime(2023, 5, 25, 8, 0, tzinfo=HANOI)
    assert vn_dateline(moment, with_time=False) == "Thứ Năm, 25/5/2023"
    assert vn_dateline(None) == ""


def test_time_element_has_a_valid_machine_date_in_local_time():
    # Microseconds are what Django's date:'c' prints and HTML forbids in <time datetime>.
    moment = datetime.datetime(2020, 5, 14, 3, 13, 5, 123456, tzinfo=datetime.UTC)
    html = Template("{% load wagtail_emulation %}{% vn_time moment %}").render(
        Context({"moment": moment})
    )
    assert html == '<time datetime="2020-05-14T10:13:05+07:00">Thứ Năm, 14/5/2020 10:13</time>'
    day = Template("{% load wagtail_emulation %}{% vn_time day %}{% vn_time none %}").render(
        Context({"day": datetime.date(2023, 5, 25), "none": None})
    )
    assert day == '<time datetime="2023-05-25">Thứ Năm, 25/5/2023</time>'


ORDINALS = [
    "Một", "Hai", "Ba", "Bốn", "Năm", "Sáu", "Bảy", "Tám", "Chín", "Mười",
    "Mười một", "Mười hai", "Mười ba", "Mười bốn", "Mười lăm", "Mười sáu",
    "Mười bảy", "Mười tám", "Mười chín", "Hai mươi",
]  # fmt: skip


@pytest.mark.parametrize(("number", "word"), list(enumerate(ORDINALS, start=1)))
def test_ordinal_words_one_to_twenty(number, word):
    assert vn_ordinal_word(number) == word


def test_ordinal_words_beyond_twenty_and_out_of_range():
    assert vn_ordinal_word(21) == "Hai mươi mốt"
    assert vn_ordinal_word(24) == "Hai mươi tư"
    assert vn_ordinal_word(35) == "Ba mươi lăm"
    with pytest.raises(ValueError):
        vn_ordinal_word(0)


@pytest.mark.parametrize(
    ("value", "text"),
    [(0, "0"), (999, "999"), (1000, "1.000"), (2194296, "2.194.296"), (-1234567, "-1.234.567")],
)
def test_numbers_are_grouped_with_dots(value, text):
    assert vn_number(value) == text
    with translation.override("en"):
        assert vn_number(value) == text


def test_vietnamese_formats_are_fixed_for_the_whole_site():
    """Not per call: Django's own localisation groups numbers once ``vi`` is active."""
    with translation.override("vi"):
        assert formats.get_format("NUMBER_GROUPING") == 3
        assert formats.get_format("FIRST_DAY_OF_WEEK") == 1
        rendered = Template("{% load l10n %}{{ n|localize }}").render(Context({"n": 2194296}))
        assert formats.number_format(2194296, force_grouping=True) == "2.194.296"
    assert rendered in {"2194296", "2.194.296"}  # grouping also needs USE_THOUSAND_SEPARATOR


def test_dates_are_read_day_first():
    with translation.override("vi"):
        field = forms.DateField()
        assert field.clean("05/06/2020") == datetime.date(2020, 6, 5)
        assert field.clean("14/5/2020") == datetime.date(2020, 5, 14)
        assert field.clean("2020-05-14") == datetime.date(2020, 5, 14)
        with pytest.raises(forms.ValidationError):
            field.clean("5/14/2020")


def test_slug_of_a_vietnamese_title():
    title = "Phát động phong trào thi đua Điện Biên"
    assert vn_slugify(title) == "phat-dong-phong-trao-thi-dua-dien-bien"
    assert vn_slugify("ĐOÀN KẾT, KỶ CƯƠNG – Sáng tạo 2023") == "doan-ket-ky-cuong-sang-tao-2023"


def test_every_vietnamese_letter_becomes_its_base_letter():
    assert len(VIETNAMESE_LETTERS) == 134  # 12 vowels × 6 tones × 2 cases − 12 ASCII + đ, Đ
    for letter in VIETNAMESE_LETTERS:
        base = unicodedata.normalize("NFD", letter)[0].lower()
        expected = "d" if base in "đ" else base
        assert vn_slugify(letter) == expected, letter


@pytest.mark.parametrize(
    ("word", "slug"),
    [
        ("Hòa", "hoa"),  # huyền
        ("Sáng", "sang"),  # sắc
        ("Hải", "hai"),  # hỏi
        ("Ngã", "nga"),  # ngã
        ("Lượng", "luong"),  # nặng, with ư and ơ
        ("Đường", "duong"),  # đ and Đ
    ],
)
def test_each_tone_mark_is_dropped(word, slug):
    assert vn_slugify(word) == slug
    assert vn_slugify(unicodedata.normalize("NFD", word)) == slug
