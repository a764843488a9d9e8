"""The web's own judges, run from the npm packages pinned in ``.ci/validators/``.

* :func:`nu_messages` runs the Nu HTML Checker (``vnu.jar`` from the ``vnu-jar`` package, on
  Debian's Java) once over many documents: the JVM starts once, not once per page.
* :func:`lighthouse_reports` runs Lighthouse on Debian's Chromium against several addresses,
  in one Node process and one browser.

``npm ci --ignore-scripts --prefix .ci/validators`` installs both (``.ci/run`` does).
"""

import json
import os
import shutil
import subprocess  # noqa: S404 - the validators are programs; arguments are never shell-parsed
import tempfile
from pathlib import Path

import pytest

NODE_MODULES = Path(__file__).resolve().parents[2] / ".ci" / "validators" / "node_modules"
VNU_JAR = NODE_MODULES / "vnu-jar" / "build" / "dist" / "vnu.jar"
LIGHTHOUSE = NODE_MODULES / "lighthouse"
LIGHTHOUSE_PAGES = NODE_MODULES.parent / "lighthouse-pages.mjs"
CHROMIUM = "/usr/bin/chromium"
INSTALL_HINT = (
    "npm ci --ignore-scripts --prefix .ci/validators && apt-get install -y default-jre-headless"
)


def _require(path):
    if not Path(path).exists():
        pytest.fail(f"{path} is missing: {INSTALL_HINT}")


def nu_messages(documents, timeout=600):
    """Every error, warning and info vnu reports on ``documents`` ({label: HTML text}), as
    ``[(label, message dict)]``; the message has ``type`` (``error`` / ``info``), ``subType``
    (``warning`` for warnings), ``message``, ``lastLine`` and ``extract``."""
    _require(VNU_JAR)
    java = shutil.which("java")
    if java is None:
        pytest.fail(f"java is missing: {INSTALL_HINT}")
    with tempfile.TemporaryDirectory(prefix="vnu-") as folder:
        labels = {}
        for number, (label, html) in enumerate(documents.items()):
            path = Path(folder) / f"{number:03d}.html"
            path.write_text(html, encoding="utf-8")
            labels[path.name] = label
        files = sorted(str(path) for path in Path(folder).glob("*.html"))
        result = subprocess.run(  # noqa: S603 - fixed program, our own temporary files
            [java, "-jar", str(VNU_JAR), "--format", "json", "--stdout", *files],
            capture_output=True,
            text=True,
            timeout=timeout,
            check=False,
        )
    try:
        report = json.loads(result.stdout)
    except json.JSONDecodeError:
        pytest.fail(f"vnu gave no JSON report (exit {result.returncode}): {result.stderr}")
    # vnu names each document by its file URL; the file name leads back to the label.
    return [
        (labels.get(message.get("url", "").rsplit("/", 1)[-1], message.get("url")), message)
        for message in report["messages"]
    ]


def format_nu_messages(messages):
    """One line per message: ``page: line N: [error] text — extract``."""
    lines = []
    for label, message in messages:
        kind = message.get("subType") or message["type"]
        extract = " ".join(message.get("extract", "").split())
        lines.append(
            f"{label}: line {message.get('lastLine', '?')}: [{kind}] {message['message']}"
            + (f" — {extract}" if extract else "")
        )
    return "\n".join(lines)


LIGHTHOUSE_CATEGORIES = ("performance", "accessibility", "best-practices", "seo")


def lighthouse_reports(urls, timeout_per_page=180):
    """Lighthouse's JSON report of each of ``urls`` (mobile form factor, Lighthouse's default),
    in their order. One Node process and one Chromium judge them all, one after the other
    (``.ci/validators/lighthouse-pages.mjs``): starting both cost about half of each page's
    time when the CLI ran once per page."""
    _require(LIGHTHOUSE)
    _require(CHROMIUM)
    node = shutil.which("node")
    if node is None:
        pytest.fail(f"node is missing: {INSTALL_HINT}")
    with tempfile.TemporaryDirectory(prefix="lighthouse-") as folder:
        result = subprocess.run(  # noqa: S603 - fixed program and arguments
            [node, str(LIGHTHOUSE_PAGES), folder, ",".join(LIGHTHOUSE_CATEGORIES), *urls],
            capture_output=True,
            text=True,
            timeout=timeout_per_page * len(urls),
            env={**os.environ, "CHROME_PATH": CHROMIUM},
            check=False,
        )
        outputs = [Path(folder) / f"{number}.json" for number in range(len(urls))]
        if result.returncode or not all(output.exists() for output in outputs):
            pytest.fail(f"lighthouse failed (exit {result.returncode}): {result.stderr}")
        reports = [json.loads(output.read_text(encoding="utf-8")) for output in outputs]
    failed = [
        f"{url}: {report['error']}"
        for url, report in zip(urls, reports, strict=True)
        if "error" in report
    ]
    if failed:
        pytest.fail("lighthouse failed on\n" + "\n".join(failed))
    return reports
