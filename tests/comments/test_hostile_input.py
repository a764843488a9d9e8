"""Hostile input on the comment pages: odd page numbers, over-long e-mails, bidi controls."""

from urllib.parse import quote

import pytest


@pytest.mark.parametrize("number", ["²", "٣", "9" * 4301, "-1", "0"])
def test_odd_comment_page_numbers_show_the_first_page(article, make_comment, render_block, number):
    make_comment(article, name="Người đọc đầu tiên")

    html = render_block(article, f"?binh-luan={quote(number)}")

    assert "Người đọc đầu tiên" in html
