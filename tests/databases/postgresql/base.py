from django.db.backends.postgresql import base, creation

from tests.databases.templates import PostgreSQLTemplateCreation


class DatabaseCreation(PostgreSQLTemplateCreation, creation.DatabaseCreation):
    pass


class DatabaseWrapper(base.DatabaseWrapper):
    creation_class = DatabaseCreation
