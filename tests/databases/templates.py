"""Test databases copied from a migrated template instead of migrated again.

Running every migration takes Django 25 s of CPU or more here (it re-renders the model state
at each of some 250 migrations); copying a migrated database takes well under a second. The
first process to need a test database migrates it as usual and keeps a copy, the template;
every later one with the same apps (another xdist worker, the next run) starts from that
copy. ``migrate`` still runs on the copy: it applies whatever the template lacks and sends
``post_migrate`` (content types, permissions) as it would on a fresh database.

A template is named after everything its content depends on (``key``): the database engine
and its version, Django's and the apps' distributions' versions, the migrations' files and the
project's modules they import (a data migration's seeds), the settings data migrations read.
Change any of them and a new template is made; a stale one is never used.

SQLite templates are files in ``.test-databases/`` at the top of the checkout (or the
directory ``TEST_DATABASE_TEMPLATES`` names); PostgreSQL ones are databases on the same server,
``<NAME>_tpl_<key>`` (PostgreSQL copies them with ``CREATE DATABASE … TEMPLATE``).
"""

import ast
import fcntl
import hashlib
import importlib.metadata
import os
import sqlite3
import sys
from contextlib import contextmanager
from pathlib import Path

import django
from django.apps import apps
from django.conf import settings
from django.db.migrations.loader import MigrationLoader

ROOT = Path(__file__).resolve().parents[2]
INSTALLED = Path(sys.prefix).resolve()  # the virtualenv, inside the checkout or not
DIRECTORY = Path(os.environ.get("TEST_DATABASE_TEMPLATES", ROOT / ".test-databases"))

#: Settings that data migrations read (Wagtail's first locale, the package's seeds).
SETTINGS_READ_BY_MIGRATIONS = (
    "AUTH_USER_MODEL",
    "DEFAULT_AUTO_FIELD",
    "LANGUAGE_CODE",
    "LANGUAGES",
    "TIME_ZONE",
    "USE_TZ",
    "WAGTAIL_CONTENT_LANGUAGES",
    "WAGTAIL_I18N_ENABLED",
    "WAGTAIL_PAGE_MODEL",
)


def project_files(module):
    """The project's own source files a migration module uses (itself, the module of a seeding
    function or of a field it imports): their content is part of what migrating produces."""
    path = Path(module.__file__).resolve()
    imported = set()
    for node in ast.walk(ast.parse(path.read_bytes())):
        if isinstance(node, ast.Import):
            imported |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module:
            imported |= {node.module, *(f"{node.module}.{alias.name}" for alias in node.names)}
    files = {path}
    for name in imported:
        source = Path(getattr(sys.modules.get(name), "__file__", None) or "/").resolve()
        if source.is_relative_to(ROOT) and not source.is_relative_to(INSTALLED):
            files.add(source)
    return files


def distribution_versions(configs):
    owners = importlib.metadata.packages_distributions()
    top_levels = {config.name.partition(".")[0] for config in configs} | {"django"}
    return sorted(
        {
            f"{dist}=={importlib.metadata.version(dist)}"
            for top in top_levels
            for dist in owners.get(top, ())
        }
    )


def key(connection):
    """A short digest of everything a migrated template's content depends on."""
    configs = list(apps.get_app_configs())
    labels = {config.label for config in configs}
    loader = MigrationLoader(None, ignore_no_migrations=True)
    files = set()
    for (label, _name), migration in loader.disk_migrations.items():
        if label in labels:
            files |= project_files(sys.modules[type(migration).__module__])
    digest = hashlib.sha256()
    for part in (
        connection.vendor,
        str(connection.Database.sqlite_version if connection.vendor == "sqlite" else ""),
        django.get_version(),
        *distribution_versions(configs),
        *sorted(config.name for config in configs),  # order changes nothing migrations do
        *(repr(getattr(settings, name, None)) for name in SETTINGS_READ_BY_MIGRATIONS),
    ):
        digest.update(part.encode() + b"\0")
    for path in sorted(files):
        # Third-party migrations are covered by their distribution's version above.
        digest.update(str(path.relative_to(ROOT)).encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()[:16]


@contextmanager
def locked(name):
    """One process at a time makes a given template; the others wait, then copy it."""
    DIRECTORY.mkdir(exist_ok=True)
    with open(DIRECTORY / f"{name}.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(lock, fcntl.LOCK_UN)


class TemplateCreation:
    """Mixed into a backend's DatabaseCreation: ``create_test_db`` from the template."""

    def create_test_db(self, *args, **kwargs):
        name = self.template_name(key(self.connection))
        with locked(name):
            if not self.template_exists(name):
                test_name = super().create_test_db(*args, **kwargs)
                self.save_template(name)
                return test_name
        with self.copying(name):  # at the same time as other processes: nothing waits
            return super().create_test_db(*args, **kwargs)


class SQLiteTemplateCreation(TemplateCreation):
    def template_name(self, digest):
        return f"sqlite-{digest}"

    def template_path(self, name):
        return DIRECTORY / f"{name}.sqlite3"

    def template_exists(self, name):
        return self.template_path(name).exists()

    @contextmanager
    def copying(self, name):
        """``_create_test_db`` fills the new database with the template's content."""
        self._template_path = self.template_path(name)
        try:
            yield
        finally:
            self._template_path = None

    def _create_test_db(self, verbosity, autoclobber, keepdb=False):
        test_name = super()._create_test_db(verbosity, autoclobber, keepdb)
        if getattr(self, "_template_path", None):
            if self.is_in_memory_db(test_name):
                # A shared in-memory database lives while a connection to it is open: this one
                # is kept until the database is destroyed.
                self._template_copy = sqlite3.connect(test_name, uri=True)
                target = self._template_copy
            else:
                target = sqlite3.connect(test_name)
            source = sqlite3.connect(self._template_path)
            source.backup(target)
            source.close()
            if target is not getattr(self, "_template_copy", None):
                target.close()
        return test_name

    def _destroy_test_db(self, test_database_name, verbosity):
        super()._destroy_test_db(test_database_name, verbosity)
        if getattr(self, "_template_copy", None) is not None:
            self._template_copy.close()
            self._template_copy = None

    def save_template(self, name):
        self.connection.ensure_connection()
        partial = self.template_path(name).with_suffix(f".{os.getpid()}.partial")
        target = sqlite3.connect(partial)
        self.connection.connection.backup(target)
        target.close()
        partial.replace(self.template_path(name))  # whole or not at all


class PostgreSQLTemplateCreation(TemplateCreation):
    def template_name(self, digest):
        return f"{self.connection.settings_dict['NAME']}_tpl_{digest}"

    def template_exists(self, name):
        with self.connection._nodb_cursor() as cursor:
            cursor.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name])
            return cursor.fetchone() is not None

    @contextmanager
    def copying(self, name):
        """Django creates the test database ``WITH TEMPLATE`` the one in its TEST settings."""
        test_settings = self.connection.settings_dict["TEST"]
        test_settings["TEMPLATE"] = name
        try:
            yield
        finally:
            test_settings.pop("TEMPLATE")

    def save_template(self, name):
        # PostgreSQL copies a database nobody is connected to.
        test_name = self.connection.settings_dict["NAME"]
        self.connection.close()
        quote = self.connection.ops.quote_name
        with self.connection._nodb_cursor() as cursor:
            cursor.execute(f"CREATE DATABASE {quote(name)} TEMPLATE {quote(test_name)}")
