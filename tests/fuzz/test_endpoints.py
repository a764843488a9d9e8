"""Every public endpoint, fuzzed through Django's test client: never a 5xx, and every error
message a reader sees is Vietnamese.

One test per group of endpoints, all on the demo portal loaded once for the module (see
``conftest.demo_site``). ``FUZZ_PROFILE=long`` runs many more examples.
"""

import pytest
from django.test import Client
from django.urls import reverse
from hypothesis import given
from hypothesis import strategies as st
from wagtail.models import Page

from example_site.portal.demo.comments import commentable_pages
from example_site.portal.demo.ratings import ratable_pages
from wagtail_emulation.campaigns.models import CampaignIndexPage
from wagtail_emulation.commendations.models import (
    DecisionIndexPage,
    HonourBoardPage,
    RegistrationTablePage,
)
from wagtail_emulation.exemplars.models import ExemplarIndexPage
from wagtail_emulation.legal_documents.models import LegalDocumentIndexPage
from wagtail_emulation.news.models import NewsIndexPage, NewsTag
from wagtail_emulation.visits.visitors import beacon_signature

from ..comments.conftest import backdated_stamp
from . import strategies as s
from .recorder import send

# Each test runs in a savepoint inside the module's transaction (see conftest.demo_site).
pytestmark = pytest.mark.django_db


@pytest.fixture
def portal(demo_site, portal_settings):
    return _portal(demo_site)


def _portal(demo):
    home = demo.root_page.specific
    return {
        "site": demo,
        "ratable": ratable_pages(home)[0],
        "commentable": commentable_pages()[0],
        "any_page": Page.objects.live().public().exclude(depth=1).order_by("path")[3],
        "campaigns": CampaignIndexPage.objects.live().first(),
        "news": NewsIndexPage.objects.live().first(),
        "exemplars": ExemplarIndexPage.objects.live().first(),
        "tag": NewsTag.objects.order_by("pk").first(),
        "library": LegalDocumentIndexPage.objects.live().first(),
        "register": DecisionIndexPage.objects.live().first(),
        "honour_board": HonourBoardPage.objects.live().first(),
        "registration": RegistrationTablePage.objects.live().first(),
    }


def _client():
    return Client(HTTP_USER_AGENT="Mozilla/5.0 (X11; Linux x86_64) Chrome/131.0 Safari/537.36")


# --- state, website link, captcha refresh, beacon ---------------------------------------------


@given(page_id=s.ids, headers=s.extra_headers, params=s.query(["page", "x"]))
def test_state_endpoint(portal, page_id, headers, params):
    send(_client(), "get", f"/emulation/state/{page_id}/", data=params, **headers)
    send(_client(), "get", f"/emulation/state/{portal['ratable'].pk}/", data=params, **headers)


@given(params=s.query(["link", "next"]), headers=s.extra_headers)
def test_website_link_redirect(portal, params, headers):
    send(_client(), "get", "/emulation/links/go/", data=params, **headers)


@given(params=s.query(["key", "callback"]), headers=s.extra_headers)
def test_captcha_refresh(portal, params, headers):
    path = reverse("wagtail_emulation:comments:captcha-refresh")
    send(_client(), "get", path, data=params, **headers)


@given(
    site_id=st.one_of(st.just(None), s.ids),
    page_id=st.one_of(st.just(None), s.ids),
    signature=st.one_of(st.just(None), st.sampled_from(["0" * 16, "a" * 400, "zz"])),
    method=st.sampled_from(["get", "post", "put", "head"]),
    headers=s.extra_headers,
    body=st.one_of(st.just(""), s.json_bodies()),
)
def test_beacon(portal, site_id, page_id, signature, method, headers, body):
    site_id = portal["site"].pk if site_id is None else site_id
    page_id = portal["any_page"].pk if page_id is None else page_id
    if signature is None:
        signature = beacon_signature(site_id, page_id)
    path = f"/emulation/visits/hit/{site_id}/{page_id}/{signature}/"
    kwargs = {"data": body, "content_type": "text/plain"} if method in {"post", "put"} else {}
    send(_client(), method, path, **kwargs, **headers)


# --- star ratings -----------------------------------------------------------------------------


@given(
    page_id=st.one_of(st.just(None), s.ids),
    body=s.json_bodies(),
    headers=s.extra_headers,
    form=s.query(["score", "csrfmiddlewaretoken"]),
    as_json=st.booleans(),
)
def test_rating_vote(portal, page_id, body, headers, form, as_json):
    page_id = portal["ratable"].pk if page_id is None else page_id
    path = reverse("wagtail_emulation:ratings:vote", args=[page_id])
    if as_json:
        headers = {"HTTP_ACCEPT": "application/json", **headers}
        send(_client(), "post", path, data=body, content_type="application/json", **headers)
    else:
        send(_client(), "post", path, data=form, **headers)
    send(_client(), "get", path, **headers)


