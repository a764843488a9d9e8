"""Two application servers behind Varnish, sharing PostgreSQL and Redis (``-m varnish``).

A page published through one server is fresh through the cache and through the other
server within a bounded time (printed), and votes, comments and beacons spread over both
servers and the cache are all counted. ``.ci/run`` sets ``TWO_SERVERS_DATABASE_URL`` (a
database this test drops and creates) and ``TWO_SERVERS_REDIS_URL`` (a Redis database it
empties); without them the test is skipped.
"""

import os
import re
import time
from concurrent.futures import ThreadPoolExecutor

import pytest
import requests
from django.utils.html import escape

from tests.deploy.cluster import form_inputs, get, reader, running_cluster, wait_for
from tests.deploy.varnish import varnishd

pytestmark = [
    pytest.mark.varnish,
    pytest.mark.skipif(varnishd() is None, reason="varnishd is not installed"),
    pytest.mark.skipif(
        not (
            os.environ.get("TWO_SERVERS_DATABASE_URL") and os.environ.get("TWO_SERVERS_REDIS_URL")
        ),
        reason="TWO_SERVERS_DATABASE_URL and TWO_SERVERS_REDIS_URL are not set",
    ),
]

ARTICLE = """
import json
from wagtail_emulation.news.models import NewsPage
page = NewsPage.objects.live().order_by("pk").first()
print(json.dumps({"id": page.pk, "path": page.get_url_parts()[2], "title": page.title,
                  "parent": page.get_parent().get_url_parts()[2]}))
"""


@pytest.fixture(scope="module")
def cluster():
    with running_cluster(
        os.environ["TWO_SERVERS_DATABASE_URL"], os.environ["TWO_SERVERS_REDIS_URL"]
    ) as cluster:
        yield cluster


@pytest.fixture(scope="module")
def article(cluster):
    return cluster.shell(ARTICLE)


def editor_session(base):
    session = requests.Session()
    login = session.get(base + "/admin/login/", timeout=30)
    token = form_inputs(login.text)["csrfmiddlewaretoken"]
    answer = session.post(
        base + "/admin/login/",
        data={"username": "admin", "password": "demo-admin-2026", "csrfmiddlewaretoken": token},
        timeout=30,
    )
    assert "sessionid" in session.cookies, answer.status_code
    return session


def publish_latest_revision(base, page_id):
    """Publish the page's draft through the admin of the server at ``base``."""
    session = editor_session(base)
    url = f"{base}/admin/bulk/wagtailcore/page/publish/?id={page_id}"
    token = form_inputs(session.get(url, timeout=30).text)["csrfmiddlewaretoken"]
    answer = session.post(
        url, data={"csrfmiddlewaretoken": token}, timeout=60, allow_redirects=False
    )
    assert answer.status_code == 302, answer.status_code  # done: back to where it came from


def test_a_page_published_through_one_server_is_fresh_everywhere(cluster, article):
    one, other = cluster.servers
    places = {
        "cache in front": cluster.front + article["path"],
        "news index, cache in front": cluster.front + article["parent"],
        "publishing server": one + article["path"],
        "other server": other + article["path"],
    }
    for url in places.values():  # stored everywhere: Varnish, Redis, each process
        get(url)
        assert get(url).status_code == 200
    assert get(places["cache in front"]).headers["X-Cache"] == "HIT"
    new_title = article["title"] + " (đã cập nhật)"
    cluster.shell(
        "from wagtail.models import Page\n"
        f"page = Page.objects.get(pk={article['id']}).specific\n"
        f"page.title = {new_title!r}\n"
        "page.save_revision()\n"
        "print('{}')"
    )
    assert new_title not in get(places["cache in front"]).text  # a draft shows nowhere yet

    publish_latest_revision(one, article["id"])
    published = time.monotonic()  # the editor's publish request has been answered
    fresh_after, pending = {}, dict(places)

    def everywhere():
        """the new title is served through the cache and by both servers"""
        for name, url in list(pending.items()):
            if new_title in get(url).text:
                fresh_after[name] = time.monotonic() - published
                del pending[name]
        return not pending

    wait_for(everywhere, timeout=60)
    print("\nfresh after publishing (s):", {k: round(v, 2) for k, v in fresh_after.items()})


def post_vote(base, page_id, number):
    return requests.post(
        f"{base}/emulation/ratings/{page_id}/",
        json={"score": 1 + number % 5},
        headers={**reader(number), "Origin": base, "Accept": "application/json"},
        timeout=30,
    )


def post_comment(base, page_id, number, captcha_answer):
    session = requests.Session()
    headers = reader(number)
    form = session.get(f"{base}/emulation/comments/{page_id}/", headers=headers, timeout=30)
    fields = form_inputs(form.text)
    data = {
        "csrfmiddlewaretoken": fields["csrfmiddlewaretoken"],
        "started": fields["started"],
        "homepage": "",
        "captcha_0": fields["captcha_0"],
        "captcha_1": captcha_answer(fields["captcha_0"]),
        "name": f"Bạn đọc thử {number}",
        "email": f"reader{number}@example.invalid",
        "body": f"Ý kiến số {number} gửi qua máy chủ {base[-4:]}.",
        "consent": "on",
    }
    return session.post(
        f"{base}/emulation/comments/{page_id}/", data=data, headers=headers, timeout=30
    )


