"""Varnish (Debian's varnishd) on 127.0.0.1 with the shipped configuration, for tests.

The shipped ``example_site/deploy/varnish/default.vcl`` is used as it is; only
``backends.vcl`` (which servers, which director) is written per test. varnishd runs in the
foreground of its own working directory and is stopped by its PID: no system service and
no default port is involved.
"""

import os
import shutil
import signal
import socket
import subprocess
import tempfile
import time
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SHIPPED = ROOT / "example_site" / "deploy" / "varnish"
HOST = "127.0.0.1"


def varnishd():
    """The varnishd executable (Debian installs it in /usr/sbin), or None."""
    return shutil.which("varnishd") or shutil.which("varnishd", path="/usr/sbin:/usr/local/sbin")


def free_port(exclude=()):
    """A free port on loopback: from ``TEST_PORTS`` ("9400-9449") when set, else any."""
    first, _, last = os.environ.get("TEST_PORTS", "0").partition("-")
    for port in range(int(first), int(last or first) + 1):
        if port in exclude:
            continue
        with socket.socket() as sock:
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
            try:
                sock.bind((HOST, port))
            except OSError:
                continue
            return sock.getsockname()[1]
    raise RuntimeError("no free port in TEST_PORTS")


def wait_until_listening(port, process, timeout=60):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"{process.args[0]} exited with {process.returncode}")
        try:
            with socket.create_connection((HOST, port), timeout=0.5):
                return
        except OSError:
            time.sleep(0.2)
    raise RuntimeError(f"nothing listens on {HOST}:{port} after {timeout} s")


def backends_vcl(ports, probe_url=None):
    """A backends.vcl for application servers on ``ports`` of 127.0.0.1, round robin."""
    lines = ["import directors;"]
    if probe_url:
        lines.append(
            f'probe health {{ .url = "{probe_url}"; .interval = 1s; .timeout = 1s;'
            " .window = 3; .threshold = 2; .initial = 2; }"
        )
    for number, port in enumerate(ports):
        probe = " .probe = health;" if probe_url else ""
        lines.append(f'backend app{number} {{ .host = "{HOST}"; .port = "{port}";{probe} }}')
    adds = "".join(f" portal.add_backend(app{number});" for number in range(len(ports)))
    lines.append(f"sub vcl_init {{ new portal = directors.round_robin();{adds} }}")
    return "\n".join(lines) + "\n"


def stop(process, timeout=15):
    """Stop a process we started, by its PID: SIGTERM, then SIGKILL."""
    if process.poll() is None:
        process.send_signal(signal.SIGTERM)
        try:
            process.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


@contextmanager
def running_varnish(backend_ports, *, port=None, default_ttl=60, probe_url=None):
    """varnishd with the shipped default.vcl before ``backend_ports``; yields its base URL."""
    with tempfile.TemporaryDirectory(prefix="varnish-test-") as directory:
        Path(directory, "backends.vcl").write_text(backends_vcl(backend_ports, probe_url))
        os.chmod(directory, 0o755)  # noqa: S103 - varnishd's child runs as its own user
        port = port or free_port()
        command = [
            varnishd(), "-F", "-n", str(Path(directory) / "instance"),
            "-a", f"{HOST}:{port}", "-T", f"{HOST}:0",
            "-p", f"vcl_path={directory}:{SHIPPED}", "-f", str(SHIPPED / "default.vcl"),
            "-s", "malloc,64m", "-t", str(default_ttl),
        ]  # fmt: skip
        log = open(Path(directory) / "varnishd.log", "wb")  # noqa: SIM115 - closed below
        process = subprocess.Popen(command, stdout=log, stderr=subprocess.STDOUT)  # noqa: S603
        try:
            wait_until_listening(port, process)
            yield f"http://{HOST}:{port}"
        except RuntimeError as error:
            raise RuntimeError(f"{error}\n{Path(log.name).read_text()}") from None
        finally:
            stop(process)
            log.close()
