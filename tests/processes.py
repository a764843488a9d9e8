"""Python in a fresh process, as a host site or a deployment runs it: same interpreter, its
own settings and environment, output captured for the test to read."""

import json
import os
import subprocess
import sys

from tests.subapps import ROOT


def clean_environment(**overrides):
    """This process's environment without the suite's own settings and engines (and the
    browser tests' permission for synchronous ORM calls, which a deployment must not have)."""
    suite_only = (
        "DJANGO_SETTINGS_MODULE",
        "DATABASE_URL",
        "REDIS_URL",
        "DJANGO_ALLOW_ASYNC_UNSAFE",
    )
    env = {name: value for name, value in os.environ.items() if name not in suite_only}
    return {**env, **overrides}


def run_python(*args, env, cwd=ROOT, timeout=600, check=False):
    return subprocess.run(  # noqa: S603 - our own interpreter and scripts
        [sys.executable, *args],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        timeout=timeout,
        check=check,
    )


def last_json_line(result):
    """The JSON object a script printed last (``None`` when it printed nothing)."""
    lines = result.stdout.strip().splitlines()
    return json.loads(lines[-1]) if lines else None
