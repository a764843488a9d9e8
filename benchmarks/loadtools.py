"""Load helpers that ``harness.py`` does not have; the servers and the rates still come from it.

``harness.requests_per_second`` repeats one fixed request and returns a rate. A vote must
come from a new reader each time (its own body and forwarded address) and the benchmark
needs the exact number of answered requests, to check that the database counted every one.
"""

import http.client
import threading
import time

from benchmarks.harness import HOST, requests_per_second


def load_target(url, **options):
    """A target for ``harness.interleaved_rounds``: ``seconds`` → requests/s against ``url``."""
    return lambda seconds: requests_per_second(url, seconds, **options)


def varied_load(base_url, request_for, seconds, connections, limit):
    """Load with a different request each time; returns (requests/s, requests answered).

    ``request_for(number)`` gives ``(method, path, body, headers)`` of the request numbered
    ``number`` (0, 1, 2…). Keep-alive clients on ``connections`` threads stop after
    ``seconds`` or ``limit`` requests, whichever comes first; an answer other than 2xx stops
    the load and raises.
    """
    assert base_url.startswith(f"http://{HOST}:"), "benchmarks only load loopback servers"
    host, port = base_url.removeprefix("http://").split(":")
    deadline = time.monotonic() + seconds
    numbers = iter(range(limit))
    lock = threading.Lock()
    answered, failures = [0] * connections, []

    def client(index):
        connection = http.client.HTTPConnection(host, int(port), timeout=10)
        while time.monotonic() < deadline and not failures:
            with lock:
                number = next(numbers, None)
            if number is None:
                break
            method, path, body, headers = request_for(number)
            connection.request(method, path, body=body, headers=headers)
            response = connection.getresponse()
            response.read()
            if not 200 <= response.status < 300:
                failures.append(f"HTTP {response.status} for {method} {path}")
                break
            answered[index] += 1
        connection.close()

    clients = [threading.Thread(target=client, args=(i,)) for i in range(connections)]
    started = time.monotonic()
    for thread in clients:
        thread.start()
    for thread in clients:
        thread.join()
    if failures:
        raise RuntimeError(failures[0])
    return sum(answered) / (time.monotonic() - started), sum(answered)
