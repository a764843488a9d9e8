from django.db.backends.sqlite3 import base, creation

from tests.databases.templates import SQLiteTemplateCreation


class DatabaseCreation(SQLiteTemplateCreation, creation.DatabaseCreation):
    pass


class DatabaseWrapper(base.DatabaseWrapper):
    creation_class = DatabaseCreation
