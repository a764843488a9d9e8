"""Editors build the section in the admin: every page type's forms, in tabs, in Vietnamese."""

import datetime
import re

import pytest
from wagtail.models import Page
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from wagtail_emulation.campaigns.models import CampaignIndexPage, CampaignPage

PAGE_TYPES = [
    ("wagtail_emulation_campaigns", "campaignindexpage", None),
    ("wagtail_emulation_news", "newsindexpage", None),
    ("wagtail_emulation_exemplars", "exemplarindexpage", None),
    ("wagtail_emulation_campaigns", "campaignpage", CampaignIndexPage),
    ("wagtail_emulation_news", "newspage", "wagtail_emulation_news.NewsIndexPage"),
    (
        "wagtail_emulation_exemplars",
        "exemplarstorypage",
        "wagtail_emulation_exemplars.ExemplarIndexPage",
    ),
]


def _parent(home, parent):
    if parent is None:
        return home
    if isinstance(parent, str):
        from django.apps import apps

        return apps.get_model(parent).objects.first()
    return parent.objects.first()


@pytest.mark.parametrize(("app", "model", "parent"), PAGE_TYPES, ids=[t[1] for t in PAGE_TYPES])
def test_add_form_renders_in_tabs(admin_client, home, app, model, parent):
    parent_page = _parent(home, parent)
    response = admin_client.get(f"/admin/pages/add/{app}/{model}/{parent_page.pk}/")
    assert response.status_code == 200
    html = response.content.decode()
    assert 'role="tablist"' in html
    assert "Cài đặt" in html  # the settings tab, in the editor's Vietnamese


def test_campaign_form_speaks_the_field_s_language(admin_client, home):
    index = CampaignIndexPage.objects.first()
    html = admin_client.get(
        f"/admin/pages/add/wagtail_emulation_campaigns/campaignpage/{index.pk}/"
    ).content.decode()
    for text in (
        "Chủ đề (khẩu hiệu) thi đua đúng như khi phát động",
        "Nhiệm vụ và tiêu chí",
        "Hình thức khen thưởng dự kiến",
        "Theo đợt (trước năm 2024)",
        "Cho phép",  # the rating/comment switches are in the form too
    ):
        assert text in html, text


def test_campaign_with_end_before_start_is_refused_in_vietnamese(admin_client, home):
    index = CampaignIndexPage.objects.first()
    data = nested_form_data(
        {
            "title": "Phong trào thử",
            "slug": "phong-trao-thu",
            "theme": "Chủ đề thử",
            "campaign_form": "thematic",
            "launching_body": "Sở Tư pháp",
            "period_start": "25/05/2023",
            "period_end": "01/05/2023",
            "introduction": rich_text(""),
            "purposes": rich_text(""),
            "tasks_intro": rich_text(""),
            "tasks": streamfield([("task", {"text": "Nhiệm vụ một"})]),
            "criteria": rich_text(""),
            "commendation_forms": rich_text(""),
            "closing": rich_text(""),
            "related_campaigns": inline_formset([]),
            "per_page": "10",
            "ratings_enabled": "on",
            "comments_enabled": "on",
        }
    )
    response = admin_client.post(
        f"/admin/pages/add/wagtail_emulation_campaigns/campaignpage/{index.pk}/", data
    )
    assert response.status_code == 200
    assert "Ngày kết thúc phải sau ngày bắt đầu." in response.content.decode()
    assert not CampaignPage.objects.filter(slug="phong-trao-thu").exists()
    assert Page.objects.filter(slug="phong-trao-thu").count() == 0


@pytest.mark.parametrize(
    ("app", "model", "parent", "fields"),
    [
        (
            "wagtail_emulation_campaigns",
            "campaignpage",
            CampaignIndexPage,
            {
                "theme": "Chủ đề",
                "campaign_form": "thematic",
                "launching_body": "Sở",
                "period_start": "01/01/2027",
                "tasks": streamfield([("task", {"text": "Một việc"})]),
                "related_campaigns": inline_formset(
                    [{"name": "Phong trào khác", "period_label": ""}]
                ),
            },
        ),
        (
            "wagtail_emulation_news",
            "newspage",
            "wagtail_emulation_news.NewsIndexPage",
            {
                "lead": "Sapo",
                "body": streamfield([]),
                "tags": "Thi đua",
                "related_picks": inline_formset([]),
            },
        ),
    ],
    ids=["campaign", "news"],
)
def test_preview_of_a_new_page(admin_client, home, app, model, parent, fields):
    parent_page = _parent(home, parent)
    url = f"/admin/pages/add/{app}/{model}/{parent_page.pk}/preview/"
    data = nested_form_data({"title": "Bản xem trước", "slug": "ban-xem-truoc", **fields})
    posted = admin_client.post(url, data)
    assert posted.json()["is_valid"], posted.json()
    response = admin_client.get(url)
    assert response.status_code == 200
    assert "Bản xem trước" in response.content.decode()


