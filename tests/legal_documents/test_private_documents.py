"""A document under a view restriction leaks through no public page: not as a relation, not
in a status, not in the library's status filter, and not from the HTML cache."""

import re

import pytest
import time_machine
from django.test import Client, override_settings
from wagtail.models import PageViewRestriction

from example_site.portal import html_cache
from example_site.settings.base import MIDDLEWARE
from wagtail_emulation.legal_documents.models import LegalDocumentPage

from ..campaigns.builders import moment

TODAY = moment(2026, 12, 1)
REPLACED = "/van-ban/27-2019-qd-ubnd/"  # replaced by 15/2023 in the demo
REPLACING = "15/2023/QĐ-UBND"
CACHED = override_settings(
    MIDDLEWARE=[html_cache.MIDDLEWARE, *MIDDLEWARE],
    CACHE_MIDDLEWARE_ALIAS="default",
    CACHE_MIDDLEWARE_SECONDS=60,
    CACHE_MIDDLEWARE_KEY_PREFIX="html",
    HTML_CACHE_LOCAL_SECONDS=0,
)


def status_text(html):
    return re.search(r'data-emulation="legal-status">([^<]+)<', html).group(1)


def read(path, **params):
    response = Client().get(path, params)
    assert response.status_code == 200
    return response.content.decode()


def make_private(number):
    page = LegalDocumentPage.objects.get(number=number)
    return PageViewRestriction.objects.create(page=page, restriction_type="login")


@pytest.fixture(autouse=True)
def _today():
    with time_machine.travel(TODAY, tick=False):
        yield


def test_a_private_document_is_no_relation_and_changes_no_status(demo):
    before = read(REPLACED)
    assert 'href="/van-ban/15-2023-qd-ubnd/"' in read("/van-ban/04-2025-qd-ubnd/")
    assert REPLACING in before and status_text(before) == "Hết hiệu lực toàn bộ"

    make_private(REPLACING)
    after = read(REPLACED)
    assert REPLACING not in after
    assert "Được thay thế bởi" not in after
    assert status_text(after) == "Còn hiệu lực"
    # The one amending it links it no more, and the list computes the same status.
    assert 'href="/van-ban/15-2023-qd-ubnd/"' not in read("/van-ban/04-2025-qd-ubnd/")
    expired = read("/van-ban/", status="expired")
    assert "27/2019/QĐ-UBND" not in expired and REPLACING not in expired
    assert "27/2019/QĐ-UBND" in read("/van-ban/", status="in-force", number="27/2019")


def test_a_campaign_links_its_launch_document_only_while_it_is_public(demo):
    from wagtail_emulation.campaigns.models import CampaignPage

    campaign = CampaignPage.objects.live().exclude(legal_document=None).first()
    document = campaign.legal_document
    assert document.title in read(campaign.url)
    PageViewRestriction.objects.create(page=document, restriction_type="login")
    assert 'data-emulation="launch-document"' not in read(campaign.url)


@CACHED
def test_a_document_made_private_leaves_every_cached_page_that_showed_it(demo):
    assert REPLACING in read(REPLACED)  # now stored in the HTML cache
    restriction = make_private(REPLACING)
    assert REPLACING not in read(REPLACED)
    restriction.delete()
    assert REPLACING in read(REPLACED)
