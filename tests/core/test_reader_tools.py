"""Reader tools render the same HTML for every reader, in Vietnamese, with plain share links."""

from urllib.parse import quote

import pytest
from django.template import Context, Template
from django.test import Client, RequestFactory, override_settings

from wagtail_emulation.reader_tools import share_links


@pytest.fixture
def about(home):
    return home.get_children().get(slug="gioi-thieu").specific


def test_share_links_are_plain_encoded_links():
    links = share_links("http://localhost/gioi-thieu/?a=1", "Giới thiệu & liên hệ")
    by_label = {str(link["label"]): link for link in links}
    assert list(by_label) == ["Facebook", "Zalo", "Thư điện tử"]
    encoded = quote("http://localhost/gioi-thieu/?a=1", safe="")
    assert by_label["Facebook"]["href"] == (
        f"https://www.facebook.com/sharer/sharer.php?u={encoded}"
    )
    assert encoded in by_label["Zalo"]["href"]
    mail = by_label["Thư điện tử"]
    subject = quote("Giới thiệu & liên hệ", safe="")
    assert subject == "Gi%E1%BB%9Bi%20thi%E1%BB%87u%20%26%20li%C3%AAn%20h%E1%BB%87"
    assert mail["href"] == f"mailto:?subject={subject}&body={encoded}"
    assert mail["new_window"] is False and by_label["Facebook"]["new_window"] is True


@override_settings(
    WAGTAIL_EMULATION_SHARE_LINKS=[
        ("LinkedIn", "https://www.linkedin.com/sharing/share-offsite/?url={url}")
    ]
)
def test_share_targets_are_a_setting(about):
    request = RequestFactory().get("/gioi-thieu/")
    html = Template("{% load wagtail_emulation %}{% article_tools page %}").render(
        Context({"page": about, "request": request})
    )
    assert "linkedin.com/sharing" in html
    assert "facebook.com" not in html


def test_article_page_has_every_tool_in_vietnamese(client, about):
    html = client.get(about.url).content.decode()
    # Display tools: in place from the first paint (the stylesheet shows them where their
    # script runs), pressed state for the default size.
    assert '<div class="emulation-reader-tools" data-emulation="reader-tools">' in html
    assert 'data-text-size="normal" aria-pressed="true"' in html
    assert "Cỡ chữ" in html and "Tương phản cao" in html
    # Article tools: share links work without JavaScript; print, copy and read-aloud are in
    # place too, for the stylesheet to show where the browser can run them.
    assert f'data-emulation="article-tools" data-page-id="{about.pk}"' in html
    full_url = quote(about.get_full_url(), safe="")
    assert f"https://www.facebook.com/sharer/sharer.php?u={full_url}" in html
    assert '<button type="button" data-action="print">In bài</button>' in html
    assert "data-read-aloud>" in html and 'data-label-read="Đọc bài"' in html
    assert "<li data-copy-item>" in html
    assert "(mở trong thẻ mới)" in html
    # The stylesheet and scripts, from static files only (CSP: no inline script).
    assert "reader_tools/display-prefs.js" in html and "reader_tools/article-tools.js" in html
    assert "<script>" not in html and " onclick=" not in html


def test_home_page_has_display_tools_but_no_article_tools(client, home):
    html = client.get(home.url).content.decode()
    assert 'data-emulation="reader-tools"' in html
    assert 'data-emulation="article-tools"' not in html


def test_html_is_identical_for_every_reader(about):
    first = Client().get(about.url, HTTP_USER_AGENT="Reader A", REMOTE_ADDR="10.0.0.1")
    second = Client().get(
        about.url + "?utm_source=zalo", HTTP_USER_AGENT="Reader B", REMOTE_ADDR="10.0.0.2"
    )
    assert first.content == second.content
    assert "Set-Cookie" not in first.headers and "Cookie" not in first.get("Vary", "")


def test_rendering_the_tools_queries_nothing_once_site_paths_are_cached(
    about, django_assert_num_queries
):
    template = Template(
        "{% load wagtail_emulation %}{% emulation_head %}{% reader_tools %}{% article_tools page %}"
    )
    context = {"page": about, "request": RequestFactory().get(about.url)}
    template.render(Context(context))  # fills Wagtail's cache of site root paths
    with django_assert_num_queries(0):
        template.render(Context(context))
