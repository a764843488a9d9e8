"""A database that is down, for in-process fault tests: every new query raises what a driver
raises when the server is gone."""

from contextlib import contextmanager

from django.db import OperationalError, connection


@contextmanager
def database_down(monkeypatch):
    def refuse(*args, **kwargs):
        raise OperationalError("connection to server at 127.0.0.1, port 5432 failed")

    with monkeypatch.context() as patch:
        patch.setattr(connection, "cursor", refuse)
        patch.setattr(connection, "chunked_cursor", refuse)
        yield
