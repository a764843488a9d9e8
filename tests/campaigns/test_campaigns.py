import json
import re
from datetime import date

import pytest
import time_machine
from django.core.exceptions import ValidationError
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import translation

from wagtail_emulation.campaigns.models import CampaignPage, CampaignRelation
from wagtail_emulation.campaigns.status import CampaignStatus

from .builders import campaign, campaign_index, exemplar, exemplar_index, moment, news, news_index

ANNIVERSARY = "/phong-trao-thi-dua/thi-dua-chao-mung-40-nam-thanh-lap-nganh-tu-phap-tinh/"


@pytest.mark.parametrize(
    ("today", "expected"),
    [
        (date(2023, 2, 13), CampaignStatus.UPCOMING),
        (date(2023, 2, 14), CampaignStatus.ONGOING),  # the first day counts
        (date(2023, 12, 31), CampaignStatus.ONGOING),  # and so does the last
        (date(2024, 1, 1), CampaignStatus.ENDED),
    ],
)
def test_status_follows_the_period(today, expected):
    assert CampaignStatus.for_period(date(2023, 2, 14), date(2023, 12, 31), today) == expected


def test_open_ended_campaign_never_ends():
    status = CampaignStatus.for_period(date(2021, 1, 1), None, date(2099, 1, 1))
    assert status == CampaignStatus.ONGOING


@time_machine.travel(moment(2024, 6, 1), tick=False)
def test_status_property_and_list_filter_agree(home):
    index = campaign_index(home)
    pages = {
        "past": campaign(index, "Đã qua", date(2023, 1, 1), date(2023, 12, 31)),
        "now": campaign(index, "Đang chạy", date(2024, 1, 1), date(2024, 12, 31)),
        "open": campaign(index, "Thường xuyên", date(2021, 1, 1)),
        "later": campaign(index, "Sắp tới", date(2025, 1, 1), date(2025, 6, 30)),
    }
    assert pages["past"].status == CampaignStatus.ENDED
    assert pages["now"].status == CampaignStatus.ONGOING
    assert pages["open"].status == CampaignStatus.ONGOING
    assert pages["later"].status == CampaignStatus.UPCOMING
    for status in CampaignStatus:
        listed = set(index.listed_pages().filter(status.q(date(2024, 6, 1))))
        assert listed == {page for page in pages.values() if page.status == status}


def test_end_must_be_after_start_with_a_vietnamese_message(home):
    index = campaign_index(home)
    page = CampaignPage(
        title="Sai ngày",
        theme="Chủ đề",
        launching_body="Sở Tư pháp",
        period_start=date(2023, 5, 25),
        period_end=date(2023, 5, 25),
    )
    page._cached_parent_obj = index  # as the admin's create view sets it
    with translation.override("vi"), pytest.raises(ValidationError) as caught:
        page.full_clean()
    assert caught.value.message_dict["period_end"] == ["Ngày kết thúc phải sau ngày bắt đầu."]


@pytest.mark.django_db  # a page looks up its content type when it is built
def test_milestone_dates_need_order_and_a_name():
    page = CampaignPage(
        title="Kỷ niệm",
        theme="Chủ đề",
        launching_body="Sở",
        period_start=date(2023, 1, 1),
        milestone_start=date(2023, 5, 25),
        milestone_date=date(1983, 5, 25),
    )
    with translation.override("vi"), pytest.raises(ValidationError) as caught:
        page.clean()
    assert caught.value.message_dict["milestone_date"] == [
        "Ngày diễn ra sự kiện không được trước mốc bắt đầu."
    ]
    assert caught.value.message_dict["milestone"] == [
        "Hãy nhập tên sự kiện tương ứng với các ngày này."
    ]


@pytest.mark.django_db
def test_related_campaign_needs_a_page_or_a_name():
    with translation.override("vi"), pytest.raises(ValidationError) as caught:
        CampaignRelation(name="  ").clean()
    assert caught.value.message_dict["name"] == [
        "Hãy chọn trang phong trào hoặc nhập tên phong trào."
    ]


def test_tasks_are_numbered_by_the_page_not_the_editor(client, demo):
    html = client.get(ANNIVERSARY).content.decode()
    ordinals = re.findall(r'campaign-task__ordinal">([^<]+)<', html)
    assert ordinals == ["Một là,", "Hai là,", "Ba là,", "Bốn là,", "Năm là,", "Sáu là,"]


def test_campaign_page_shows_its_call(client, demo):
    response = client.get(ANNIVERSARY)
    html = response.content.decode()
    assert response.status_code == 200
    assert "“Kỷ cương, trách nhiệm, đoàn kết, sáng tạo" in html
    assert "Kỷ niệm 40 năm thành lập Ngành Tư pháp tỉnh Điện Biên (25/5/1983 – 25/5/2023)" in html
    assert "Đã kết thúc" in html or "Đang diễn ra" in html or "Sắp diễn ra" in html
    assert "giai đoạn 2021–2025" in html  # the companion campaigns with their periods
    assert (
        'href="/phong-trao-thi-dua/toan-nganh-tu-phap-doan-ket-ky-cuong-trach-nhiem-2021-2025/"'
        in html
    )
    assert "Sơ kết" in html and "Tổng kết" in html  # review links, set by the demo
    # Its exemplar stories and its news, each linking back.
    assert "Gương điển hình tiên tiến của phong trào" in html
    assert "Tin tức về phong trào" in html
    story = client.get(
        "/guong-dien-hinh-tien-tien/cong-chuc-ho-tich-xa-vung-cao-so-hoa-tron-ven-so-goc/"
    )
    assert f'href="{ANNIVERSARY}"' in story.content.decode()


