import django.db.models.deletion
from django.db import migrations, models

import wagtail_emulation.site_search.fields


def keep_in_line_and_copy(apps, schema_editor):
    """PostgreSQL only: the copies stay in the row (``STORAGE MAIN``: moved out of line only
    when a row could not hold its vector) and are taken from the entries already indexed,
    so that no rebuild is needed. Other databases have no vectors."""
    if schema_editor.connection.vendor != "postgresql":
        return
    vectors = _table(apps, schema_editor, "RankingVector")
    entries = _table(apps, schema_editor, "SearchEntry")
    schema_editor.execute(f"ALTER TABLE {vectors} ALTER COLUMN vector SET STORAGE MAIN")
    schema_editor.execute(
        f"INSERT INTO {vectors} (entry_id, vector) SELECT page_id, vector FROM {entries} "
        "WHERE vector IS NOT NULL ORDER BY published_at DESC NULLS LAST, page_id DESC"
    )


def _table(apps, schema_editor, name):
    model = apps.get_model("wagtail_emulation_site_search", name)
    return schema_editor.quote_name(model._meta.db_table)


class Migration(migrations.Migration):
    dependencies = [("wagtail_emulation_site_search", "0003_small_rows")]

    operations = [
        migrations.CreateModel(
            name="RankingVector",
            fields=[
                (
                    "entry",
                    models.OneToOneField(
                        on_delete=django.db.models.deletion.CASCADE,
                        primary_key=True,
                        related_name="+",
                        serialize=False,
                        to="wagtail_emulation_site_search.searchentry",
                    ),
                ),
                ("vector", wagtail_emulation.site_search.fields.TermVectorField(editable=False, null=True)),
            ],
            options={
                "verbose_name": "ranking vector",
                "verbose_name_plural": "ranking vectors",
            },
        ),
        migrations.RunPython(keep_in_line_and_copy, migrations.RunPython.noop, elidable=False),
    ]
