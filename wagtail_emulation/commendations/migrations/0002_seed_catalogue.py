"""Seed the catalogue of emulation titles and forms of commendation (see ``seed.py``)."""

from django.db import migrations


def seed(apps, schema_editor):
    from wagtail_emulation.commendations.seed import seed_catalogue

    seed_catalogue(apps.get_model("wagtail_emulation_commendations", "Award"))


class Migration(migrations.Migration):
    dependencies = [("wagtail_emulation_commendations", "0001_initial")]

    operations = [migrations.RunPython(seed, migrations.RunPython.noop)]
