"""The notice's window counted in the core's working days: its deadline, status and the
council-meeting check."""

from datetime import date

import pytest
import time_machine
from django.core.exceptions import ValidationError

from wagtail_emulation.commendations.models import CandidateNoticePage


@pytest.fixture
def notice(home):
    return CandidateNoticePage(
        title="Công khai danh sách",
        receiving_unit="Văn phòng Sở",
        opens_on=date(2024, 2, 2),
        window_working_days=10,
    )


def test_notice_shows_its_deadline_and_status_over_time(home, notice):
    assert notice.closes_on == date(2024, 2, 23)
    assert notice.closes_on_text == "23/02/2024"
    with time_machine.travel(date(2024, 2, 1)):
        assert notice.status == "upcoming" and str(notice.status.label) == "Sắp mở"
    with time_machine.travel(date(2024, 2, 23)):
        assert notice.status == "open" and str(notice.status.label) == "Đang lấy ý kiến"
    with time_machine.travel(date(2024, 2, 24)):
        assert notice.status == "closed" and str(notice.status.label) == "Đã kết thúc"


def test_council_cannot_meet_before_the_window_closes(home, notice):
    notice.council_meeting_date = date(2024, 2, 23)
    with pytest.raises(ValidationError) as raised:
        notice.clean()
    message = raised.value.message_dict["council_meeting_date"][0]
    assert "10 ngày làm việc" in message
    assert "02/02/2024" in message and "23/02/2024" in message and "24/02/2024" in message
    notice.council_meeting_date = date(2024, 2, 26)
    notice.clean()
