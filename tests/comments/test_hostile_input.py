"""Hostile input on the comment pages: odd page numbers, over-long e-mails, bidi controls."""

from urllib.parse import quote

import pytest
from django.urls import reverse

from wagtail_emulation.comments.models import ReaderComment


@pytest.mark.parametrize("number", ["²", "٣", "9" * 4301, "-1", "0"])
def test_odd_comment_page_numbers_show_the_first_page(article, make_comment, render_block, number):
    make_comment(article, name="Người đọc đầu tiên")

    html = render_block(article, f"?binh-luan={quote(number)}")

    assert "Người đọc đầu tiên" in html


def _form_url(article):
    return reverse("wagtail_emulation:comments:page", args=[article.pk])


@pytest.mark.parametrize("length", [255, 320])
def test_an_email_longer_than_the_column_is_refused_in_vietnamese(
    client, article, form_data, length
):
    email = "a" * 60 + "@" + ".".join(["b" * 60] * 5)
    email = email[: length - 3] + ".vn"
    assert len(email) == length

    response = client.post(_form_url(article), form_data(email=email))

    assert response.status_code == 400
    assert "Địa chỉ e-mail quá dài: tối đa 254 ký tự." in response.content.decode()
    assert not ReaderComment.objects.exists()


BIDI = ["\u202e", "\u202d", "\u202a", "\u202b", "\u202c", "\u2066", "\u2067", "\u2068", "\u2069"]


def test_bidi_controls_are_removed_from_names_and_bodies(
    client, article, form_data, comment_settings, render_block
):
    comment_settings.moderation = False
    comment_settings.save()
    name = "Nguyễn " + "".join(BIDI) + "Văn An\u200b"
    body = "Dòng một \u202ehết\u202c\nDòng hai \u2067x\u2069"

    response = client.post(_form_url(article), form_data(name=name, body=body))

    assert response.status_code == 302
    comment = ReaderComment.objects.get()
    assert comment.name == "Nguyễn Văn An"
    assert comment.body == "Dòng một hết\nDòng hai x"
    html = render_block(article)
    assert "Nguyễn Văn An" in html
    assert not any(char in html for char in BIDI)


def test_a_name_of_only_invisible_characters_is_missing(client, article, form_data):
    response = client.post(_form_url(article), form_data(name="\u202e\u2066\u200b"))

    assert response.status_code == 400
    assert "Vui lòng nhập họ và tên." in response.content.decode()
    assert not ReaderComment.objects.exists()


def test_a_null_character_is_refused_in_vietnamese(client, article, form_data):
    response = client.post(_form_url(article), form_data(body="Xin hỏi\x00", captcha_1="\x00"))

    assert response.status_code == 400
    assert "Hãy xoá ký tự rỗng (mã 0, không nhìn thấy) khỏi ô này." in response.content.decode()
    assert "Null characters" not in response.content.decode()
    assert not ReaderComment.objects.exists()


def test_unknown_notice_values_share_one_cached_block(article, render_block, monkeypatch):
    from wagtail_emulation.comments import widgets

    renders = []
    real = widgets._render_block
    monkeypatch.setattr(widgets, "_render_block", lambda *args: renders.append(args) or real(*args))

    for value in ("x", "y" * 5000, "%20", "cho-duyet-2"):
        render_block(article, f"?binh-luan-gui={value}")

    assert len(renders) == 1  # one cache entry, not one per made-up value
