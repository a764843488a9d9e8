"""Units and the calendar's exceptions move to the core, which every sub-app shares.

Rows are copied with their primary keys, so registrations and recipients keep pointing at
the same units; each unit's cluster becomes a ``ClusterMember``. Reversible.
"""

import django.db.models.deletion
import modelcluster.fields
from django.core.management.color import no_style
from django.db import migrations, models

from wagtail_emulation.locale_vi import vn_slugify


def reset_sequences(schema_editor, models_):
    connection = schema_editor.connection
    statements = connection.ops.sequence_reset_sql(no_style(), models_)
    with connection.cursor() as cursor:
        for statement in statements:
            cursor.execute(statement)


def copy_to_core(apps, schema_editor):
    OldUnit = apps.get_model("wagtail_emulation_commendations", "Unit")
    OldException = apps.get_model("wagtail_emulation_commendations", "CalendarException")
    ClusterMember = apps.get_model("wagtail_emulation_commendations", "ClusterMember")
    Unit = apps.get_model("wagtail_emulation", "Unit")
    CalendarException = apps.get_model("wagtail_emulation", "CalendarException")
    taken, units, members = set(), [], []
    for old in OldUnit.objects.order_by("pk"):
        base = vn_slugify(old.name)[:110] or "don-vi"
        slug, number = base, 1
        while slug in taken:
            number += 1
            slug = f"{base}-{number}"
        taken.add(slug)
        units.append(
            Unit(
                pk=old.pk,
                name=old.name,
                short_name=old.short_name,
                slug=slug,
                parent_id=old.parent_id,
                sort_order=old.sort_order,
            )
        )
        if old.cluster_id:
            members.append(ClusterMember(unit_id=old.pk, cluster_id=old.cluster_id))
    Unit.objects.bulk_create(units)
    ClusterMember.objects.bulk_create(members)
    CalendarException.objects.bulk_create(
        CalendarException(pk=old.pk, day=old.day, kind=old.kind, note=old.note)
        for old in OldException.objects.all()
    )
    reset_sequences(schema_editor, [Unit, CalendarException])


def copy_back(apps, schema_editor):
    OldUnit = apps.get_model("wagtail_emulation_commendations", "Unit")
    OldException = apps.get_model("wagtail_emulation_commendations", "CalendarException")
    ClusterMember = apps.get_model("wagtail_emulation_commendations", "ClusterMember")
    Unit = apps.get_model("wagtail_emulation", "Unit")
    CalendarException = apps.get_model("wagtail_emulation", "CalendarException")
    clusters = dict(ClusterMember.objects.values_list("unit_id", "cluster_id"))
    OldUnit.objects.bulk_create(
        OldUnit(
            pk=unit.pk,
            name=unit.name,
            short_name=unit.short_name,
            parent_id=unit.parent_id,
            cluster_id=clusters.get(unit.pk),
            sort_order=unit.sort_order,
        )
        for unit in Unit.objects.order_by("pk")
    )
    OldException.objects.bulk_create(
        OldException(pk=each.pk, day=each.day, kind=each.kind, note=each.note)
        for each in CalendarException.objects.all()
    )
    reset_sequences(schema_editor, [OldUnit, OldException])


class Migration(migrations.Migration):

    dependencies = [
        ('wagtail_emulation', '0003_unit_calendar_exception'),
        ('wagtail_emulation_commendations', '0004_notice_comments_off'),
    ]

    operations = [
        migrations.CreateModel(
            name='ClusterMember',
            fields=[
                ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('cluster', modelcluster.fields.ParentalKey(on_delete=django.db.models.deletion.CASCADE, related_name='members', to='wagtail_emulation_commendations.emulationcluster', verbose_name='emulation cluster or block')),
                ('unit', models.OneToOneField(on_delete=django.db.models.deletion.CASCADE, related_name='emulation_membership', to='wagtail_emulation.unit', verbose_name='unit')),
            ],
            options={
                'verbose_name': 'unit of a cluster',
                'verbose_name_plural': 'units of a cluster',
            },
        ),
        migrations.RunPython(copy_to_core, migrations.RunPython.noop),
        migrations.AlterField(
            model_name='registration',
            name='unit',
            field=models.ForeignKey(on_delete=django.db.models.deletion.PROTECT, related_name='registrations', to='wagtail_emulation.unit', verbose_name='unit'),
        ),
        migrations.AlterField(
            model_name='decisionrecipient',
            name='unit',
            field=models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='recipients', to='wagtail_emulation.unit', verbose_name='unit'),
        ),
        migrations.RunPython(migrations.RunPython.noop, copy_back),
        migrations.DeleteModel(
            name='CalendarException',
        ),
        migrations.DeleteModel(
            name='Unit',
        ),
    ]
