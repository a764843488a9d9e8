"""The core: portal settings and the website links box, template tags, the per-reader state
endpoint, slugs, feature switches and the feedback registry (settings, migrations and reader
identity: ``test_settings_and_reader_identity.py``)."""

import json
import re
from html import unescape

from django.template import Context, Template
from wagtail import hooks

from example_site.portal.models import StandardPage
from wagtail_emulation.feedback.state import StatePart
from wagtail_emulation.hooks import FEEDBACK_WIDGETS, STATE_PARTS
from wagtail_emulation.models import EmulationSettings, WebsiteLink

# --- Portal settings and the website links box -----------------------------------------------


def _links(site):
    portal_settings = EmulationSettings.for_site(site)
    return list(portal_settings.website_links.all())


def test_demo_has_ordered_website_links(demo):
    names = [link.name for link in _links(demo)]
    assert names[0] == "Cổng thông tin điện tử Chính phủ"
    assert len(names) == 5


def test_website_links_tag_renders_a_select_and_a_list(demo, rf):
    request = rf.get("/", HTTP_HOST="localhost")
    html = Template("{% load wagtail_emulation %}{% website_links %}").render(
        Context({"request": request})
    )
    links = _links(demo)
    assert 'data-emulation="links"' in html
    assert '<select id="emulation-links-select" name="link">' in html
    assert f'<option value="{links[1].pk}">Bộ Tư pháp</option>' in html
    assert '<li><a href="https://moj.gov.vn/">Bộ Tư pháp</a></li>' in html
    assert '<label for="emulation-links-select"' in html


def test_website_link_jump_works_without_javascript(demo, client):
    link = _links(demo)[1]
    response = client.get("/emulation/links/go/", {"link": link.pk, "next": "/gioi-thieu/"})
    assert response.status_code == 302 and response["Location"] == "https://moj.gov.vn/"
    response = client.get("/emulation/links/go/", {"link": "", "next": "/gioi-thieu/"})
    assert response["Location"] == "/gioi-thieu/"
    response = client.get("/emulation/links/go/", {"link": "99999", "next": "https://evil.test/"})
    assert response["Location"] == "/"


def test_links_of_another_site_are_not_followed(demo, client):
    from wagtail.models import Site

    other = Site.objects.create(hostname="other.test", root_page=demo.root_page)
    foreign = WebsiteLink.objects.create(
        settings=EmulationSettings.for_site(other), name="X", url="https://x.test/"
    )
    response = client.get("/emulation/links/go/", {"link": foreign.pk})
    assert response["Location"] == "/"


# --- Template tag library --------------------------------------------------------------------


def test_vietnamese_filters_in_templates():
    html = Template(
        "{% load wagtail_emulation %}{{ n|vn_number }} {{ 3|vn_ordinal }} {{ 'x'|vn_number }}"
    ).render(Context({"n": 2194296}))
    assert html == "2.194.296 Ba x"


def test_dateline_tag_uses_the_pages_own_date(home):
    home.first_published_at = home.first_published_at.replace(
        year=2020, month=5, day=14, hour=3, minute=13
    )
    html = Template("{% load wagtail_emulation %}{% vn_dateline page.first_published_at %}").render(
        Context({"page": home})
    )
    assert html.startswith("Thứ Năm, 14/5/2020 ")


# --- Per-reader state endpoint ---------------------------------------------------------------


def test_state_endpoint_answers_uncached_json_with_a_csrf_token(home, client):
    response = client.get(f"/emulation/state/{home.pk}/")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/json"
    assert "no-store" in response["Cache-Control"]
    data = response.json()
    assert data["page"] == home.pk
    assert len(data["csrfToken"]) == 64
    assert isinstance(data["parts"], dict)


def test_state_endpoint_gathers_registered_parts(home, client):
    parts_hooks = [
        (STATE_PARTS, lambda: StatePart("example", lambda request, page: {"title": page.title})),
        (STATE_PARTS, lambda: StatePart("skipped", lambda request, page: None)),
    ]
    with hooks.register_temporarily(parts_hooks):
        parts = client.get(f"/emulation/state/{home.pk}/").json()["parts"]
    assert parts["example"] == {"title": "Trang chủ"}
    assert "skipped" not in parts