# --- comments ---------------------------------------------------------------------------------

VALID_COMMENT = {
    "name": "Nguyễn Văn An",
    "email": "an@example.vn",
    "body": "Xin hỏi thủ tục chứng thực bản sao cần mang theo giấy tờ gì?",
    "consent": "on",
    "captcha_0": "abc",
    "captcha_1": "PASSED",
    "homepage": "",
}
comment_forms = st.fixed_dictionaries(
    {name: st.one_of(st.just(value), s.hostile) for name, value in VALID_COMMENT.items()},
    optional={"started": s.hostile, "refresh_captcha": st.just("1"), "x": s.hostile},
)


@given(
    data=comment_forms,
    fresh_stamp=st.booleans(),
    view=st.sampled_from(["page", "form"]),
    page_id=st.one_of(st.just(None), s.ids),
    headers=s.extra_headers,
)
def test_comment_form(portal, data, fresh_stamp, view, page_id, headers):
    page_id = portal["commentable"].pk if page_id is None else page_id
    path = reverse(f"wagtail_emulation:comments:{view}", args=[page_id])
    if fresh_stamp and "started" not in data:
        data = {**data, "started": backdated_stamp()}
    send(_client(), "get", path, **headers)
    send(_client(), "post", path, data=data, **headers)


@given(params=s.query(["binh-luan", "binh-luan-gui"]), headers=s.extra_headers)
def test_comment_list_paging(portal, params, headers):
    send(_client(), "get", portal["commentable"].url, data=params, **headers)


# --- index pages, the tag archive and the feeds ----------------------------------------------


@given(
    index=st.sampled_from(["campaigns", "news", "exemplars"]),
    params=s.query(
        ["status", "form", "year", "stage", "kind", "page", "published_from", "published_to"]
    ),
    headers=s.extra_headers,
)
def test_index_filters(portal, index, params, headers):
    send(_client(), "get", portal[index].url, data=params, **headers)


@given(
    route=st.sampled_from(["tags/{tag}/", "tags/{hostile}/", "feed/rss/", "feed/atom/"]),
    hostile=st.one_of(st.sampled_from(["a" * 3000, "x", "-", "_"]), s.safe_text),
    params=s.query(["page", "published_from", "published_to"]),
    headers=s.extra_headers,
)
def test_tag_archive_and_feeds(portal, route, hostile, params, headers):
    from urllib.parse import quote

    route = route.format(tag=portal["tag"].slug, hostile=quote(hostile, safe=""))
    send(_client(), "get", portal["news"].url + route, data=params, **headers)


# --- search, the library, the register, the honour board, the registration table -------------

SEARCH_PARAMS = ["q", "type", "section", "date_from", "date_to", "sort", "page"]
LIST_PARAMS = {
    "library": [
        "number", "text", "type", "issuer", "field", "year", "issued_from", "issued_to",
        "status", "sort", "page",
    ],
    "register": ["number", "year", "award", "unit", "campaign", "status", "page"],
    "honour_board": ["year", "award", "unit", "page"],
    "registration": ["round", "by", "page"],
}  # fmt: skip


@given(params=s.query(SEARCH_PARAMS), headers=s.extra_headers)
def test_search(portal, params, headers):
    send(_client(), "get", "/search/", data=params, **headers)


# Each list with hostile values of its own parameters (and a stray one).
list_requests = st.sampled_from(sorted(LIST_PARAMS)).flatmap(
    lambda name: st.tuples(st.just(name), s.query(LIST_PARAMS[name]))
)


@given(list_request=list_requests, headers=s.extra_headers)
def test_library_register_honour_board_and_registration_filters(portal, list_request, headers):
    index, params = list_request
    send(_client(), "get", portal[index].url, data=params, **headers)


@given(
    route=st.sampled_from(["feed/rss/", "feed/atom/", "export/csv/", "export/xlsx/", "rss/"]),
    params=s.query(LIST_PARAMS["library"] + LIST_PARAMS["register"]),
    headers=s.extra_headers,
)
def test_library_and_register_feeds_and_exports(portal, route, params, headers):
    index = portal["register"] if route == "rss/" else portal["library"]
    send(_client(), "get", index.url + route, data=params, **headers)
