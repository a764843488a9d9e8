"""The report, its CSV/XLSX export and the dashboard panel, on questions with known figures."""

import csv
import io
from datetime import datetime, timedelta

import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse
from django.utils import timezone
from openpyxl import load_workbook

from wagtail_emulation.questions import statistics
from wagtail_emulation.questions.models import Question, QuestionStatus

pytestmark = pytest.mark.django_db
Status = QuestionStatus


def at(text):
    return timezone.make_aware(datetime.strptime(text, "%Y-%m-%d %H:%M"))


@pytest.fixture
def known(section, topics):
    """Six counted questions and one merged duplicate (not counted)."""
    civil, land = topics["Hộ tịch"], topics["Đất đai"]
    today = timezone.localdate()

    def make(topic, received, deadline, status=Status.RECEIVED, answered=None, days=None, **kw):
        return Question.receive(
            section=section,
            topic=topic,
            title=f"Câu hỏi nhận {received}",
            body="…",
            full_name="Phạm Văn Dũng",
            phone="0987 654 321",
            received_at=at(received),
            deadline=deadline,
            status=status,
            answered_at=at(answered) if answered else None,
            working_days_taken=days,
            **kw,
        )

    d = datetime.strptime
    make(
        civil,
        "2026-10-05 09:00",
        d("2026-10-19", "%Y-%m-%d").date(),
        Status.ANSWERED,
        "2026-10-12 15:00",
        5,
    )
    make(
        civil,
        "2026-10-06 10:00",
        d("2026-10-20", "%Y-%m-%d").date(),
        Status.ANSWERED,
        "2026-10-26 08:30",
        14,
    )
    make(civil, "2026-11-02 08:00", d("2026-11-16", "%Y-%m-%d").date())  # open, overdue
    original = make(
        land,
        "2026-11-03 14:00",
        d("2026-11-17", "%Y-%m-%d").date(),
        Status.ANSWERED,
        "2026-11-10 09:00",
        5,
    )
    make(land, "2026-11-20 09:00", today + timedelta(days=10), Status.IN_PROGRESS)
    make(
        land,
        "2026-11-21 09:00",
        today + timedelta(days=11),
        Status.REJECTED,
        rejection_reason="Khiếu nại",
    )
    make(
        land,
        "2026-11-04 09:00",
        d("2026-11-18", "%Y-%m-%d").date(),
        Status.MERGED,
        duplicate_of=original,
    )


def test_the_figures_per_subject_area_month_and_in_total(known):
    questions = Question.objects.all()
    assert statistics.totals(questions) == {
        "received": 6,
        "answered": 3,
        "overdue": 2,
        "average_working_days": 8.0,
    }
    by_topic = {row["label"]: row for row in statistics.grouped(questions, "topic")}
    assert by_topic["Hộ tịch"] == {
        "label": "Hộ tịch",
        "received": 3,
        "answered": 2,
        "overdue": 2,
        "average_working_days": 9.5,
    }
    assert by_topic["Đất đai"] == {
        "label": "Đất đai",
        "received": 3,
        "answered": 1,
        "overdue": 0,
        "average_working_days": 5.0,
    }
    by_month = [
        (row["label"], row["received"], row["answered"], row["overdue"])
        for row in statistics.grouped(questions, "month")
    ]
    assert by_month == [("10/2026", 2, 2, 1), ("11/2026", 4, 1, 1)]


@pytest.fixture
def editor(db):
    return get_user_model().objects.create_superuser("bientap", "bientap@example.vn", "x")


def test_the_report_and_its_exports_show_the_same_figures(client, known, editor):
    client.force_login(editor)
    url = reverse("wagtail_emulation_questions_statistics:index")
    page = client.get(url, {"by": "topic"})
    assert page.status_code == 200
    html = page.content.decode()
    assert "Hộ tịch" in html and "9,5" in html or "9.5" in html

    exported = client.get(url, {"by": "topic", "export": "csv"})
    text = b"".join(exported.streaming_content).decode("utf-8-sig")
    rows = list(csv.reader(io.StringIO(text)))
    assert rows[0] == [
        "Lĩnh vực",
        "Tiếp nhận",
        "Đã trả lời",
        "Quá hạn",
        "Số ngày làm việc trung bình",
    ]
    assert ["Đất đai", "3", "1", "0", "5.0"] in rows
    assert ["Hộ tịch", "3", "2", "2", "9.5"] in rows
    assert rows[-1] == ["Tổng", "6", "3", "2", "8.0"]

    workbook = client.get(url, {"by": "month", "export": "xlsx"})
    content = b"".join(workbook.streaming_content) if workbook.streaming else workbook.content
    sheet = load_workbook(io.BytesIO(content)).active
    values = [[cell.value for cell in row] for row in sheet.iter_rows()]
    assert values[1][:4] == ["10/2026", 2, 2, 1]
    assert values[-1][:5] == ["Tổng", 6, 3, 2, 8]


def test_the_dashboard_panel_counts_open_and_overdue_questions(client, known, editor):
    client.force_login(editor)
    html = client.get(reverse("wagtailadmin_home")).content.decode()
    assert "Hỏi đáp" in html
    assert "2 câu hỏi đang chờ trả lời" in html and "1 quá hạn" in html


def test_the_queue_filters_overdue_questions_and_marks_their_deadline(client, known, editor):
    client.force_login(editor)
    url = reverse("wagtail_emulation_questions:index")
    html = client.get(url, {"overdue": "true"}).content.decode()
    assert "Câu hỏi nhận 2026-11-02 08:00" in html
    assert "Câu hỏi nhận 2026-11-20 09:00" not in html
    assert "16/11/2026 (quá hạn)" in html