def test_votes_comments_and_beacons_over_both_servers_are_exact(cluster, article):
    page_id = article["id"]
    targets = [cluster.front, *cluster.servers]  # the cache spreads over both servers too
    html = get(cluster.front + article["path"]).text
    beacon = re.search(r"/emulation/visits/hit/\d+/\d+/[\w-]+/", html).group(0)

    def views():
        rows = cluster.sql(
            "select coalesce(sum(views), 0) from wagtail_emulation_visits_pageviewdaily"
            " where page_id = %s",
            page_id,
        )
        return rows[0][0]

    def ratings():
        rows = cluster.sql(
            "select count, total from wagtail_emulation_ratings_ratingsummary where page_id = %s",
            page_id,
        )
        rated = cluster.sql(
            "select count(*) from wagtail_emulation_ratings_rating where page_id = %s", page_id
        )
        count, total = rows[0] if rows else (0, 0)
        return count, total, rated[0][0]

    views_before, ratings_before = views(), ratings()
    votes, beacons = 30, 60
    with ThreadPoolExecutor(6) as pool:
        voted = list(pool.map(lambda n: post_vote(targets[n % 3], page_id, n), range(votes)))
        beaconed = list(
            pool.map(
                lambda n: requests.post(
                    targets[n % 3] + beacon, headers=reader(1000 + n), timeout=30
                ),
                range(beacons),
            )
        )
    assert [answer.status_code for answer in voted] == [200] * votes
    assert [answer.status_code for answer in beaconed] == [204] * beacons
    scores = sum(1 + n % 5 for n in range(votes))
    count, total, rows = ratings()
    assert (count, total, rows) == (
        ratings_before[0] + votes,
        ratings_before[1] + scores,
        ratings_before[2] + votes,
    )
    assert views() - views_before == beacons

    def captcha_answer(key):
        return cluster.sql("select response from captcha_captchastore where hashkey = %s", key)[0][
            0
        ]

    comments = 6
    sent = [post_comment(targets[n % 3], page_id, n, captcha_answer) for n in range(comments)]
    assert [answer.status_code for answer in sent] == [200] * comments, [a.url for a in sent]
    rows = cluster.sql(
        "select count(*) from wagtail_emulation_comments_readercomment"
        " where page_id = %s and name like %s",
        page_id,
        "Bạn đọc thử %",
    )
    assert rows == [(comments,)]

    def shown_count():
        """The comment count the article shows through the cache"""
        found = re.search(
            r'data-emulation="comments"[^>]*data-count="(\d+)"',
            get(cluster.front + article["path"]).text,
        )
        return int(found.group(1))

    shown_before = shown_count()
    cluster.shell(
        "from wagtail_emulation.comments.models import ReaderComment\n"
        "from wagtail_emulation.comments.moderation import change_status\n"
        f"ids = ReaderComment.objects.filter(page_id={page_id}, name__startswith='Bạn đọc thử')"
        ".values_list('pk', flat=True)\n"
        "print(change_status(ids, ReaderComment.Status.APPROVED))"
    )
    seconds = wait_for(lambda: shown_count() == shown_before + comments, timeout=60)
    print(f"\napproved comments shown through the cache after {seconds:.2f} s")
    counts = cluster.sql(
        "select approved from wagtail_emulation_comments_commentcount where page_id = %s", page_id
    )
    assert counts == [(shown_before + comments,)]


def test_a_page_made_private_leaves_the_listings_in_the_cache_in_front(cluster):
    """A privacy change drops every page from Varnish, as from the Redis HTML cache: the news
    index and the site map stored in front stop showing its first article well within their
    lifetime (60 s). Last in the file: the article stays private."""
    private = cluster.shell(
        "import json\n"
        "from wagtail_emulation.news.models import NewsIndexPage\n"
        "page = NewsIndexPage.objects.live().first().listed_pages().first()\n"
        "print(json.dumps({'id': page.pk, 'path': page.get_url_parts()[2], 'title': page.title,"
        " 'parent': page.get_parent().get_url_parts()[2]}))"
    )
    places = {
        "news index": (cluster.front + private["parent"], escape(private["title"])),
        "site map": (cluster.front + "/sitemap-pages.xml", private["path"]),
    }
    for url, shown in places.values():
        get(url)
        stored = get(url)
        assert shown in stored.text and stored.headers["X-Cache"] == "HIT", url
    stored_at = time.monotonic()  # the copies live 60 s in Varnish from about now

    cluster.shell(
        "from wagtail.models import Page, PageViewRestriction\n"
        f"PageViewRestriction.objects.create(page=Page.objects.get(pk={private['id']}),"
        " restriction_type='login')\n"
        "print('{}')"
    )
    restricted = time.monotonic()
    gone_after, pending = {}, dict(places)

    def gone_everywhere():
        """the private page has left the news index and the site map in front"""
        for name, (url, shown) in list(pending.items()):
            if shown not in get(url).text:
                gone_after[name] = time.monotonic() - restricted
                del pending[name]
        return not pending

    wait_for(gone_everywhere, timeout=20)
    # Gone while the stored copies were still alive: the purge did it, not their lifetime.
    assert time.monotonic() - stored_at < 60
    print("\ngone from the cache in front after the privacy change (s):",
          {k: round(v, 2) for k, v in gone_after.items()})  # fmt: skip
    assert get(cluster.front + private["path"], allow_redirects=False).status_code == 302
