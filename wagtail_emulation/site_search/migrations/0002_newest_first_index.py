from django.db import migrations

NEWEST_INDEX = "emulation_search_newest"


def add_newest_index(apps, schema_editor):
    """PostgreSQL only: entries newest first, in the order a relevance search takes its
    candidates from (``published_at DESC NULLS LAST, page_id DESC``), so that a broad query
    walks the newest pages and stops after the first matches instead of reading every match
    (see ``candidates.py``). The ascending ``published_at`` index cannot give that order in
    PostgreSQL (read backwards it puts the NULLs first). SQLite reads that index backwards
    with its NULLs last already, and matches every row anyway; other databases do without."""
    if schema_editor.connection.vendor != "postgresql":
        return
    schema_editor.execute(
        f"CREATE INDEX IF NOT EXISTS {NEWEST_INDEX} ON {_table(apps, schema_editor)} "
        "(published_at DESC NULLS LAST, page_id DESC)"
    )


def drop_newest_index(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    schema_editor.execute(f"DROP INDEX IF EXISTS {NEWEST_INDEX}")


def _table(apps, schema_editor):
    model = apps.get_model("wagtail_emulation_site_search", "SearchEntry")
    return schema_editor.quote_name(model._meta.db_table)


class Migration(migrations.Migration):
    dependencies = [("wagtail_emulation_site_search", "0001_initial")]

    operations = [migrations.RunPython(add_newest_index, drop_newest_index, elidable=False)]
