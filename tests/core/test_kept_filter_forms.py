"""A list page's filter form is kept rendered (``{% kept_filter_form %}``): readers get the
same HTML as a fresh render, without its choice-list queries, and a new choice or page shows
at once."""

import re
import warnings

import pytest
from django.core.cache import caches
from django.core.cache.backends.base import CacheKeyWarning
from django.db import connection
from django.test.utils import CaptureQueriesContext

from wagtail_emulation.legal_documents.models import DocumentType

LIBRARY = "/van-ban/"
LISTS = [
    "/van-ban/",
    "/tin-tuc/",
    "/phong-trao-thi-dua/",
    "/guong-dien-hinh-tien-tien/",
    "/quyet-dinh-khen-thuong/",
    "/bang-vang/",
    "/hoi-dap-phap-luat/",
    "/lay-y-kien-du-thao/",
    "/thu-tuc-hanh-chinh/",
]


def form_html(html):
    return re.search(r'<form class="emulation-filters".*?</form>', html, re.S).group(0)


def get(client, url, **params):
    with CaptureQueriesContext(connection) as context:
        response = client.get(url, params)
    assert response.status_code == 200, url
    return response.content.decode(), [query["sql"] for query in context.captured_queries]


def clear_caches():
    for alias in caches:
        caches[alias].clear()


@pytest.mark.parametrize("url", LISTS)
def test_the_kept_form_is_the_fresh_form_with_fewer_queries(client, demo, url):
    client.get(url)
    clear_caches()
    fresh, fresh_queries = get(client, url)
    kept, kept_queries = get(client, url)
    assert kept == fresh
    assert len(kept_queries) < len(fresh_queries)


def test_the_library_form_reads_no_choice_list_when_kept(client, demo):
    client.get(LIBRARY)
    _html, queries = get(client, LIBRARY)
    choice_lists = [
        f'FROM "wagtail_emulation_legal_documents_{table}"'
        for table in ("documenttype", "issuer", "legalfield")
    ]
    choice_lists.append("MIN(")  # the years offered
    assert [sql for sql in queries if any(choice in sql for choice in choice_lists)] == []


def test_a_new_document_type_is_offered_at_once(client, demo):
    assert "Công văn hỏa tốc" not in form_html(get(client, LIBRARY)[0])
    DocumentType.objects.create(name="Công văn hỏa tốc", sort_order=99)
    assert "Công văn hỏa tốc" in form_html(get(client, LIBRARY)[0])


def test_each_filter_keeps_its_own_form_and_a_bad_value_is_reported(client, demo):
    chosen = DocumentType.objects.order_by("sort_order").first()
    plain = form_html(get(client, LIBRARY)[0])
    filtered = form_html(get(client, LIBRARY, type=chosen.pk)[0])
    assert f'<option value="{chosen.pk}" selected>' in filtered
    assert "selected>" not in plain.replace('value="" selected>', "")
    for _ in range(2):  # the error shows each time, kept or not
        bad = form_html(get(client, LIBRARY, year="abc")[0])
        assert "emulation-filters__error" in bad
    assert form_html(get(client, LIBRARY)[0]) == plain


def test_a_form_with_long_vietnamese_values_is_kept_under_a_key_any_cache_takes(client, demo):
    """The key holds the path and the reader's values hashed: memcached takes no key over
    250 bytes, and Django warns of one (the drafts list's full filter made a 300-byte key)."""
    url = "/lay-y-kien-du-thao/"
    values = {
        "status": "upcoming",
        "legal_field": "Hòa giải ở cơ sở",
        "issuer": "Hội đồng nhân dân tỉnh",
    }
    with warnings.catch_warnings(record=True) as warned:
        warnings.simplefilter("always", CacheKeyWarning)
        fresh, fresh_queries = get(client, url, **values)
        kept, kept_queries = get(client, url, **values)
    assert [str(w.message) for w in warned if w.category is CacheKeyWarning] == []
    assert kept == fresh
    assert len(kept_queries) < len(fresh_queries)
