"""The web's own judges, run from the npm packages pinned in ``.ci/validators/``.

* :func:`nu_messages` runs the Nu HTML Checker (``vnu.jar`` from the ``vnu-jar`` package, on
  Debian's Java) once over many documents: the JVM starts once, not once per page.
* :func:`lighthouse_report` runs Lighthouse on Debian's Chromium against one address.

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
LIGHTHOUSE = NODE_MODULES / ".bin" / "lighthouse"
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


def lighthouse_report(url, timeout=180):
    """Lighthouse's JSON report of ``url`` (mobile form factor, Lighthouse's default)."""
    _require(LIGHTHOUSE)
    _require(CHROMIUM)
    with tempfile.TemporaryDirectory(prefix="lighthouse-") as folder:
        output = Path(folder) / "report.json"
        for _attempt in range(3):
            result = subprocess.run(  # noqa: S603 - fixed program and arguments
                [
                    str(LIGHTHOUSE),
                    url,
                    "--quiet",
                    "--output=json",
                    f"--output-path={output}",
                    f"--only-categories={','.join(LIGHTHOUSE_CATEGORIES)}",
                    "--chrome-flags=--headless --no-sandbox --disable-gpu",
                ],
                capture_output=True,
                text=True,
                timeout=timeout,
                env={**os.environ, "CHROME_PATH": CHROMIUM},
                check=False,
            )
            # A failed trace recording (e.g. NO_NAVSTART) is Lighthouse's own hiccup: it asks to
            # be run again (twice seen in a row on a loaded machine). Any other failure, or a
            # third one, fails the test.
            if not (result.returncode and "run Lighthouse again" in result.stderr):
                break
        if result.returncode or not output.exists():
            pytest.fail(f"lighthouse failed on {url} (exit {result.returncode}): {result.stderr}")
        return json.loads(output.read_text(encoding="utf-8"))
