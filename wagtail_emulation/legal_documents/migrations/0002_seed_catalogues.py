"""Seed the catalogues editors then change: document types, issuing bodies, fields, relations.

Only entries missing by name are added, and unapplying removes nothing an editor may use.
"""

from django.db import migrations

from wagtail_emulation.legal_documents.seeds import seed_catalogues


def seed(apps, schema_editor):
    seed_catalogues(apps)


class Migration(migrations.Migration):
    dependencies = [("wagtail_emulation_legal_documents", "0001_initial")]

    operations = [migrations.RunPython(seed, migrations.RunPython.noop)]
