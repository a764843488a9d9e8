"""The move of units and days off from commendations to the core loses no row, forward and
back: registrations keep their unit, units their parent and cluster."""

from datetime import date

import pytest
from django.db import connection
from django.db.migrations.executor import MigrationExecutor

BEFORE = [
    ("wagtail_emulation_commendations", "0004_notice_comments_off"),
    ("wagtail_emulation", "0002_portal_agency"),
]
AFTER = [("wagtail_emulation_commendations", "0005_units_and_calendar_to_core")]


def migrate(targets):
    executor = MigrationExecutor(connection)
    executor.loader.build_graph()
    executor.migrate(targets)
    return executor.loader.project_state(targets).apps


@pytest.fixture
def old_state(transactional_db):
    apps = migrate(BEFORE)
    yield apps
    migrate(MigrationExecutor(connection).loader.graph.leaf_nodes())


def make_old_rows(apps):
    Unit = apps.get_model("wagtail_emulation_commendations", "Unit")
    Cluster = apps.get_model("wagtail_emulation_commendations", "EmulationCluster")
    Award = apps.get_model("wagtail_emulation_commendations", "Award")
    Round = apps.get_model("wagtail_emulation_commendations", "RegistrationRound")
    Registration = apps.get_model("wagtail_emulation_commendations", "Registration")
    Exception_ = apps.get_model("wagtail_emulation_commendations", "CalendarException")
    cluster = Cluster.objects.create(name="Cụm các phòng thuộc Sở")
    department = Unit.objects.create(name="Sở Tư pháp", sort_order=1)
    office = Unit.objects.create(
        name="Văn phòng Sở", short_name="VP", parent=department, cluster=cluster, sort_order=5
    )
    namesake = Unit.objects.create(name="Văn phòng Sở", parent=department)
    emulation_round = Round.objects.create(title="Năm 2024", year=2024, deadline=date(2024, 3, 1))
    award = Award.objects.create(name="Lao động tiên tiến (thử)")
    Registration.objects.create(round=emulation_round, unit=office, award=award, count=7)
    Exception_.objects.create(day=date(2024, 1, 8), kind="day_off", note="Nghỉ bù")
    return department, office, namesake, cluster


def test_units_clusters_and_days_off_survive_the_move_and_the_way_back(old_state):
    department, office, namesake, cluster = make_old_rows(old_state)

    apps = migrate(AFTER)
    Unit = apps.get_model("wagtail_emulation", "Unit")
    moved = Unit.objects.get(pk=office.pk)
    assert (moved.name, moved.short_name, moved.parent_id, moved.sort_order) == (
        "Văn phòng Sở",
        "VP",
        department.pk,
        5,
    )
    assert moved.is_current and moved.slug == "van-phong-so"
    assert Unit.objects.get(pk=namesake.pk).slug == "van-phong-so-2"
    member = apps.get_model("wagtail_emulation_commendations", "ClusterMember").objects.get()
    assert (member.unit_id, member.cluster_id) == (office.pk, cluster.pk)
    registration = apps.get_model("wagtail_emulation_commendations", "Registration").objects.get()
    assert registration.unit_id == office.pk and registration.count == 7
    day_off = apps.get_model("wagtail_emulation", "CalendarException").objects.get()
    assert (day_off.day, day_off.kind, day_off.note) == (date(2024, 1, 8), "day_off", "Nghỉ bù")
    # New units take fresh keys after the copied ones.
    assert Unit.objects.create(name="Thanh tra Sở", slug="thanh-tra-so").pk > namesake.pk

    apps = migrate(BEFORE)
    OldUnit = apps.get_model("wagtail_emulation_commendations", "Unit")
    back = OldUnit.objects.get(pk=office.pk)
    assert (back.parent_id, back.cluster_id, back.short_name) == (department.pk, cluster.pk, "VP")
    assert OldUnit.objects.count() == 4
    registration = apps.get_model("wagtail_emulation_commendations", "Registration").objects.get()
    assert registration.unit_id == office.pk
