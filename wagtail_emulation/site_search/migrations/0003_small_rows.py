from django.db import migrations

#: Bytes above which PostgreSQL moves a row's long values (the page's text, the term vector)
#: out of line: its minimum, so the table's rows keep only the short columns.
TOAST_TUPLE_TARGET = 128


def set_target(apps, schema_editor, target=TOAST_TUPLE_TARGET):
    """PostgreSQL only: small rows (about 100 bytes instead of 1.4 KB at 100,000 news pages,
    where the table shrinks from 137 to 12 MB), since a search reads the rows of every match
    of a middling query to choose its newest candidates (``candidates.py``) and needs their
    page's text and vector only for the few it shows or ranks. Rows written from now on
    take it; ``rebuild_site_search`` rewrites them all (or ``VACUUM FULL`` the table)."""
    if schema_editor.connection.vendor != "postgresql":
        return
    table = _table(apps, schema_editor)
    if target is None:
        schema_editor.execute(f"ALTER TABLE {table} RESET (toast_tuple_target)")
    else:
        schema_editor.execute(f"ALTER TABLE {table} SET (toast_tuple_target = {target})")


def reset_target(apps, schema_editor):
    set_target(apps, schema_editor, None)


def _table(apps, schema_editor):
    model = apps.get_model("wagtail_emulation_site_search", "SearchEntry")
    return schema_editor.quote_name(model._meta.db_table)


class Migration(migrations.Migration):
    dependencies = [("wagtail_emulation_site_search", "0002_newest_first_index")]

    operations = [migrations.RunPython(set_target, reset_target, elidable=False)]