def test_form_of_campaign_is_labelled_as_the_law_names_it(admin_client, home):
    index = CampaignIndexPage.objects.first()
    html = admin_client.get(
        f"/admin/pages/add/wagtail_emulation_campaigns/campaignpage/{index.pk}/"
    ).content.decode()
    label = re.search(r'<label[^>]*for="id_campaign_form"[^>]*>(.*?)</label>', html, re.S)
    assert re.sub(r"<[^>]+>", "", label.group(1)).strip().rstrip("*") == "Hình thức thi đua"


def _campaign_data(tasks, **fields):
    return nested_form_data(
        {
            "title": "Phong trào có nhiệm vụ",
            "slug": "phong-trao-co-nhiem-vu",
            "theme": "Chủ đề",
            "campaign_form": "thematic",
            "launching_body": "Sở Tư pháp",
            "period_start": "01/01/2027",
            "introduction": rich_text(""),
            "purposes": rich_text(""),
            "tasks_intro": rich_text(""),
            "tasks": streamfield([("task", {"text": text}) for text in tasks]),
            "criteria": rich_text(""),
            "commendation_forms": rich_text(""),
            "closing": rich_text(""),
            "related_campaigns": inline_formset([]),
            "per_page": "10",
            **fields,
        }
    )


def test_an_ordinal_typed_before_a_task_is_removed(admin_client, client, home):
    index = CampaignIndexPage.objects.first()
    tasks = [
        "Một là, tăng cường công tác tuyên truyền.",
        "hai là: đẩy mạnh cải cách hành chính.",
        "Ba là – nâng cao chất lượng tham mưu.",
        "Thực hiện tốt công tác khen thưởng.",
    ]
    response = admin_client.post(
        f"/admin/pages/add/wagtail_emulation_campaigns/campaignpage/{index.pk}/",
        _campaign_data(tasks, **{"action-publish": "action-publish"}),
    )
    assert response.status_code == 302
    page = CampaignPage.objects.get(slug="phong-trao-co-nhiem-vu")
    assert [block.value["text"] for block in page.tasks] == [
        "tăng cường công tác tuyên truyền.",
        "đẩy mạnh cải cách hành chính.",
        "nâng cao chất lượng tham mưu.",
        "Thực hiện tốt công tác khen thưởng.",
    ]
    html = client.get(page.url).content.decode()
    assert "Hai là,</strong> đẩy mạnh cải cách hành chính." in html
    assert not re.search(r"là,</strong>\s*(?:Một|Hai|Ba|hai) là", html)


def test_a_task_that_is_only_an_ordinal_is_refused(admin_client, home):
    index = CampaignIndexPage.objects.first()
    response = admin_client.post(
        f"/admin/pages/add/wagtail_emulation_campaigns/campaignpage/{index.pk}/",
        _campaign_data(["Một là,"]),
    )
    assert response.status_code == 200
    error = response.context["form"].errors["tasks"].as_data()[0]
    task_error = error.block_errors[0].block_errors["text"]
    assert task_error.messages == ["Hãy viết nội dung nhiệm vụ sau số thứ tự."]
    assert not CampaignPage.objects.filter(slug="phong-trao-co-nhiem-vu").exists()


def test_tasks_saved_with_a_typed_ordinal_before_render_it_once(client, home):
    from ..campaigns.builders import campaign

    index = CampaignIndexPage.objects.first()
    page = campaign(
        index,
        "Phong trào cũ",
        datetime.date(2020, 1, 1),
        tasks=[("task", {"text": "Một là, giữ vững kỷ cương."})],
    )
    html = client.get(page.url).content.decode()
    assert "Một là,</strong> giữ vững kỷ cương." in html
