"""A fresh ``wagtail start`` project with the README's install section applied literally.

The settings and URL lines are taken from the README as they are; the base.html edits are the
README's lines put where its comments say. ``visit_news_page.py`` then publishes a news
article in it and reads it as a reader would.
"""

import re
import subprocess
import sys
from pathlib import Path

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
    html = re.sub(
        r"\{% if page.search_description %\}.*?\{% endif %\}", edits[6], html, count=1, flags=re.S
    )
    base.write_text(html)


def build_project(directory):
    """``(project folder, what visit_news_page.py saw)`` for a new project in ``directory``."""
    project = Path(directory)
    project.mkdir(parents=True, exist_ok=True)
    # The new project's own settings (its SQLite file, no Redis), and this checkout's package
    # first on the path, as an editable install of it would be (the virtualenv's may be
    # another checkout's).
    env = clean_environment(PYTHONPATH=str(ROOT))
    start = [str(WAGTAIL), "start", "portal", str(project)]
    subprocess.run(start, check=True, env=env, capture_output=True)  # noqa: S603
    follow_readme(project)
    result = run_python(str(Path(__file__).with_name("visit_news_page.py")), env=env, cwd=project)
    assert result.returncode == 0, result.stderr[-3000:]
    return project, last_json_line(result)
