"""What the public search costs on PostgreSQL with 100,000 news pages, in one run.

Builds the demo portal and a bare baseline page (``benchmarks.data``), writes news pages with
varied Vietnamese text in bulk until there are 1,000 (live ``NewsPage`` rows with computed
tree paths, checked to be served), indexes them with ``rebuild_site_search`` (its progress
bar) and counts the queries of one search; then grows to 100,000 pages, indexes again and
counts again (the count must not grow). Prints where a search's time goes in PostgreSQL
(EXPLAIN ANALYZE of the two statements a search page runs). Finally serves the site with
gunicorn (2 sync workers, HTML cache off) twice, ranking every search afresh and with the
rankings kept in the shared cache, and loads in interleaved rounds the bare page and, on each,
a middling search (11 % of the pages) typed without accents, the same with accents, a broad
one (84 %) and a narrow one (under 1 %). Prints requests/s, ratios to the bare page and each
round's rate (the spread). Figures, not tests.

    .venv/bin/python benchmarks/search.py [--pages 100000] [--rounds 3] [--seconds 5]
    .venv/bin/python benchmarks/search.py --build-only             # write and index, no load
    .venv/bin/python benchmarks/search.py --reuse [--no-reindex]   # re-measure the pages left

With ``--reuse`` the database is migrated first (an index a newer version adds).

The database is ``BENCH_DATABASE_URL`` (default: a fresh ``wagtail_emulation_search_bench``
on 127.0.0.1); Redis ``BENCH_REDIS_URL`` (default db 9) backs the cache when it answers;
``BENCH_PORTS`` ("8750-8759") confines the servers to a port range.
"""

import argparse
import os
import random
import sys
import time
import uuid
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.environment import describe, fresh_postgres, start_django  # noqa: E402
from benchmarks.harness import gunicorn, interleaved_rounds  # noqa: E402
from benchmarks.loadtools import load_target  # noqa: E402

FOLDED = "hoi nghi tong ket"
ACCENTED = "Hội nghị tổng kết"
#: A query that matches most pages: what ranking every match costs.
BROAD = "ho so"
#: A query that matches under 1 % of the pages (one place and one topic).
NARROW = "dau gia tai san nam po"
#: The searches measured: the middling one (about 11 % of the pages) typed both ways, the
#: broad one and the narrow one.
QUERIES = ((FOLDED, " middling"), (ACCENTED, " middling"), (BROAD, " broad"), (NARROW, " narrow"))

