"""The demo portal built once per worker and given back to each browser test from a snapshot.

``load_demo`` costs tens of seconds of CPU; restoring a copy of the database it leaves takes
milliseconds. On an in-memory SQLite test database (the browser step's engine, shared with the
live server's thread) and local-memory caches, the first test of a worker loads the demo and
keeps a copy of what the load left: the database (sqlite3's backup API), the caches' entries
and the media files. Every later test starts from that copy, exactly as after its own load,
whatever the test before it wrote. Anywhere else (PostgreSQL, Redis) each test loads the demo.
"""

import shutil
import sqlite3
import time
from contextlib import closing
from dataclasses import dataclass
from io import StringIO
from pathlib import Path

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.core.cache import caches
from django.core.cache.backends.dummy import DummyCache
from django.core.cache.backends.locmem import LocMemCache
from django.core.management import call_command
from django.db import connection
from django.utils import timezone
from wagtail.models import Site

# Set by the portal fixture for each test (its own tmp_path), or None under override_settings:
# no part of what the demo is.
NOT_PART_OF_THE_DEMO = {"MEDIA_ROOT", "STORAGES", "SETTINGS_MODULE"}


@dataclass
class Snapshot:
    database: sqlite3.Connection
    # Per local-memory cache: {key: (pickled value, seconds left or None)}.
    caches: dict
    media: Path


def snapshots_possible():
    """Only where one copy holds the whole state: the in-memory SQLite database the live
    server shares, and caches living in this process."""
    return (
        connection.vendor == "sqlite"
        and connection.is_in_memory_db()
        and all(isinstance(caches[alias], LocMemCache | DummyCache) for alias in caches)
    )


def demo_key():
    """What the demo built depends on: every setting in force (a fixture may switch English on
    before the portal), and the day (the demo dates its items from today)."""
    names = sorted(name for name in dir(settings) if name.isupper())
    in_force = tuple((name, repr(getattr(settings, name))) for name in names)
    return (
        tuple(item for item in in_force if item[0] not in NOT_PART_OF_THE_DEMO),
        timezone.localdate(),
    )


def load_demo(live_server_url):
    """The demo, served on the live server's host and port."""
    call_command("load_demo", stdout=StringIO())
    host, port = live_server_url.removeprefix("http://").split(":")
    Site.objects.filter(is_default_site=True).update(hostname=host, port=int(port))
    # update() sends no signal: drop the root paths the demo load cached with the old port.
    Site.clear_site_root_paths_cache()


def take(media):
    """A copy of the database and caches as the demo load left them; ``media`` holds its files."""
    connection.ensure_connection()
    database = sqlite3.connect(":memory:", check_same_thread=False)
    connection.connection.backup(database)
    return Snapshot(database=database, caches=_cache_entries(), media=media)


def copy_to_file(path):
    """The test database as it is now in a SQLite file at ``path``, for a server in another
    process: after a restore, the migrated demo in a second or so instead of the minutes a
    ``migrate`` and ``load_demo`` of its own take."""
    connection.ensure_connection()
    with closing(sqlite3.connect(path)) as target:
        connection.connection.backup(target)
    return path


def restore(snapshot, media_root):
    """The database, caches and media files as right after the demo load."""
    connection.ensure_connection()
    snapshot.database.backup(connection.connection)
    # The flush after the previous test made content types anew, under other ids.
    ContentType.objects.clear_cache()
    _restore_cache_entries(snapshot.caches)
    shutil.copytree(snapshot.media, media_root, dirs_exist_ok=True)


def _cache_entries():
    now = time.time()
    entries = {}
    for alias in caches:
        cache = caches[alias]
        if isinstance(cache, LocMemCache):
            with cache._lock:
                entries[alias] = {
                    key: (value, _seconds_left(cache._expire_info.get(key), now))
                    for key, value in cache._cache.items()
                }
    return entries


def _seconds_left(expiry, now):
    return None if expiry is None else expiry - now


def _restore_cache_entries(entries):
    """In place: a local-memory cache's dicts are shared by every thread (the live server's).
    Timeouts count from now, as they would from a load made now."""
    now = time.time()
    for alias, saved in entries.items():
        cache = caches[alias]
        with cache._lock:
            cache._cache.clear()
            cache._expire_info.clear()
            for key, (value, left) in saved.items():
                cache._cache[key] = value
                cache._expire_info[key] = None if left is None else now + left
