"""A fresh ``wagtail start`` project made by following the tutorial (``docs/tutorial.md``)
literally.

Its shell blocks (``<!-- tutorial:NAME -->``) are run line by line in a shell, and its settings,
URL and template blocks (``<!-- install:NAME -->``) are put where their comments say. Three
lines are not run as written, each for a reason given where it happens: ``pip install`` (this
virtualenv already has the package; CI installs the built wheel into a clean one),
``runserver`` (the test reads the pages itself) and ``createsuperuser`` (run without its
prompts). ``visit_news_page.py`` then publishes a news article in the project and reads it and
the home page as a reader would.
"""

import os
import re
import shlex
import subprocess
import sys
from pathlib import Path

from tests.processes import clean_environment, last_json_line, run_python
from tests.subapps import ROOT

TUTORIAL = ROOT / "docs" / "tutorial.md"
BIN = Path(sys.executable).parent


def doc_block(kind, name):
    """The code block that follows ``<!-- KIND:NAME -->`` in the tutorial."""
    found = re.search(rf"<!-- {kind}:{name} -->\s*```\w*\n(.*?)```", TUTORIAL.read_text(), re.S)
    assert found, f"docs/tutorial.md has no {kind}:{name} block"
    return found.group(1)


def readme_block(name):
    """An ``install:NAME`` block (the README links to these steps)."""
    return doc_block("install", name)


def numbered_edits(name):
    """``{# comment #}`` + line pairs of an install block, as a dict by number."""
    pairs = re.findall(r"\{# (\d)\. [^#]*#\}\n(.*)\n", readme_block(name))
    return {int(number): line for number, line in pairs}


def shell_environment(**overrides):
    """A host's shell: this virtualenv's commands first (as after ``. .venv/bin/activate``)
    and this checkout's package importable, as an install of it would be."""
    env = clean_environment(PYTHONPATH=str(ROOT), **overrides)
    env["PATH"] = f"{BIN}{os.pathsep}{env.get('PATH', '')}"
    return env


def run_shell_block(name, cwd, env, replace=None):
    """Run the lines of ``tutorial:NAME`` in one shell in ``cwd``, as a reader types them."""
    lines = []
    for line in doc_block("tutorial", name).splitlines():
        words = shlex.split(line, comments=True)
        if not words or words[0] == "pip":
            continue  # the package is installed already
        if words[-1:] == ["runserver"]:
            continue  # the test reads the pages through Django's test client
        if words[-1:] == ["createsuperuser"]:
            line += " --noinput --username admin --email admin@example.org"
        for old, new in (replace or {}).items():
            line = line.replace(old, new)
        lines.append(line)
    script = "set -e\n" + "\n".join(lines) + "\n"
    result = subprocess.run(  # noqa: S603 - the tutorial's own commands, in a temporary folder
        ["/bin/bash", "-c", script],  # noqa: S607
        cwd=cwd,
        env={**env, "DJANGO_SUPERUSER_PASSWORD": "tutorial-admin"},
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert result.returncode == 0, f"tutorial:{name}\n{script}\n{result.stderr[-3000:]}"
    return result


def follow_install_steps(project, with_database=False):
    settings = project / "portal" / "settings" / "base.py"
    addition = readme_block("settings")
    if with_database:
        addition += "\n" + readme_block("database")
    settings.write_text(settings.read_text() + "\n" + addition)
    urls = project / "portal" / "urls.py"
    # After the first list, before the catch-all is appended.
    first_list = re.search(r"^urlpatterns = \[\n.*?^\]\n", urls.read_text(), re.S | re.M)
    text = urls.read_text()
    urls.write_text(text[: first_list.end()] + readme_block("urls") + text[first_list.end() :])
    edits = numbered_edits("base")
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
    edits = numbered_edits("page")
    home = project / "home" / "templates" / "home" / "home_page.html"
    html = home.read_text()
    html = re.sub(r"(\{% extends [^%]*%\})", rf"\1\n{edits[1]}", html, count=1)
    html = html.replace("{% endblock extra_css %}", f"{edits[2]}\n{{% endblock extra_css %}}", 1)
    html = html.replace("{% endblock content %}", f"{edits[3]}\n{{% endblock content %}}", 1)
    home.write_text(html)


def build_project(directory, with_database=False, env_overrides=None, replace=None):
    """``(project folder, what visit_news_page.py saw)`` for a new project in ``directory``.

    ``with_database``: also the tutorial's PostgreSQL + Redis part, its shell lines changed by
    ``replace`` (the suite's own database and Redis numbers for the tutorial's examples)."""
    directory = Path(directory)
    directory.mkdir(parents=True, exist_ok=True)
    env = shell_environment()
    run_shell_block("start", directory, env)
    project = directory / "portal"
    follow_install_steps(project, with_database=with_database)
    if with_database:
        run_shell_block("postgres-run", project, env, replace=replace)
        env = shell_environment(**(env_overrides or {}))
    run_shell_block("run", project, env)
    result = run_python(str(Path(__file__).with_name("visit_news_page.py")), env=env, cwd=project)
    assert result.returncode == 0, result.stderr[-3000:]
    return project, last_json_line(result)
