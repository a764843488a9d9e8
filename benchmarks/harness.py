"""Serve the example site with gunicorn on 127.0.0.1 and load it with a bounded client.

Used by every benchmark in this folder. The load client is Debian's ``wrk`` when installed
(``apt-get install wrk``), else a small Python keep-alive client; both stop after a fixed
duration and never target anything but loopback.
"""

import os
import re
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import time
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
HOST = "127.0.0.1"


def free_port():
    """A free port on loopback: the first free one of ``BENCH_PORTS`` ("8750-8759") when set
    (machines where each user has a range), else one the system picks."""
    first, _, last = os.environ.get("BENCH_PORTS", "0").partition("-")
    for port in range(int(first), int(last or first) + 1):
        with socket.socket() as sock:
            try:
                sock.bind((HOST, port))
            except OSError:
                continue
            return sock.getsockname()[1]
    raise RuntimeError(f"no free port in BENCH_PORTS={os.environ['BENCH_PORTS']}")


@contextmanager
def gunicorn(settings_module, env=None, workers=2, app="example_site.wsgi:application"):
    """A gunicorn server (sync workers) of ``app`` for ``settings_module``; yields its base URL."""
    port = free_port()
    environment = {**os.environ, "DJANGO_SETTINGS_MODULE": settings_module, **(env or {})}
    environment["PYTHONPATH"] = str(ROOT)
    command = [
        sys.executable, "-m", "gunicorn", app,
        "--bind", f"{HOST}:{port}", "--workers", str(workers), "--worker-class", "sync",
        "--log-level", "warning", "--keep-alive", "5", "--preload",
    ]  # fmt: skip
    process = subprocess.Popen(command, cwd=ROOT, env=environment)
    try:
        _wait_until_listening(port, process)
        yield f"http://{HOST}:{port}"
    finally:
        process.send_signal(signal.SIGTERM)
        try:
            process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def _wait_until_listening(port, process, timeout=30):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"gunicorn exited with {process.returncode}")
        try:
            with socket.create_connection((HOST, port), timeout=0.5):
                return
        except OSError:
            time.sleep(0.2)
    raise RuntimeError("gunicorn did not start listening in time")


def requests_per_second(url, seconds=5, connections=4, method="GET", lua=None):
    """Completed requests per second against ``url`` for ``seconds`` (non-2xx/3xx raise)."""
    assert url.startswith(f"http://{HOST}:"), "benchmarks only load loopback servers"
    if shutil.which("wrk"):
        return _wrk(url, seconds, connections, lua)
    return _python_client(url, seconds, connections, method)


def _wrk(url, seconds, connections, lua):
    command = ["wrk", "-t", "2", "-c", str(connections), "-d", f"{seconds}s", "--timeout", "5s"]
    if lua:
        command += ["-s", str(lua)]
    output = subprocess.run(command + [url], capture_output=True, text=True, check=True).stdout
    if "Non-2xx or 3xx responses" in output or "Socket errors" in output:
        raise RuntimeError(f"errors while loading {url}:\n{output}")
    return float(re.search(r"Requests/sec:\s+([\d.]+)", output).group(1))


def _python_client(url, seconds, connections, method):
    from benchmarks.loadtools import varied_load  # it builds on this module

    base, _, path = url.removeprefix("http://").partition("/")
    rate, _answered = varied_load(
        f"http://{base}", lambda number: (method, "/" + path, None, {}), seconds, connections,
        limit=10**9,
    )  # fmt: skip
    return rate


def interleaved_rounds(targets, rounds=3, seconds=5):
    """Median requests/s per target, loading each target in turn in every round.

    Interleaving spreads slow drifts of the machine (other load, thermal) over all targets.
    ``targets`` maps a name to a zero-argument callable returning requests/s.
    """
    samples = {name: [] for name in targets}
    for _ in range(rounds):
        for name, measure in targets.items():
            samples[name].append(measure(seconds))
    return {name: statistics.median(values) for name, values in samples.items()}
