import datetime

import pytest
from django.utils import timezone

from wagtail_emulation.work_schedule.models import ScheduleItem, WorkSchedulePage


@pytest.fixture
def home(db):
    """Only the portal's frame: the full demo is slow."""
    from example_site.portal.demo import site

    home, _ = site.ensure_home()
    return home


@pytest.fixture
def schedule_page(home):
    page = WorkSchedulePage(title="Lịch công tác", slug="lich-cong-tac")
    home.add_child(instance=page)
    page.save_revision().publish()
    return page


@pytest.fixture
def monday():
    today = timezone.localdate()
    return today - datetime.timedelta(days=today.weekday())


def add_item(day, content, hour=8, **fields):
    fields.setdefault("chaired_by", "Giám đốc Nguyễn Văn Minh")
    return ScheduleItem.objects.create(
        date=day, start_time=datetime.time(hour, 0), content=content, **fields
    )
