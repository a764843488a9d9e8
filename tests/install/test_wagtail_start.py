"""The README's install section, followed on a fresh ``wagtail start`` project, gives
Vietnamese pages in Vietnam time that count their views and hide screen-reader-only text.

The settings and URL lines are taken from the README as they are; the base.html edits are the
README's lines put where its comments say.
"""

import re
import subprocess
import sys
from pathlib import Path

import pytest

from tests.processes import clean_environment, last_json_line, run_python
from tests.subapps import ROOT

README = ROOT / "README.md"
WAGTAIL = Path(sys.executable).parent / "wagtail"


def readme_block(name):
    """The code block that follows ``<!-- install:NAME -->`` in the README."""
    found = re.search(rf"<!-- install:{name} -->\s*```\w*\n(.*?)```", README.read_text(), re.S)
    assert found, f"the README has no install:{name} block"
    return found.group(1)


def base_html_edits():
    """``{# comment #}`` + line pairs of the README's base.html block, as a dict by number."""
    pairs = re.findall(r"\{# (\d)\. [^#]*#\}\n(.*)\n", readme_block("base"))
    return {int(number): line for number, line in pairs}


def follow_readme(project):
    settings = project / "portal" / "settings" / "base.py"
    settings.write_text(settings.read_text() + "\n" + readme_block("settings"))
    urls = project / "portal" / "urls.py"
    # After the first list, before the catch-all is appended.
    first_list = re.search(r"^urlpatterns = \[\n.*?^\]\n", urls.read_text(), re.S | re.M)
    text = urls.read_text()
    urls.write_text(text[: first_list.end()] + readme_block("urls") + text[first_list.end() :])
    edits = base_html_edits()
    base = project / "portal" / "templates" / "base.html"
    html = base.read_text()
    html = re.sub(r"\{% load [^%]*%\}", edits[1], html, count=1)
    html = re.sub(r'<html lang="[^"]*">', edits[2], html, count=1)
    html = html.replace("{% block extra_css %}", f"{edits[3]}\n{{% block extra_css %}}", 1)
    html = re.sub(r"(<body[^>]*>)", rf"\1\n{edits[4]}", html, count=1)
    html = html.replace("{% block extra_js %}", f"{edits[5]}\n{{% block extra_js %}}", 1)
    base.write_text(html)


@pytest.fixture(scope="module")
def seen(tmp_path_factory):
    project = tmp_path_factory.mktemp("wagtail-start")
    env = clean_environment()  # the new project's own settings: its SQLite file, no Redis
    start = [str(WAGTAIL), "start", "portal", str(project)]
    subprocess.run(start, check=True, env=env, capture_output=True)  # noqa: S603
    follow_readme(project)
    result = run_python(str(Path(__file__).with_name("visit_news_page.py")), env=env, cwd=project)
    assert result.returncode == 0, result.stderr[-3000:]
    return last_json_line(result)


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
