"""The "Đánh giá" report, its menu entry and the editor panel."""

import csv
import io
from datetime import timedelta

import lxml.html
import pytest
from django.contrib.auth import get_user_model
from django.test import RequestFactory
from django.urls import reverse
from django.utils import timezone

from tests.testapp.models import HostPage
from wagtail_emulation.ratings.models import Rating
from wagtail_emulation.ratings.panels import RatingSummaryPanel

from .helpers import add_page, post_json

REPORT = reverse("wagtail_emulation_ratings:report")


@pytest.fixture
def rated_pages(rated_page, site, browser_client):
    other = add_page(site.root_page, "Tiếp công dân", "tiep-cong-dan")
    for number, score in enumerate([5, 4, 4]):
        post_json(browser_client(user_agent=f"Browser {number}"), rated_page, score)
    post_json(browser_client(user_agent="Browser 9"), other, 2)
    return rated_page, other


def test_report_lists_pages_by_average(editor, rated_pages):
    rated, other = rated_pages

    html = editor.get(REPORT).content.decode()

    assert "Đánh giá" in html
    # The report's rows, in order (the admin menu may name a page's title too).
    rows = [
        " ".join(row.text_content().split())
        for row in lxml.html.fromstring(html).xpath("//main//tbody/tr")
    ]
    titles = [title for row in rows for title in (rated.title, other.title) if title in row]
    assert titles == [rated.title, other.title]
    assert "4,3" in html and "2,0" in html


def test_report_results_fragment_for_filtering_in_place(editor, rated_pages):
    response = editor.get(reverse("wagtail_emulation_ratings:report_results"))

    assert response.status_code == 200
    assert rated_pages[0].title in response.content.decode()


def test_report_date_range_counts_only_votes_in_it(editor, rated_pages):
    rated, other = rated_pages
    long_ago = timezone.now() - timedelta(days=400)
    Rating.objects.filter(page=rated, score=5).update(voted_at=long_ago)
    Rating.objects.filter(page=other).update(voted_at=long_ago)
    today = timezone.localdate()

    response = editor.get(
        REPORT,
        {"voted_at_from": (today - timedelta(days=30)).isoformat(), "export": "csv"},
    )

    rows = _csv(response)
    assert rows[0][:4] == ["Trang", "Loại trang", "Lượt đánh giá", "Trung bình"]
    assert rows[1:] == [[rated.title, "Trang của đơn vị", "2", "4.00", "0", "2", "0", "0", "0"]]


def test_report_page_type_filter(editor, rated_pages, site):
    from django.contrib.contenttypes.models import ContentType

    from example_site.portal.models import HomePage

    standard = ContentType.objects.get_for_model(HostPage)
    home = ContentType.objects.get_for_model(HomePage)

    assert len(_csv_rows(editor, {"content_type": standard.pk})) == 2
    assert _csv_rows(editor, {"content_type": home.pk}) == []


def _csv(response):
    text = b"".join(response.streaming_content).decode("utf-8-sig")
    return list(csv.reader(io.StringIO(text)))


def _csv_rows(client, params):
    return _csv(client.get(REPORT, {**params, "export": "csv"}))[1:]


def test_report_exports_xlsx(editor, rated_pages):
    response = editor.get(REPORT, {"export": "xlsx"})

    assert response.status_code == 200
    assert response["Content-Type"].startswith(
        "application/vnd.openxmlformats-officedocument.spreadsheetml"
    )


def test_report_is_in_the_reports_menu(editor):
    html = editor.get(reverse("wagtailadmin_home")).content.decode()

    assert REPORT in html


def test_report_needs_page_permissions(client, db, rated_page):
    nobody = get_user_model().objects.create_user("reader", "reader@example.com", "pw")
    client.force_login(nobody)

    assert client.get(REPORT).status_code in (302, 403)


def test_editor_panel_shows_count_average_and_histogram(rated_pages, editor):
    rated, _other = rated_pages
    request = RequestFactory().get("/admin/")
    request.user = get_user_model().objects.get(username="editor")
    panel = RatingSummaryPanel().bind_to_model(HostPage)

    html = panel.get_bound_panel(instance=rated, request=request, form=None).render_html()

    assert "3 lượt đánh giá" in html
    assert "trung bình 4,3 trên 5 sao" in html
    assert '<meter min="0" max="100" value="67">' in html  # 2 of 3 votes gave 4 stars
    assert html.count("<tr>") == 6  # a heading row and one per number of stars


def test_editor_panel_for_a_page_without_votes(rated_page):
    panel = RatingSummaryPanel().bind_to_model(HostPage)

    html = panel.get_bound_panel(instance=rated_page, request=None, form=None).render_html()

    assert "Chưa có lượt đánh giá nào." in html


def test_site_setting_lists_page_types_as_checkboxes(editor, site):
    url = reverse(
        "wagtailsettings:edit", args=["wagtail_emulation_ratings", "ratingsettings", site.pk]
    )

    response = editor.get(url)
    html = response.content.decode()

    assert response.status_code == 200
    assert 'type="checkbox" name="off_page_types" value="testapp.hostpage"' in html
    assert "Loại trang không có đánh giá sao" in html


def test_csv_export_starts_with_a_bom_so_excel_reads_vietnamese(editor, rated_pages):
    response = editor.get(REPORT, {"export": "csv"})

    body = b"".join(response.streaming_content)
    assert body.startswith(b"\xef\xbb\xbf" + "Trang,Loại trang".encode())
    assert response["Content-Type"] == "text/csv; charset=utf-8"
