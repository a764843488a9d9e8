"""The embedded default under load, at the HTTP level: the example portal on a SQLite file
behind a real threaded server (``runserver``, as ``make demo`` runs it; gunicorn for the
killed worker). Many readers vote and comment at once: no 5xx, and every count is exact."""

import os
import signal
import threading
import time
from concurrent.futures import ThreadPoolExecutor

import pytest
import requests
from django.core import signing

from wagtail_emulation.comments.forms import STAMP_SALT

from .live import (
    CHROME,
    LiveServer,
    build_demo_database,
    copy_database,
    gunicorn,
    query,
    runserver,
)
from .site_settings import SECRET_KEY

NEWS_PAGE = """
    SELECT p.id, p.url_path FROM wagtailcore_page p
    JOIN wagtail_emulation_news_newspage n ON n.page_ptr_id = p.id
    WHERE p.live ORDER BY p.path LIMIT 1
"""
SUMMARY = """
    SELECT count, total FROM wagtail_emulation_ratings_ratingsummary WHERE page_id = ?
"""
VOTES = """
    SELECT COUNT(*), COALESCE(SUM(score), 0) FROM wagtail_emulation_ratings_rating
    WHERE page_id = ?
"""
COMMENTS = "SELECT COUNT(*) FROM wagtail_emulation_comments_readercomment WHERE page_id = ?"


@pytest.fixture(scope="session")
def demo_database(tmp_path_factory):
    return build_demo_database(tmp_path_factory.mktemp("demo-db"))


@pytest.fixture
def site_database(demo_database, tmp_path):
    return copy_database(demo_database, tmp_path)


def _vote(base_url, page_id, number, score):
    """A reader without JavaScript (its own browser: User-Agent) posts the rating form."""
    return requests.post(
        f"{base_url}/emulation/ratings/{page_id}/",
        data={"score": str(score)},
        headers={"User-Agent": f"{CHROME} reader/{number}", "Sec-Fetch-Site": "same-origin"},
        allow_redirects=False,
        timeout=60,
    )


def _comment(base_url, page_id, number):
    session = requests.Session()
    session.headers["User-Agent"] = f"{CHROME} reader/{number}"
    url = f"{base_url}/emulation/comments/{page_id}/"
    form = session.get(url, timeout=60)
    if form.status_code != 200:
        return form
    token = session.cookies["csrftoken"]
    started = signing.dumps(time.time() - 60, key=SECRET_KEY, salt=STAMP_SALT)
    # The post goes out on a connection of its own (the cookies stay): gunicorn closes an
    # idle kept-alive connection after 2 s, and on a busy machine 200 reader threads can take
    # longer than that between the form and the post, which would then meet the server
    # closing the form's connection (a browser sends it again; requests does not retry a POST).
    session.close()
    return session.post(
        url,
        data={
            "csrfmiddlewaretoken": token,
            "name": f"Bạn đọc {number}",
            "body": f"Ý kiến số {number}: đề nghị công khai kết quả bình xét thi đua.",
            "consent": "on",
            "captcha_0": "abc",
            "captcha_1": "PASSED",
            "started": started,
            "homepage": "",
        },
        headers={"Referer": url},
        allow_redirects=False,
        timeout=60,
    )


def _all_at_once(action, count):
    """``action(number)`` for ``count`` readers, released together; the responses."""
    barrier = threading.Barrier(count, timeout=60)

    def reader(number):
        barrier.wait()
        return action(number)

    with ThreadPoolExecutor(max_workers=count) as pool:
        return list(pool.map(reader, range(count)))


@pytest.mark.parametrize(
    ("readers", "server"),
    [
        (40, runserver()),  # what `make demo` runs (the portal's runserver: a longer queue)
        pytest.param(200, runserver(), marks=pytest.mark.slow),
        # Two processes of eight threads each: writers in different processes, too.
        pytest.param(200, gunicorn(workers=2, threads=8), marks=pytest.mark.slow),
    ],
    ids=["40-runserver", "200-runserver", "200-gunicorn"],
)
def test_readers_voting_and_commenting_at_once_on_sqlite(site_database, readers, server):
    page_id, _path = query(site_database, NEWS_PAGE)
    votes_before, total_before = query(site_database, VOTES, page_id)
    comments_before = query(site_database, COMMENTS, page_id)[0]
    with LiveServer(site_database, server) as server:
        votes = _all_at_once(lambda n: _vote(server.url, page_id, n, 1 + n % 5), readers)
        comments = _all_at_once(lambda n: _comment(server.url, page_id, n), readers)
    assert [r.status_code for r in votes] == [303] * readers
    assert [r.status_code for r in comments] == [302] * readers
    scores = sum(1 + n % 5 for n in range(readers))
    assert query(site_database, VOTES, page_id) == (votes_before + readers, total_before + scores)
    assert query(site_database, SUMMARY, page_id) == query(site_database, VOTES, page_id)
    assert query(site_database, COMMENTS, page_id)[0] == comments_before + readers


def test_a_worker_killed_mid_burst_leaves_every_count_exact(site_database):
    page_id, _path = query(site_database, NEWS_PAGE)
    votes_before = query(site_database, VOTES, page_id)[0]
    readers = 120
    answers = []
    with LiveServer(site_database, gunicorn(workers=2, threads=4)) as server:
        victim = server.worker_pids()[0]

        def vote(number):
            if number == 30:
                os.kill(victim, signal.SIGKILL)  # a worker of our own gunicorn, mid-burst
            try:
                answers.append(_vote(server.url, page_id, number, 1 + number % 5).status_code)
            except requests.ConnectionError:
                answers.append("lost")  # the connection died with the worker

        with ThreadPoolExecutor(max_workers=16) as pool:
            list(pool.map(vote, range(readers)))
        assert victim not in server.worker_pids()  # gunicorn replaced it
    assert not [a for a in answers if a != "lost" and a >= 500]
    counted, _total = query(site_database, VOTES, page_id)
    accepted = answers.count(303)
    assert accepted >= readers - 20
    # Every vote answered 303 is stored; a lost one is either whole or absent, never half.
    assert accepted <= counted - votes_before <= accepted + answers.count("lost")
    assert query(site_database, SUMMARY, page_id) == query(site_database, VOTES, page_id)