def test_state_endpoint_errors_are_json(home, client):
    response = client.get("/emulation/state/999999/", HTTP_ACCEPT_LANGUAGE="vi")
    assert response.status_code == 404
    error = response.json()["error"]
    assert error["code"] == "page_not_found"
    assert error["message"] == "Trang này không tồn tại hoặc chưa được xuất bản."
    assert client.post(f"/emulation/state/{home.pk}/").status_code == 405
    draft = home.add_child(instance=StandardPage(title="Nháp", live=False))
    assert client.get(f"/emulation/state/{draft.pk}/").status_code == 404


# --- Slugs -----------------------------------------------------------------------------------


def test_pages_get_ascii_slugs_from_vietnamese_titles(home):
    page = home.add_child(instance=StandardPage(title="Phát động phong trào thi đua Điện Biên"))
    assert page.slug == "phat-dong-phong-trao-thi-dua-dien-bien"
    twin = home.add_child(instance=StandardPage(title="Phát động phong trào thi đua Điện Biên"))
    assert twin.slug == "phat-dong-phong-trao-thi-dua-dien-bien-2"
    chosen = home.add_child(instance=StandardPage(title="Đã chọn", slug="slug-rieng"))
    assert chosen.slug == "slug-rieng"


def test_admin_slug_fields_get_the_vietnamese_table(home, admin_client):
    response = admin_client.get(f"/admin/pages/add/portal/standardpage/{home.pk}/")
    assert response.status_code == 200
    html = response.content.decode()
    match = re.search(r'<input[^>]*name="slug"[^>]*>', html)
    formatters = re.search(r'data-w-slug-formatters-value="([^"]*)"', match.group(0))
    table = json.loads(unescape(formatters.group(1)))
    assert [["[Đ]", "gu"], "D"] in table and [["[đ]", "gu"], "d"] in table


# --- Feature switches and the feedback registry ----------------------------------------------


def test_feature_is_on_per_page_type_and_off_per_page(home):
    from wagtail.models import Page

    from tests.testapp.models import HostPage
    from wagtail_emulation.feedback.switches import feature_is_on, page_type_label

    host = HostPage(title="Trang của đơn vị", slug="trang-don-vi")
    home.add_child(instance=host)
    host = Page.objects.get(pk=host.pk)  # a generic Page, as lists give them
    assert page_type_label(host) == "testapp.hostpage"
    assert page_type_label(host.specific) == "testapp.hostpage"
    assert feature_is_on(host, [], "ratings_enabled")
    assert feature_is_on(host, ["portal.homepage"], "ratings_enabled")
    assert not feature_is_on(host, ["testapp.hostpage"], "ratings_enabled")
    assert not feature_is_on(None, [], "ratings_enabled")
    host.specific.ratings_enabled = False  # a page type with the mixin's switch, switched off
    assert not feature_is_on(host.specific, [], "ratings_enabled")
    # Types whose template shows no widget, and the tree root, never take feedback.
    about = home.get_children().get(slug="gioi-thieu")
    assert not feature_is_on(about, [], "ratings_enabled")
    assert not feature_is_on(Page.objects.get(depth=1), [], "ratings_enabled")


def test_page_types_field_offers_the_sites_page_types():
    from wagtail_emulation.feedback.switches import PageTypesField

    field = PageTypesField("page types", blank=True, default=list).formfield()
    values = [value for value, _label in field.choices]
    assert "portal.standardpage" in values and "portal.homepage" in values
    assert "wagtailcore.page" not in values
    assert field.clean(["portal.standardpage"]) == ["portal.standardpage"]


def test_reader_feedback_renders_registered_widgets_in_order(home):
    from wagtail_emulation.feedback.widgets import FeedbackWidget

    second = FeedbackWidget("second", lambda context, page: "<b>2</b>", order=1001)
    first = FeedbackWidget(
        "first", lambda c, page: f"<i>{page.pk}</i>", order=1000, head=lambda c, p: "<meta>"
    )
    # Registered in the other order: the tags follow ``order``.
    with hooks.register_temporarily(
        [(FEEDBACK_WIDGETS, lambda: second), (FEEDBACK_WIDGETS, lambda: first)]
    ):
        template = Template(
            "{% load wagtail_emulation %}{% reader_feedback_head page %}|{% reader_feedback page %}"
        )
        html = template.render(Context({"page": home}))
    head, body = html.split("|")
    assert head.endswith("<meta>") and body.endswith(f"<i>{home.pk}</i><b>2</b>")
