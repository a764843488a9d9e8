"""Broken services on 127.0.0.1 for fault tests: a port nothing listens on, and a server that
accepts connections and never answers (a hung Redis)."""

import socket
import threading


def closed_port():
    """A port on 127.0.0.1 that nothing listens on."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]  # nothing listens here once the socket is closed


class HungServer:
    """Accepts every connection, reads what it is sent, never answers.

    ``connections`` counts the connections accepted, so a test can tell how often a client
    tried. Use as a context manager; it stops and closes every socket on exit.
    """

    def __init__(self):
        self._listener = socket.socket()
        self._listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self._listener.bind(("127.0.0.1", 0))
        self._listener.listen(64)
        self._listener.settimeout(0.1)
        self.port = self._listener.getsockname()[1]
        self.connections = 0
        self._accepted = []
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._serve, daemon=True)

    @property
    def url(self):
        return f"redis://127.0.0.1:{self.port}/0"

    def _serve(self):
        while not self._stop.is_set():
            try:
                conn, _address = self._listener.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            self.connections += 1
            self._accepted.append(conn)  # kept open, never read from or written to

    def __enter__(self):
        self._thread.start()
        return self

    def __exit__(self, *exc):
        self._stop.set()
        self._thread.join(timeout=2)
        for conn in self._accepted:
            conn.close()
        self._listener.close()