PLACES = [
    "Điện Biên Phủ", "Mường Lay", "Mường Nhé", "Mường Chà", "Tủa Chùa", "Tuần Giáo",
    "Điện Biên Đông", "Mường Ảng", "Nậm Pồ", "Điện Biên",
]  # fmt: skip
ACTIVITIES = [
    "Hội nghị", "Tập huấn", "Kiểm tra", "Sơ kết", "Tổng kết", "Tuyên truyền", "Đối thoại",
    "Giao ban", "Khảo sát", "Hội thảo", "Phát động", "Trao tặng",
]  # fmt: skip
SUBJECTS = [
    "công tác hộ tịch", "phổ biến, giáo dục pháp luật", "trợ giúp pháp lý", "chứng thực",
    "lý lịch tư pháp", "hòa giải ở cơ sở", "thi đua, khen thưởng", "xây dựng văn bản pháp luật",
    "theo dõi thi hành pháp luật", "bồi thường nhà nước", "đấu giá tài sản", "công chứng",
    "chuyển đổi số", "cải cách hành chính", "xử lý vi phạm hành chính", "quản lý luật sư",
]  # fmt: skip
#: Sentences any article may use, whatever its topic (none says "thi đua" or "tổng kết").
GENERAL = [
    "{activity} được tổ chức tại {place} với sự tham gia của cán bộ các xã, thị trấn.",
    "Các đại biểu thảo luận những khó khăn, vướng mắc và đề xuất giải pháp tháo gỡ.",
    "Việc ứng dụng công nghệ thông tin giúp rút ngắn thời gian giải quyết thủ tục.",
    "Người dân vùng cao được hướng dẫn tận tình khi đến làm thủ tục tại bộ phận một cửa.",
    "Đoàn công tác kiểm tra sổ sách, hồ sơ lưu trữ và trao đổi với công chức tư pháp.",
    "Kết quả cho thấy tỷ lệ hồ sơ giải quyết đúng hạn đạt trên chín mươi phần trăm.",
    "Sở đề nghị các đơn vị tăng cường phối hợp, bảo đảm tiến độ theo kế hoạch năm {year}.",
    "Lãnh đạo huyện {place} cam kết tạo điều kiện để cán bộ hoàn thành nhiệm vụ.",
    "Báo cáo viên giới thiệu những điểm mới của văn bản pháp luật vừa ban hành.",
    "Các tổ hòa giải ở thôn, bản góp phần giữ gìn đoàn kết trong cộng đồng.",
    "Cuộc thi tìm hiểu pháp luật thu hút đông đảo học sinh, thanh niên tham gia.",
    "Trong năm {year}, nhiều xã đã hoàn thành số hóa sổ sách lưu trữ.",
]
#: What an article says about its own topic ({subject}); the emulation topic has its own.
ABOUT_SUBJECT = [
    "Đại diện Sở Tư pháp đánh giá cao kết quả {subject} của huyện {place}.",
    "Năm {year}, toàn tỉnh tiếp nhận và giải quyết hàng nghìn việc về {subject}.",
    "Nhiều mô hình hay về {subject} được giới thiệu và nhân rộng.",
    "Hội nghị đánh giá những kết quả nổi bật và hạn chế trong {subject}.",
]
ABOUT_EMULATION = [
    "Phong trào thi đua yêu nước tiếp tục được triển khai sâu rộng trong toàn ngành.",
    "Hội nghị tổng kết công tác thi đua, khen thưởng năm {year} biểu dương các tập thể tiêu biểu.",
    "Công tác tổng kết, đánh giá phong trào được thực hiện nghiêm túc, khách quan.",
    "Đợt thi đua cao điểm chào mừng ngày thành lập ngành diễn ra sôi nổi.",
]
EMULATION = "thi đua, khen thưởng"


def article(rng, number):
    """A news article about one topic: a few sentences on it among general ones."""
    activity, subject = rng.choice(ACTIVITIES), rng.choice(SUBJECTS)
    place, year = rng.choice(PLACES), rng.randint(2015, 2025)
    title = f"{activity} {subject} tại {place} năm {year} (số {number})"
    about = ABOUT_EMULATION if subject == EMULATION else ABOUT_SUBJECT
    picked = rng.sample(about, rng.randint(2, 4)) + rng.sample(GENERAL, rng.randint(5, 9))
    rng.shuffle(picked)
    sentences = [
        sentence.format(activity=f"{activity} {subject}", subject=subject, place=place, year=year)
        for sentence in picked
    ]
    count = len(sentences)
    paragraphs = "".join(f"<p>{' '.join(sentences[i : i + 4])}</p>" for i in range(0, count, 4))
    return title, sentences[0], paragraphs, year


def add_news_in_bulk(index, total, seed=2025, batch=2000):
    """Add news pages under ``index`` until it has ``total`` children, in bulk inserts.

    Publishing 100,000 pages one by one takes hours; these rows are what publishing leaves
    (live pages with first/last publication dates), written without revisions or signals.
    The search index is then built by ``rebuild_site_search``, as after an import.
    """
    from datetime import UTC, datetime, timedelta

    from django.contrib.contenttypes.models import ContentType
    from django.db import transaction
    from wagtail.models import Page
    from wagtail.rich_text import RichText

    from wagtail_emulation.news.models import NewsPage

    index.refresh_from_db()
    start = index.numchild
    rng = random.Random(seed + start)
    content_type = ContentType.objects.get_for_model(NewsPage)
    child_fields = list(NewsPage._meta.local_concrete_fields)
    for first in range(start, total, batch):
        numbers = range(first + 1, min(total, first + batch) + 1)
        pages, children = [], []
        for number in numbers:
            title, lead, body, year = article(rng, number)
            when = datetime(year, 1, 1, tzinfo=UTC) + timedelta(minutes=rng.randint(0, 525_000))
            slug = f"bench-search-{number}"
            pages.append(
                Page(
                    title=title, draft_title=title, slug=slug, content_type=content_type,
                    path=index._get_path(index.path, index.depth + 1, number),
                    depth=index.depth + 1, numchild=0, url_path=f"{index.url_path}{slug}/",
                    live=True, has_unpublished_changes=False, first_published_at=when,
                    last_published_at=when, latest_revision_created_at=when,
                    locale_id=index.locale_id, translation_key=uuid.uuid4(),
                )
            )  # fmt: skip
            children.append((lead, body))
        with transaction.atomic():
            created = Page.objects.bulk_create(pages)
            rows = []
            for page, (lead, body) in zip(created, children, strict=True):
                row = NewsPage(page_ptr_id=page.pk, lead=lead, body=[("paragraph", RichText(body))])
                row.__dict__.update(
                    {f.attname: getattr(page, f.attname) for f in Page._meta.concrete_fields}
                )
                rows.append(row)
            NewsPage._base_manager._insert(rows, fields=child_fields, using="default")
        print(f"  {numbers[-1]:,} news pages", end="\r", flush=True)
    Page.objects.filter(pk=index.pk).update(numchild=max(total, start))
    print()


