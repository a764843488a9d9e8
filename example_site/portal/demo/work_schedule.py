"""The leaders' work schedule for this week and next week, dated from the real today so the
demo stays current. Leaders are named as text, as the schedule names them (the schedule does
not depend on the agency sub-app); units come from the core's organisation tree. Every item
is invented."""

import datetime

from django.utils import timezone

from wagtail_emulation.organisation import Unit
from wagtail_emulation.work_schedule.models import ScheduleItem, WorkSchedulePage

from .utils import ensure_child, paragraphs

DIRECTOR = "Giám đốc Sở Nguyễn Văn Minh (minh họa)"
DEPUTY_1 = "Phó Giám đốc Sở Lò Thị Hạnh (minh họa)"
DEPUTY_2 = "Phó Giám đốc Sở Trần Quốc Bảo (minh họa)"
DEPUTY_3 = "Phó Giám đốc Sở Vàng A Sùng (minh họa)"

# (week 0 = this week / 1 = next, weekday 0 = Monday, start, end or None, content, place,
#  chair, attendees, preparing unit's short name or "", private)
ITEMS = [
    (0, 0, "07:30", "09:00", "Giao ban lãnh đạo Sở đầu tuần", "Phòng họp số 1", DIRECTOR,
     "Các Phó Giám đốc Sở; Chánh Văn phòng", "Văn phòng", False),
    (0, 0, "14:00", None, "Làm việc với Phòng Hành chính tư pháp về đăng ký hộ tịch trực tuyến",
     "Phòng họp số 2", DEPUTY_1, "Lãnh đạo, chuyên viên Phòng Hành chính tư pháp", "Phòng HCTP",
     False),
    (0, 1, "08:00", "11:30", "Tiếp công dân định kỳ", "Trụ sở tiếp công dân của Sở", DIRECTOR,
     "Chánh Thanh tra Sở", "Thanh tra", False),
    (0, 1, "14:00", None, "Thẩm định dự thảo quyết định của Ủy ban nhân dân tỉnh về quản lý cụm "
     "công nghiệp", "Phòng họp số 1", DEPUTY_2, "Phòng Xây dựng và Kiểm tra văn bản; đại diện "
     "Sở Công Thương", "Phòng XD&KTVB", False),
    (0, 2, "08:00", None, "Dự phiên họp thường kỳ của Ủy ban nhân dân tỉnh",
     "Hội trường Ủy ban nhân dân tỉnh", DIRECTOR, "", "Văn phòng", False),
    (0, 2, "08:30", None, "Kiểm tra công tác trợ giúp pháp lý tại xã vùng cao",
     "Chi nhánh Trợ giúp pháp lý số 1", DEPUTY_3, "Giám đốc Trung tâm Trợ giúp pháp lý",
     "Trung tâm TGPL", False),
    (0, 3, "09:00", None, "Khám sức khỏe định kỳ", "", DIRECTOR, "", "", True),
    (0, 3, "14:00", "16:30", "Hội nghị tập huấn nghiệp vụ hòa giải ở cơ sở",
     "Hội trường Sở Tư pháp", DEPUTY_1, "Hòa giải viên các xã, phường", "Phòng PBGDPL", False),
    (0, 4, "08:00", None, "Họp Hội đồng phối hợp phổ biến, giáo dục pháp luật tỉnh",
     "Phòng họp số 1", DIRECTOR, "Thành viên Hội đồng", "Phòng PBGDPL", False),
    (0, 4, "15:00", None, "Trực lãnh đạo cơ quan", "Trụ sở Sở", DEPUTY_2, "", "", False),
    (1, 0, "07:30", "09:00", "Giao ban lãnh đạo Sở đầu tuần", "Phòng họp số 1", DIRECTOR,
     "Các Phó Giám đốc Sở; Chánh Văn phòng", "Văn phòng", False),
    (1, 1, "08:00", None, "Làm việc với Phòng Công chứng số 1 về công chứng điện tử",
     "Phòng Công chứng số 1", DEPUTY_2, "Trưởng phòng Công chứng số 1", "PCC số 1", False),
    (1, 2, "14:00", None, "Họp xét thi đua, khen thưởng cuối năm của Sở", "Phòng họp số 1",
     DIRECTOR, "Hội đồng Thi đua - Khen thưởng Sở", "Văn phòng", False),
    (1, 3, "08:00", "11:00", "Tiếp công dân định kỳ", "Trụ sở tiếp công dân của Sở", DEPUTY_1,
     "Thanh tra Sở", "Thanh tra", False),
    (1, 4, "08:30", None, "Hội nghị tổng kết công tác tư pháp năm và triển khai nhiệm vụ năm "
     "tới", "Hội trường Sở Tư pháp", DIRECTOR, "Toàn thể công chức, viên chức, người lao động",
     "Văn phòng", False),
]  # fmt: skip

# The item editors moved after publishing it: the demo shows the "Điều chỉnh" mark.
ADJUSTED = (0, 3, "14:00")
ADJUSTED_TO = "Phòng họp số 2 (đổi địa điểm)"


def _time(text):
    return datetime.time(*map(int, text.split(":")))


def build_items(today):
    monday = today - datetime.timedelta(days=today.weekday())
    units = {unit.short_name: unit for unit in Unit.objects.current().exclude(short_name="")}
    for week, weekday, start, end, content, place, chair, attendees, unit, private in ITEMS:
        day = monday + datetime.timedelta(weeks=week, days=weekday)
        item, created = ScheduleItem.objects.get_or_create(
            date=day,
            start_time=_time(start),
            chaired_by=chair,
            defaults={
                "end_time": _time(end) if end else None,
                "content": content,
                "place": place,
                "attendees": attendees,
                "preparing_unit": units.get(unit),
                "is_private": private,
            },
        )
        if created and (week, weekday, start) == ADJUSTED:
            # Published three days before, then moved to another room this morning.
            ScheduleItem.objects.filter(pk=item.pk).update(
                first_published_at=timezone.now() - datetime.timedelta(days=3)
            )
            item.refresh_from_db()
            item.place = ADJUSTED_TO
            item.save()


def build(home):
    about = home.get_children().filter(slug="gioi-thieu").first()
    parent = about.specific if about else home
    ensure_child(
        parent,
        WorkSchedulePage,
        "lich-cong-tac",
        title="Lịch công tác",
        intro=paragraphs(
            "Lịch công tác tuần của lãnh đạo Sở Tư pháp. Lịch có thể thay đổi; nội dung "
            "điều chỉnh sau khi công bố được ghi rõ thời điểm điều chỉnh."
        ),
    )
    build_items(timezone.localdate())
