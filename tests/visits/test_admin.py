"""Admin: the dashboard chart, the most viewed pages report with export, per-page figures."""

import re
from datetime import timedelta

import pytest
from django.utils import timezone
from wagtail.models import Page

from wagtail_emulation.visits.chart import build_chart, nice_ceiling
from wagtail_emulation.visits.figures import DayFigures
from wagtail_emulation.visits.models import PageViewDaily, SiteVisitDaily
from wagtail_emulation.visits.panels import PageVisitsPanel


@pytest.fixture
def editor(client, django_user_model):
    user = django_user_model.objects.create_superuser("editor", "editor@example.com", "pw")
    client.force_login(user)
    return client


@pytest.fixture
def pages(site, page):
    today = timezone.localdate()
    children = []
    for number, views in enumerate((30, 300, 3)):
        child = Page(title=f"Bài {number}", slug=f"bai-{number}")
        page.add_child(instance=child)
        PageViewDaily.objects.create(site=site, page=child, date=today, views=views)
        children.append(child)
    PageViewDaily.objects.create(
        site=site, page=children[2], date=today - timedelta(days=90), views=1000
    )
    SiteVisitDaily.objects.create(site=site, date=today, views=333, visits=120, visitors=100)
    return children


def test_dashboard_panel_has_a_chart_today_and_a_table(editor, pages):
    html = editor.get("/admin/").content.decode()
    panel = html[html.index('id="visit-statistics-content"') :]
    assert '<svg class="emulation-chart__svg"' in panel and 'role="img"' in panel
    assert panel.count('class="emulation-chart__bar"') == 30
    assert panel.count('class="emulation-chart__marker"') == 30
    # Coordinates are SVG numbers even with Vietnamese active (no decimal comma).
    assert re.search(r'class="emulation-chart__bar" x="\d+\.\d" y="\d+\.\d"', panel)
    assert not re.search(r'(?:x|y|width|height)="\d+,\d+"', panel)
    assert "<table" in panel and "<caption" in panel
    assert re.search(r"<dd>120</dd>", panel)  # visits today
    assert "/static/wagtail_emulation/visits/admin.css" in html


def test_report_ranks_pages_over_the_chosen_range(editor, pages):
    html = editor.get("/admin/visits/top-pages/").content.decode()
    titles = re.findall(r"Bài \d", html)
    assert titles[:3] == ["Bài 1", "Bài 0", "Bài 2"]
    old = (timezone.localdate() - timedelta(days=90)).isoformat()
    html = editor.get(f"/admin/visits/top-pages/?date_from={old}&date_to={old}").content.decode()
    assert re.findall(r"Bài \d", html)[:1] == ["Bài 2"] and "Bài 1" not in html


def test_report_exports_csv_and_xlsx(editor, pages):
    csv = editor.get("/admin/visits/top-pages/?export=csv")
    assert csv.status_code == 200
    lines = b"".join(csv.streaming_content).decode().strip().splitlines()
    assert lines[1].startswith("Bài 1,") and lines[1].endswith(",300")
    xlsx = editor.get("/admin/visits/top-pages/?export=xlsx")
    assert xlsx["Content-Type"].startswith("application/vnd.openxmlformats")


def test_report_is_in_the_reports_menu(editor, pages):
    assert "/admin/visits/top-pages/" in editor.get("/admin/").content.decode()


def test_page_statistics_are_linked_from_the_editor(editor, pages):
    page = pages[1]
    edit = editor.get(f"/admin/pages/{page.pk}/edit/").content.decode()
    assert f"/admin/visits/page/{page.pk}/" in edit
    html = editor.get(f"/admin/visits/page/{page.pk}/").content.decode()
    assert "300" in html and "<table" in html


def test_page_visits_panel_renders_in_an_edit_form(rf, pages, django_user_model):
    page = pages[2]
    panel = PageVisitsPanel().bind_to_model(Page)
    request = rf.get("/")
    request.user = django_user_model(is_superuser=True)
    html = panel.get_bound_panel(instance=page, request=request, form=None).render_html()
    assert "1.003" in html  # 3 today + 1.000 ninety days ago


def test_chart_scale_and_geometry():
    # The axis top divides into four round ticks.
    assert [nice_ceiling(value) for value in (0, 3, 9, 41, 999, 1234)] == [4, 4, 20, 80, 2000, 2000]
    today = timezone.localdate()
    days = [DayFigures(date=today - timedelta(days=n), views=n * 10, visits=n) for n in range(3)]
    chart = build_chart(days[::-1])
    assert len(chart.bars) == 3 and len(chart.line.split()) == 3
    assert chart.y_ticks[0]["text"] == "0" and chart.y_ticks[-1]["text"] == "20"
    tallest = max(chart.bars, key=lambda bar: float(bar["height"]))
    assert tallest is chart.bars[0]  # the oldest day had the most visits


def test_page_statistics_need_permission_to_edit_the_page(client, django_user_model, pages):
    from django.contrib.auth.models import Permission

    user = django_user_model.objects.create_user("reader", "reader@example.com", "pw")
    user.user_permissions.add(Permission.objects.get(codename="access_admin"))
    client.force_login(user)
    response = client.get(f"/admin/visits/page/{pages[0].pk}/")
    assert response.status_code == 302 and "300" not in response.content.decode()