def refresh_statistics():
    """ANALYZE the tables the bulk insert filled, as autovacuum does after an import (this
    project's PostgreSQL runs without autovacuum; stale statistics mislead the planner)."""
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute("ANALYZE")


def check_served(index):
    """The last bulk-written page is a live news page the site serves (200, its title)."""
    from django.test import Client
    from django.utils.html import escape

    from wagtail_emulation.news.models import NewsPage

    page = NewsPage.objects.live().child_of(index).order_by("-path").first()
    response = Client(HTTP_HOST="127.0.0.1").get(page.url)
    assert response.status_code == 200, (page.url, response.status_code)
    assert escape(page.title) in response.content.decode(), page.url
    return page.url


def rebuild_index():
    from django.core.management import call_command

    started = time.monotonic()
    call_command("rebuild_site_search")
    return time.monotonic() - started


def queries_per_search(query, cache_seconds):
    """(queries, writes) of one search page, steady state, with Django's test client; with
    ``cache_seconds`` 0 the page ranks afresh, else its ranking comes from the shared cache."""
    from django.db import connection
    from django.test import Client, override_settings
    from django.test.utils import CaptureQueriesContext

    client = Client(HTTP_HOST="127.0.0.1")
    with override_settings(WAGTAIL_EMULATION_SEARCH_CACHE_SECONDS=cache_seconds):
        client.get("/search/", {"q": query})
        with CaptureQueriesContext(connection) as context:
            response = client.get("/search/", {"q": query})
    assert response.status_code == 200
    sql = [q["sql"].lstrip().upper() for q in context.captured_queries]
    return len(sql), sum(s.startswith(("INSERT", "UPDATE", "DELETE")) for s in sql)


def explain(query_text):
    """(matches, ranking ms, entries ms) of one search's first page, from EXPLAIN ANALYZE of
    the two statements the search page runs (``RankedPaginator`` with the site's candidates;
    matches stop at one more than the candidates)."""
    from django.db import connection
    from wagtail.models import Site

    from wagtail_emulation.site_search.conf import app_settings
    from wagtail_emulation.site_search.folding import Query
    from wagtail_emulation.site_search.paging import RankedPaginator
    from wagtail_emulation.site_search.query import matching_entries, ranked

    root = Site.objects.get(is_default_site=True).root_page
    # As the search page ranks: only the best candidates (the count stops above them).
    candidates = app_settings.SEARCH_RANK_CANDIDATES
    query = Query(query_text)
    paginator = RankedPaginator(
        matching_entries(root.path, query),
        10,
        lambda entries: ranked(entries, query),
        candidates,
        query=query,
    )
    ranking = paginator.ranking(1)
    rows = list(ranking)
    entries = paginator.entries([pk for pk, _matches in rows])
    timings = []
    for statement in (ranking, entries):
        # The ranking is a statement of its own on PostgreSQL (site_search/vector_ranking.py).
        sql, params = getattr(statement, "query", statement).sql_with_params()
        with connection.cursor() as cursor:
            # The ORM compiled the statement; its values travel as parameters.
            cursor.execute(f"EXPLAIN (ANALYZE, FORMAT JSON) {sql}", params)  # noqa: S608
            timings.append(cursor.fetchone()[0][0]["Execution Time"])
    return (rows[0][1] if rows else 0), *timings