def test_structured_data_open_graph_and_breadcrumbs(client, demo):
    html = client.get(ANNIVERSARY).content.decode()
    data = json.loads(
        re.search(r'<script type="application/ld\+json">(.*?)</script>', html, re.S).group(1)
    )
    article, trail = data["@graph"]
    assert article["@type"] == "Article"
    assert article["headline"].startswith("Phát động phong trào thi đua")
    assert [item["name"] for item in trail["itemListElement"]][:2] == [
        "Trang chủ",
        "Phong trào thi đua",
    ]
    assert '<meta property="og:type" content="article">' in html
    index_html = client.get("/phong-trao-thi-dua/").content.decode()
    index_data = json.loads(
        re.search(r'<script type="application/ld\+json">(.*?)</script>', index_html, re.S).group(1)
    )
    assert index_data["@graph"][0]["@type"] == "CollectionPage"
    assert 'aria-label="Đường dẫn"' in html
    assert 'wagtail_emulation/content/print.css" media="print"' in html


@pytest.mark.parametrize(
    ("query", "titles"),
    [
        ("", ["45 năm", "2026–2030", "40 năm", "2021–2025"]),  # newest period first
        ("?status=ended", ["40 năm", "2021–2025"]),
        ("?status=upcoming", ["45 năm"]),
        ("?status=ongoing", ["2026–2030"]),
        ("?form=thematic", ["45 năm", "40 năm"]),
        ("?year=2023", ["40 năm", "2021–2025"]),
        ("?year=2027", ["45 năm", "2026–2030"]),
        ("?status=ended&form=regular", ["2021–2025"]),
    ],
)
@time_machine.travel(moment(2026, 11, 28), tick=False)
def test_index_filters(client, demo, query, titles):
    html = client.get("/phong-trao-thi-dua/" + query).content.decode()
    listed = re.findall(r'emulation-listing__title"><a href="[^"]+">([^<]+)<', html)
    assert len(listed) == len(titles)
    for title, fragment in zip(listed, titles, strict=True):
        assert fragment in title


def test_bad_filter_value_is_reported_and_ignored(client, demo):
    html = client.get("/phong-trao-thi-dua/?year=abc&form=regular").content.decode()
    assert "emulation-filters__error" in html
    assert html.count('class="emulation-listing__item"') == 2  # the valid filter still applies


def test_index_pagination_keeps_filters(client, home):
    index = campaign_index(home, per_page=2)
    for year in range(2020, 2025):
        campaign(index, f"Phong trào {year}", date(year, 1, 1), date(year, 12, 31))
    first = client.get(index.url + "?form=thematic").content.decode()
    assert first.count('class="emulation-listing__item"') == 2
    assert 'href="?form=thematic&amp;page=2"' in first
    last = client.get(index.url + "?form=thematic&page=3").content.decode()
    assert last.count('class="emulation-listing__item"') == 1
    assert "Phong trào 2020" in last
    beyond = client.get(index.url + "?page=99")
    assert beyond.status_code == 200  # the nearest page, not an error


def test_search_finds_a_campaign_by_its_theme(demo):
    results = CampaignPage.objects.live().search("Kỷ cương trách nhiệm đoàn kết sáng tạo")
    assert ANNIVERSARY.strip("/").split("/")[-1] in [page.slug for page in results]


def test_rendering_writes_nothing_and_sets_no_cookie(client, demo):
    urls = [
        "/phong-trao-thi-dua/",
        ANNIVERSARY,
        "/tin-tuc/",
        "/tin-tuc/tags/thi-dua/",
        "/tin-tuc/so-ket-6-thang-phong-trao-thi-dua-nam-2023/",
        "/guong-dien-hinh-tien-tien/",
        "/guong-dien-hinh-tien-tien/cong-chuc-ho-tich-xa-vung-cao-so-hoa-tron-ven-so-goc/",
    ]
    for url in urls:
        client.get(url)  # warm caches (site root paths) the first request may fill
        with CaptureQueriesContext(connection) as queries:
            response = client.get(url)
        assert response.status_code == 200
        # Cache-first: nothing per reader in the response either.
        assert not response.cookies, url
        assert "Cookie" not in response.get("Vary", ""), url
        writes = [
            query["sql"]
            for query in queries.captured_queries
            if query["sql"].lstrip().upper().startswith(("INSERT", "UPDATE", "DELETE"))
        ]
        assert writes == [], url


def test_campaign_lists_only_live_linked_pages(client, home):
    campaigns = campaign_index(home)
    call = campaign(campaigns, "Phong trào A", date(2023, 1, 1), date(2023, 12, 31))
    newsroom = news_index(home)
    news(newsroom, "Tin đã đăng", moment(2023, 3, 1), campaign=call)
    draft = news(newsroom, "Tin nháp", moment(2023, 4, 1), campaign=call)
    draft.unpublish()
    stories = exemplar_index(home)
    exemplar(stories, "Gương A", campaign=call)
    html = client.get(call.url).content.decode()
    assert "Tin đã đăng" in html and "Gương A" in html
    assert "Tin nháp" not in html


def test_admin_edit_views_render_in_tabs(admin_client, demo):
    call = CampaignPage.objects.get(slug=ANNIVERSARY.strip("/").split("/")[-1])
    for page in (call, call.get_parent()):
        response = admin_client.get(f"/admin/pages/{page.pk}/edit/")
        assert response.status_code == 200
        assert 'role="tablist"' in response.content.decode()


@time_machine.travel(moment(2026, 11, 28), tick=False)
def test_home_shows_the_latest_of_each_section(client, demo):
    html = client.get("/").content.decode()
    assert "Đang diễn ra · giai đoạn 2026–2030" in html  # campaign with its status
    assert "Thứ Ba, 10/3/2026 09:00" in html  # newest news with its date line
    assert "Nhân rộng (2025)" in html  # exemplar with its stage
