"""The tutorial (``docs/tutorial.md``), followed on a fresh ``wagtail start`` project, gives
Vietnamese pages in Vietnam time that count their views and hide screen-reader-only text
(``tests/browser/test_install.py`` looks at the same page in Chromium)."""

import re

import pytest

from tests.subapps import ROOT

from .project import build_project


@pytest.fixture(scope="module")
def seen(tmp_path_factory):
    _project, seen = build_project(tmp_path_factory.mktemp("wagtail-start"))
    return seen


@pytest.mark.install
def test_the_article_reads_in_vietnamese_in_vietnam_time(seen):
    html = seen["html"]
    assert seen["status"] == 200
    assert '<html lang="vi">' in html
    assert "Thứ Năm, 2/1/2025 08:30" in html  # 01:30 UTC
    assert "Bình luận" in html and "Viết bình luận" in html
    assert 'data-emulation="rating"' in html and "<legend" in html and "Đánh giá" in html
    for english in ("Comments", "Rating", "Print", "Share"):
        assert not re.search(rf">\s*{english}\b", html), english


@pytest.mark.install
def test_the_host_s_own_home_page_shows_stars_and_comments(seen):
    html = seen["home_html"]
    assert 'data-emulation="rating"' in html and "Đánh giá" in html
    assert "Bình luận" in html and "Viết bình luận" in html


@pytest.mark.install
def test_the_view_is_counted(seen):
    assert seen["beacon_status"] == 204
    assert seen["views"] == 1


@pytest.mark.install
def test_screen_reader_text_is_hidden_by_the_shared_stylesheet(seen):
    html = seen["html"]
    assert "emulation-visually-hidden" in html
    stylesheet = re.search(r'href="([^"]*wagtail_emulation/css/emulation\.css)"', html)
    assert stylesheet, "{% emulation_head %} did not bring the shared stylesheet"
    css = ROOT / "wagtail_emulation" / "static" / "wagtail_emulation" / "css" / "emulation.css"
    assert re.search(r"\.emulation-visually-hidden\s*\{[^}]*clip", css.read_text())


@pytest.mark.install
def test_no_warning_is_left(seen):
    assert seen["warnings"] == []