def recording(target, samples):
    """``target``, keeping each rate it measures in ``samples`` (the spread of the rounds)."""

    def measure(seconds):
        samples.append(target(seconds))
        return samples[-1]

    return measure


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--pages", type=int, default=100_000)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--seconds", type=int, default=5)
    parser.add_argument(
        "--reuse",
        action="store_true",
        help="measure the pages an earlier run left in BENCH_DATABASE_URL (no pages added)",
    )
    parser.add_argument("--no-reindex", action="store_true", help="with --reuse: keep the index")
    parser.add_argument(
        "--build-only", action="store_true", help="write and index the pages, serve nothing"
    )
    args = parser.parse_args()

    database_url = os.environ.get("BENCH_DATABASE_URL") or fresh_postgres(
        "wagtail_emulation_search_bench"
    )
    redis_url = os.environ.get("BENCH_REDIS_URL", "redis://127.0.0.1:6379/9")
    start_django(database_url, redis_url)
    from benchmarks import data

    print(describe(database_url, redis_url))
    if args.reuse:
        from django.core.management import call_command

        from benchmarks.bench_site.models import BarePage

        call_command("migrate", verbosity=0)
        from wagtail_emulation.news.models import NewsIndexPage, NewsPage

        pages = argparse.Namespace(bare=BarePage.objects.get(slug="bench-bare"))
        index = NewsIndexPage.objects.live().first()
        sizes = (NewsPage.objects.count(),)
    else:
        pages = data.build(news_pages=1)
        index = pages.news_index
        sizes = (1_000, args.pages)

    counts = {}
    for total in sizes:
        print(f"\nnews pages → {total:,}")
        if not args.reuse:
            started = time.monotonic()
            add_news_in_bulk(index, total)
            refresh_statistics()
            print(f"written in {time.monotonic() - started:.0f} s; served: {check_served(index)}")
        if not args.no_reindex:
            seconds = rebuild_index()
            print(f"indexed in {seconds:.0f} s")
        counts[total] = {q: queries_per_search(q, 0) for q, _kind in QUERIES}
        for query, (number, writes) in counts[total].items():
            matches, rank_ms, entries_ms = explain(query)
            cached, cached_writes = queries_per_search(query, 300)
            print(
                f"  “{query}”: {number} queries, {writes} writes ({cached}, {cached_writes} with "
                f"the ranking cached); {matches:,} matches; "
                f"PostgreSQL: ranking and count {rank_ms:.1f} ms, entries {entries_ms:.1f} ms"
            )

    if args.build_only:
        return
    uncached_env = {"HTML_CACHE": "0", "BENCH_SEARCH_CACHE_SECONDS": "0"}
    cached_env = {"HTML_CACHE": "0", "BENCH_SEARCH_CACHE_SECONDS": "300"}
    with (
        gunicorn("benchmarks.settings", uncached_env) as server,
        gunicorn("benchmarks.settings", cached_env) as cached,
    ):
        from urllib.parse import quote

        targets = {"bare Wagtail page": load_target(server + pages.bare.url)}
        for base, label in ((server, ""), (cached, ", ranking cached")):
            for query, kind in QUERIES:
                url = f"{base}/search/?q={quote(query)}"
                targets[f"search “{query}”{kind}{label}"] = load_target(url)
        for target in targets.values():
            target(2)
        samples = {name: [] for name in targets}
        recorded = {name: recording(target, samples[name]) for name, target in targets.items()}
        medians = interleaved_rounds(recorded, rounds=args.rounds, seconds=args.seconds)

    bare = medians["bare Wagtail page"]
    print(f"\n{'target':58} {'req/s':>8} {'× bare':>7}   rounds (req/s)")
    for name, value in medians.items():
        rounds = " ".join(f"{sample:.1f}" for sample in samples[name])
        print(f"{name:58} {value:8.1f} {value / bare:7.2f}   {rounds}")
    print("\nqueries per search, ranking afresh (middling folded, accented, broad, narrow):")
    for total, found in counts.items():
        print(f"  {total:,} news pages: {', '.join(str(found[q][0]) for q in found)}")


if __name__ == "__main__":
    main()
