"""The public search page on the demo portal, as a reader without JavaScript uses it."""

import re
from datetime import date
from io import StringIO

import pytest
from django.core.management import call_command
from django.db import connection
from django.test import Client, override_settings
from django.test.utils import CaptureQueriesContext
from wagtail.models import PageViewRestriction

from example_site.portal.models import StandardPage
from tests.campaigns.builders import moment, news, news_index, publish
from wagtail_emulation.news.models import NewsIndexPage, NewsPage
from wagtail_emulation.site_search.models import SearchEntry

REVIEW_TITLE = "Tổng kết phong trào thi đua giai đoạn 2021–2025 của ngành Tư pháp tỉnh"
WRITES = ("INSERT", "UPDATE", "DELETE")
BROWSER = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 Chrome/131.0 Safari/537.36"


def search(**params):
    response = Client().get("/search/", params)
    assert response.status_code == 200
    return response.content.decode()


def titles(html):
    """The result titles in order, without their <mark> tags."""
    found = re.findall(r'<h2 class="emulation-search__title"><a [^>]*>(.*?)</a>', html, re.S)
    return [re.sub(r"</?mark>", "", title) for title in found]


def count_line(html):
    return re.search(r'<p class="emulation-search__count" role="status">(.*?)</p>', html).group(1)


def total_found(html):
    return int(re.search(r"Tìm thấy ([\d.]+) kết quả", count_line(html)).group(1).replace(".", ""))


@pytest.fixture
def newsroom(home):
    return NewsIndexPage.objects.child_of(home).get()


def test_unaccented_words_find_the_2021_2025_review_highlighted(demo):
    html = search(q="tong ket thi dua")
    assert titles(html)[0] == REVIEW_TITLE
    assert "<mark>Tổng kết</mark> phong trào <mark>thi đua</mark> giai đoạn 2021–2025" in html
    assert re.fullmatch(r"Tìm thấy \d+ kết quả cho “tong ket thi dua”", count_line(html))
    assert 'class="emulation-search__excerpt"' in html and "<mark>" in html


def results(html):
    """``(title, marked words)`` of each result in order, the marks of its title and excerpt."""
    found = re.findall(
        r'<h2 class="emulation-search__title"><a [^>]*>(.*?)</a>.*?'
        r'<p class="emulation-search__excerpt">(.*?)</p>',
        html,
        re.S,
    )
    return [
        (re.sub(r"</?mark>", "", title), re.findall(r"<mark>(.*?)</mark>", title + excerpt))
        for title, excerpt in found
    ]


def test_the_whole_phrase_ranks_first_and_only_the_matched_words_are_marked(newsroom):
    # Beside the demo's pages (words of the query two by two: "tổng kết", "thi đua"), an old
    # page holding the whole phrase in its lead only, and the newest page, which holds the
    # four syllables apart ("thị trấn", "đưa"), two of them in its title.
    phrase = news(
        newsroom,
        "Hội nghị ngành Tư pháp năm 2019",
        moment(2019, 1, 10),
        lead="Sở tổ chức hội nghị tổng kết thi đua, khen thưởng năm 2018.",
    )
    scattered = news(
        newsroom,
        "Thị trấn Tuần Giáo đưa tủ sách pháp luật về bản",
        moment(2026, 11, 30),
        lead="Tổng số đầu sách tăng gấp đôi; kết quả được ghi nhận.",
    )
    found = results(search(q="tong ket thi dua"))
    order = [title for title, _marks in found]
    marks = dict(found)
    assert order[0] == phrase.title
    assert marks[phrase.title] == ["tổng kết thi đua"]
    # The pages holding words of the query side by side all come before the scattered one,
    # and show only those words: no "thị", "đưa" or lone "kết" among their marks.
    assert order[-1] == scattered.title
    assert marks[REVIEW_TITLE][:2] == ["Tổng kết", "thi đua"]
    for title in order[1:-1]:
        assert marks[title], title
        assert {mark.lower() for mark in marks[title]} <= {"tổng kết", "thi đua"}, title
    # Matching only through single syllables, the scattered page shows just those.
    assert marks[scattered.title] == ["Thị", "đưa", "Tổng", "kết"]


def test_dien_bien_finds_the_pages_that_say_dien_bien(demo):
    html = search(q="Dien Bien")
    found = titles(html)
    assert found
    assert "<mark>Điện Biên</mark>" in html
    expected = SearchEntry.objects.filter(text__contains="Điện Biên").count()
    assert total_found(html) >= expected > 0


def test_hoi_nghi_tong_ket_finds_hoi_nghi_tong_ket(newsroom):
    news(newsroom, "Hội nghị tổng kết công tác tư pháp năm 2024", moment(2025, 1, 10))
    html = search(q="hoi nghi tong ket")
    assert "Hội nghị tổng kết công tác tư pháp năm 2024" in titles(html)
    assert "<mark>Hội nghị tổng kết</mark> công tác tư pháp" in html


def test_an_accented_query_ranks_the_same_accents_first(newsroom):
    # The page with other accents is newer, so only the accents can put the other first.
    news(newsroom, "Hội nghị cán bộ chủ chốt", moment(2024, 1, 1))
    news(newsroom, "Hỏi nghỉ phép năm thế nào cho đúng", moment(2025, 6, 1))
    exact, other = "Hội nghị cán bộ chủ chốt", "Hỏi nghỉ phép năm thế nào cho đúng"
    found = titles(search(q="hội nghị"))
    assert found.index(exact) < found.index(other)
    assert found[-1] == other  # every page spelling "hội nghị" comes before it
    assert titles(search(q="hỏi nghỉ"))[0] == other
    # Without accents both match.
    assert {exact, other} <= set(titles(search(q="hoi nghi")))


def test_the_hosts_own_page_types_are_found(demo):
    html = search(q="gioi thieu")
    assert "Giới thiệu" in titles(html)
    assert StandardPage.objects.filter(title="Giới thiệu").exists()


def test_filters_narrow_by_type_section_and_dates(demo, newsroom):
    all_found = titles(search(q="thi dua"))
    news_only = titles(search(q="thi dua", type="wagtail_emulation_news.newspage"))
    assert news_only and len(news_only) < len(all_found) or len(news_only) == 10
    assert set(news_only) <= set(NewsPage.objects.values_list("title", flat=True))
    in_section = titles(search(q="thi dua", section=str(newsroom.pk)))
    assert set(in_section) <= {newsroom.title, *NewsPage.objects.values_list("title", flat=True)}
    in_2023 = titles(search(q="thi dua", date_from="1/1/2023", date_to="31/12/2023"))
    years = {page.first_published_at.year for page in NewsPage.objects.filter(title__in=in_2023)}
    assert years == {2023}


def filters(html):
    return re.search(r'<div class="emulation-filters">.*?</details>', html, re.S).group(0)


def test_the_filter_fields_are_rendered_once_per_site_until_content_changes(newsroom, home):
    """Without a filter set the fields read the same for every search: the second search
    shows them without rendering a widget, and a new section shows in the next search."""
    first = Client().get("/search/", {"q": "thi dua"})
    second = Client().get("/search/", {"q": "hoa giai"})
    # (Only the words' box, which holds them, is rendered for each search.)
    rendered = {template.name for template in second.templates}
    assert "django/forms/widgets/select.html" not in rendered, rendered
    assert filters(second.content.decode()) == filters(first.content.decode())
    assert f'<option value="{newsroom.pk}">{newsroom.title}</option>' in filters(
        second.content.decode()
    )
    # A filter set renders the fields for that search, its choice selected.
    chosen = search(q="thi dua", section=str(newsroom.pk))
    assert f'<option value="{newsroom.pk}" selected>' in filters(chosen)

    section = publish(home, StandardPage(title="Chuyên mục mới tạo", slug="chuyen-muc-moi"))
    assert f'<option value="{section.pk}">Chuyên mục mới tạo</option>' in filters(
        search(q="hoa giai")
    )


def test_a_bad_filter_value_is_reported_and_ignored(demo):
    html = search(q="thi dua", date_from="32/13/2023")
    assert "Nhập ngày theo dạng ngày/tháng/năm" in html or "emulation-filters__error" in html
    assert titles(html)


def test_sorting_by_date_puts_the_newest_first(demo):
    html = search(q="thi dua", sort="newest", type="wagtail_emulation_news.newspage")
    found = titles(html)
    dates = [NewsPage.objects.get(title=title).first_published_at for title in found]
    assert dates == sorted(dates, reverse=True)


@override_settings(WAGTAIL_EMULATION_SEARCH_PER_PAGE=2)
def test_results_are_paged(demo):
    first = search(q="thi dua")
    second = search(q="thi dua", page="2")
    assert len(titles(first)) == 2 and len(titles(second)) == 2
    assert not set(titles(first)) & set(titles(second))
    assert 'rel="next"' in first and "page=2" in first
    assert '<ol class="emulation-search__results" start="3">' in second


def test_the_pages_split_the_ranking_and_count_every_match(demo):
    with override_settings(WAGTAIL_EMULATION_SEARCH_PER_PAGE=1000):
        everything = search(q="thi dua")
    ranked, total = titles(everything), total_found(everything)
    assert total == len(ranked) > 4
    last = -(-total // 3)
    with override_settings(WAGTAIL_EMULATION_SEARCH_PER_PAGE=3):
        pages = [search(q="thi dua", page=str(number)) for number in range(1, last + 1)]
        assert [title for html in pages for title in titles(html)] == ranked
        assert {total_found(html) for html in pages} == {total}
        # Past the end: the last page; not a number: the first.
        assert titles(search(q="thi dua", page=str(last + 5))) == titles(pages[-1])
        assert total_found(search(q="thi dua", page=str(last + 5))) == total
        assert titles(search(q="thi dua", page="abc")) == titles(pages[0])


def test_nothing_found_says_so_and_suggests(demo):
    html = search(q="xyzzy qwerty")
    assert "Tìm thấy 0 kết quả" in count_line(html)
    assert "Không có trang nào khớp với “xyzzy qwerty”" in html
    assert "Không cần gõ dấu" in html
    assert 'href="/tin-tuc/"' in html  # the sections to browse
    assert "Sơ đồ trang" in html


def test_an_empty_query_shows_the_form_and_the_sections(demo):
    html = search()
    assert 'name="q"' in html and "emulation-search__count" not in html
    assert 'href="/tin-tuc/"' in html


def test_editors_picks_show_for_the_query_typed_without_accents(demo):
    html = search(q="thi dua")
    picks = re.search(r'<section class="emulation-search__picks".*?</section>', html, re.S)
    assert picks and "Gợi ý" in picks.group()
    assert "Toàn ngành Tư pháp đoàn kết" in picks.group()


def test_a_search_writes_nothing_and_is_the_same_for_every_reader(demo):
    Client().get("/search/", {"q": "tong ket thi dua"})  # warm the caches
    with CaptureQueriesContext(connection) as queries:
        first = Client().get("/search/", {"q": "tong ket thi dua"})
    second = Client(HTTP_USER_AGENT="Another browser").get("/search/", {"q": "tong ket thi dua"})
    assert not [q for q in queries.captured_queries if q["sql"].lstrip().upper().startswith(WRITES)]
    assert first.content == second.content
    assert "Set-Cookie" not in first.headers and "Cookie" not in first.headers.get("Vary", "")
    assert "csrfmiddlewaretoken" not in first.content.decode()


@pytest.mark.parametrize("cache_seconds", [0, 300])
def test_queries_per_search_do_not_grow_with_the_pages(newsroom, cache_seconds, settings):
    settings.WAGTAIL_EMULATION_SEARCH_CACHE_SECONDS = cache_seconds

    def queries():
        client = Client()
        client.get("/search/", {"q": "bao cao thi dua"})
        with CaptureQueriesContext(connection) as context:
            client.get("/search/", {"q": "bao cao thi dua"})
        return len(context.captured_queries)

    for number in range(3):
        news(newsroom, f"Báo cáo thi đua số {number}", moment(2024, 1, 1 + number))
    few = queries()
    for number in range(3, 30):
        news(newsroom, f"Báo cáo thi đua số {number}", moment(2024, 2, 1 + number % 28))
    assert queries() == few


def test_a_repeated_search_is_ranked_once_until_content_changes(newsroom):
    first = news(newsroom, "Hội nghị ở Nậm Pồ về hộ tịch", moment(2024, 1, 1))
    assert titles(search(q="nam po")) == [first.title]
    with CaptureQueriesContext(connection) as context:
        html = search(q="nam po")
    assert titles(html) == [first.title]
    assert not [q for q in context.captured_queries if " OVER " in q["sql"]]
    # Publishing drops the kept ranking: the new page shows at once.
    second = news(newsroom, "Hội nghị ở Nậm Pồ về chứng thực", moment(2024, 2, 1))
    assert titles(search(q="nam po")) == [second.title, first.title]
    # So does a rebuild after an import that sent no signal (here: unpublished in bulk).
    NewsPage.objects.filter(pk=second.pk).update(live=False)
    call_command("rebuild_site_search", "--no-progress", stdout=StringIO())
    html = search(q="nam po")
    assert titles(html) == [first.title]
    assert total_found(html) == 1


def test_unpublished_moved_and_private_pages_follow(newsroom, home):
    page = news(newsroom, "Tin về Mường Nhé", moment(2024, 3, 1))
    assert titles(search(q="muong nhe")) == ["Tin về Mường Nhé"]
    other = news_index(home, slug="tin-khac")
    page.move(other, pos="last-child")
    entry = SearchEntry.objects.get(page=page)
    assert entry.path.startswith(other.path)
    assert Client().get("/search/", {"q": "muong nhe"}).content.decode().count("/tin-khac/") >= 1
    PageViewRestriction.objects.create(page=other, restriction_type="login")
    assert titles(search(q="muong nhe")) == []
    PageViewRestriction.objects.filter(page=other).delete()
    assert titles(search(q="muong nhe")) == ["Tin về Mường Nhé"]
    page.refresh_from_db()
    page.unpublish()
    assert titles(search(q="muong nhe")) == []
    publish  # noqa: B018 - the builders' publish is what indexes; kept imported for readers


def test_rebuild_indexes_every_live_page_with_a_progress_bar(demo):
    indexed_on_publishing = titles(search(q="tong ket thi dua"))
    SearchEntry.objects.all().delete()
    out, err = StringIO(), StringIO()
    call_command("rebuild_site_search", stdout=out, stderr=err)
    live = SearchEntry.objects.count()
    assert live > 20
    assert f"Indexed {live:,} pages" in out.getvalue()
    assert re.search(rf"\[#+\] {live:,}/{live:,} 100%", err.getvalue())
    # The same entries as publishing wrote, so the same results in the same order.
    assert titles(search(q="tong ket thi dua")) == indexed_on_publishing


def test_the_header_of_every_demo_page_has_the_search_box_and_the_footer_the_site_map(demo):
    for url in ("/", "/tin-tuc/", "/search/?q=thi+dua"):
        html = Client().get(url).content.decode()
        assert 'data-emulation="search-box"' in html and 'action="/search/"' in html
        assert re.search(
            r'<a class="emulation-site-map-link" href="/so-do-trang/">Sơ đồ trang</a>', html
        )


def test_dates_filter_by_whole_days_in_vietnam_time(newsroom):
    news(newsroom, "Tin đăng lúc nửa đêm Điện Biên", moment(2024, 5, 2, 0))
    found = titles(search(q="nua dem", date_from="2/5/2024", date_to="2/5/2024"))
    assert found == ["Tin đăng lúc nửa đêm Điện Biên"]
    assert titles(search(q="nua dem", date_to="1/5/2024")) == []
    assert date(2024, 5, 2)


def test_a_broad_query_ranks_only_the_newest_candidates_and_says_more_than(newsroom):
    for number in range(6):
        news(newsroom, f"Hồ sơ thi đua số {number}", moment(2024, 3, 1 + number))
    with override_settings(WAGTAIL_EMULATION_SEARCH_PER_PAGE=100):
        everything = search(q="ho so thi dua")
        total = total_found(everything)
        with override_settings(WAGTAIL_EMULATION_SEARCH_RANK_CANDIDATES=3):
            capped = search(q="ho so thi dua")
            newest_first = search(q="ho so thi dua", sort="newest")
        with override_settings(WAGTAIL_EMULATION_SEARCH_RANK_CANDIDATES=total):
            exactly = search(q="ho so thi dua")
    assert total >= 6
    assert count_line(capped).startswith("Tìm thấy hơn 3 kết quả")
    # Three of the newest matches (one more is read to tell "more than"), ranked.
    newest = {f"Hồ sơ thi đua số {number}" for number in (2, 3, 4, 5)}
    assert len(titles(capped)) == 3 and set(titles(capped)) <= newest
    # Sorting by date and a cap the matches do not exceed count every match.
    assert total_found(newest_first) == total_found(exactly) == total
    assert titles(exactly) == titles(everything)


def test_a_capped_ranking_costs_the_same_queries(newsroom):
    for number in range(4):
        news(newsroom, f"Hồ sơ số {number}", moment(2024, 4, 1 + number))
    # A browser's User-Agent: crawlers may be served a kept copy.
    client = Client(HTTP_USER_AGENT=BROWSER)

    def queries(candidates):
        with override_settings(
            WAGTAIL_EMULATION_SEARCH_CACHE_SECONDS=0,
            WAGTAIL_EMULATION_SEARCH_RANK_CANDIDATES=candidates,
        ):
            client.get("/search/", {"q": "ho so"})
            with CaptureQueriesContext(connection) as context:
                html = client.get("/search/", {"q": "ho so"}).content.decode()
        return len(context.captured_queries), "hơn" in count_line(html)

    # On PostgreSQL a capped ranking first asks the planner how many pages match (no row
    # read): one query more, whatever the number of pages (see site_search/candidates.py).
    estimate = 1 if connection.vendor == "postgresql" else 0
    assert queries(0) == (queries(2)[0] - estimate, False)
    assert queries(2)[1]


#: Both roads to the newest candidates (see site_search/candidates.py): every query broad
#: (the newest pages walked) and none (the matches read through the term index on
#: PostgreSQL). SQLite always walks; the pages must read the same either way.
ROADS = pytest.mark.parametrize("broad_matches", [0, 10**9], ids=["walked", "term-index"])


def candidates_and_road(candidates, broad_matches):
    return override_settings(
        WAGTAIL_EMULATION_SEARCH_RANK_CANDIDATES=candidates,
        WAGTAIL_EMULATION_SEARCH_BROAD_MATCHES=broad_matches,
        WAGTAIL_EMULATION_SEARCH_CACHE_SECONDS=0,
    )


@ROADS
def test_a_broad_query_says_more_than_and_shows_the_best_of_the_newest_first(
    newsroom, broad_matches
):
    older_phrase = news(newsroom, "Hồ sơ thi đua Sín Thầu năm 2020", moment(2024, 3, 1))
    scattered = [
        news(newsroom, f"Thi đua nộp hồ sơ đợt {number}", moment(2024, 3, 1 + number))
        for number in (1, 2, 4)
    ]
    phrase = news(newsroom, "Hồ sơ thi đua đợt 3", moment(2024, 3, 4))
    with candidates_and_road(3, broad_matches):
        html = search(q="ho so thi dua")
        narrow = search(q="sin thau")
    # The count is approximate and says so; the newest four matches (three candidates and
    # one to tell "more than") are ranked: the whole phrase first, an older one not at all.
    assert count_line(html).startswith("Tìm thấy hơn 3 kết quả")
    shown = titles(html)
    assert shown[0] == phrase.title
    assert set(shown[1:]) == {scattered[2].title, scattered[1].title}
    assert older_phrase.title not in shown
    # A narrow query is counted exactly.
    assert titles(narrow) == [older_phrase.title]
    assert count_line(narrow).startswith("Tìm thấy 1 kết quả")


@ROADS
def test_a_search_costs_the_same_queries_at_3_and_30_pages_on_either_road(newsroom, broad_matches):
    client = Client(HTTP_USER_AGENT=BROWSER)

    def queries():
        client.get("/search/", {"q": "bao cao sin thau"})
        with CaptureQueriesContext(connection) as context:
            html = client.get("/search/", {"q": "bao cao sin thau"}).content.decode()
        return len(context.captured_queries), count_line(html)

    with candidates_and_road(5, broad_matches):
        for number in range(3):
            news(newsroom, f"Báo cáo Sín Thầu số {number}", moment(2024, 1, 1 + number))
        few, exact = queries()
        for number in range(3, 30):
            news(newsroom, f"Báo cáo Sín Thầu số {number}", moment(2024, 2, 1 + number % 28))
        many, approximate = queries()
    assert many == few
    assert exact.startswith("Tìm thấy 3 kết quả")
    assert approximate.startswith("Tìm thấy hơn 5 kết quả")


def test_postgresql_walks_the_newest_pages_only_for_a_query_estimated_broad(newsroom):
    from wagtail_emulation.site_search.candidates import estimated_matches, walks_newest_pages
    from wagtail_emulation.site_search.folding import Query
    from wagtail_emulation.site_search.query import matching_entries

    for number in range(4):
        news(newsroom, f"Hồ sơ số {number}", moment(2024, 4, 1 + number))
    matches = matching_entries(newsroom.get_site().root_page.path, Query("ho so"))
    estimate = estimated_matches(matches)
    if connection.vendor != "postgresql":
        assert estimate is None and walks_newest_pages(matches)
        return
    assert estimate >= 1
    with override_settings(WAGTAIL_EMULATION_SEARCH_BROAD_MATCHES=estimate - 1):
        assert walks_newest_pages(matches)
    with override_settings(WAGTAIL_EMULATION_SEARCH_BROAD_MATCHES=estimate):
        assert not walks_newest_pages(matches)


def header(html):
    return re.search(r'<header class="portal-header">.*?</header>', html, re.S).group(0)


def reads_the_menu(queries):
    """A query that filters pages on "show in menus" (the menu's, not a row that has it)."""
    return any('"show_in_menus"' in q["sql"].partition(" WHERE ")[2] for q in queries)


def test_the_search_page_keeps_the_sites_frame_until_content_changes(newsroom, home):
    """Outside a page the header, menu and footer are the site's: kept, not rendered for
    every search, and a renamed section shows in the next search's menu."""
    news(newsroom, "Hội nghị tập huấn hòa giải", moment(2024, 1, 1))
    cold = Client()
    with CaptureQueriesContext(connection) as first:
        first_html = search(q="hoa giai")
    with CaptureQueriesContext(connection) as second:
        second_html = cold.get("/search/", {"q": "tap huan"}).content.decode()
    assert header(second_html) == header(first_html)
    assert not reads_the_menu(second.captured_queries), "the menu was read for a second search"
    assert reads_the_menu(first.captured_queries)
    # The home page's own frame marks the home link as the current page; the search's does not.
    assert 'aria-current="page"' not in header(second_html)
    assert 'aria-current="page"' in header(Client().get(home.url).content.decode())

    newsroom.title = "Tin tức – sự kiện của Sở"
    newsroom.save_revision().publish()
    assert "Tin tức – sự kiện của Sở" in header(search(q="hoa giai"))


def ranked_pages(query_text, per_page, candidates, pages, with_words):
    """The ids and counts of ``pages`` of a relevance ranking of ``candidates``, as the
    search page ranks them (``with_words``: the search's words given, so PostgreSQL takes
    its own statement) or as the ORM alone does."""
    from wagtail.models import Site

    from wagtail_emulation.site_search.folding import Query
    from wagtail_emulation.site_search.paging import RankedPaginator
    from wagtail_emulation.site_search.query import matching_entries, ranked

    query = Query(query_text)
    matches = matching_entries(Site.objects.get(is_default_site=True).root_page.path, query)
    paginator = RankedPaginator(
        matches,
        per_page,
        lambda entries: ranked(entries, query),
        candidates,
        query=query if with_words else None,
    )
    return [list(paginator.ranking(number)) for number in pages]


@ROADS
def test_every_page_of_a_ranking_is_the_orms_whatever_the_road(newsroom, broad_matches):
    # Ties and every key of the order: the same accents, the whole phrase, pairs, scattered
    # syllables, one word, and dates (the newest of equals first).
    for number, (title, day) in enumerate(
        [
            ("Hội nghị tổng kết công tác tư pháp", 1),
            ("Hội nghị tổng kết thi đua khen thưởng", 2),
            ("Hỏi nghỉ tổng kết thế nào", 3),
            ("Tổng kết hội nghị cán bộ", 4),
            ("Hội nghị cán bộ, kết quả tổng hợp", 5),
            ("Hội nghị tổng kết công tác tư pháp", 6),
            ("Hội thảo nghị quyết, tổng số kết luận", 7),
            ("Tổng kết năm", 8),
        ]
    ):
        news(newsroom, f"{title} ({number})", moment(2024, 6, day), lead="Hội nghị tổng kết.")
    with override_settings(WAGTAIL_EMULATION_SEARCH_BROAD_MATCHES=broad_matches):
        for text in ("Hội nghị tổng kết", "hoi nghi tong ket", "tong ket", "hội", "kết"):
            for candidates in (4, 7, 1000):
                pages = range(1, 6)
                page_rows = ranked_pages(text, 2, candidates, pages, with_words=True)
                assert page_rows == ranked_pages(text, 2, candidates, pages, with_words=False)
                assert page_rows[0], (text, candidates)


def plan_nodes(node):
    yield node
    for child in node.get("Plans", []):
        yield from plan_nodes(child)


def test_postgresql_ranks_the_candidates_from_one_read_of_the_entries(newsroom):
    """The page's ranking statement reads the index's table once: the candidates' rows, with
    their vectors, come from the scan that finds them, not from a second lookup by id."""
    if connection.vendor != "postgresql":
        pytest.skip("the term vectors and their statement are PostgreSQL's")
    for number in range(3):
        news(newsroom, f"Hội nghị tổng kết số {number}", moment(2024, 5, 1 + number))
    with (
        override_settings(WAGTAIL_EMULATION_SEARCH_CACHE_SECONDS=0),
        CaptureQueriesContext(connection) as context,
    ):
        html = search(q="hoi nghi tong ket")
    assert titles(html)[0].startswith("Hội nghị tổng kết số 2")
    ranking = next(q["sql"] for q in context.captured_queries if "OVER ()" in q["sql"])
    with connection.cursor() as cursor:
        cursor.execute(f"EXPLAIN (FORMAT JSON) {ranking}")
        plan = cursor.fetchone()[0]
    table = SearchEntry._meta.db_table
    scans = [n for n in plan_nodes(plan[0]["Plan"]) if n.get("Relation Name") == table]
    assert len(scans) == 1, scans


def test_postgresql_keeps_the_index_rows_small(demo):
    """Long values (the page's text, its vector) are kept out of the table's rows, which a
    search reads for every match of a middling query (migration 0003)."""
    if connection.vendor != "postgresql":
        pytest.skip("a PostgreSQL storage parameter")
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT reloptions FROM pg_class WHERE relname = %s", [SearchEntry._meta.db_table]
        )
        assert "toast_tuple_target=128" in cursor.fetchone()[0]


def test_each_result_is_read_once_and_its_page_row_only_for_its_address(newsroom, monkeypatch):
    """A result's title and text are folded once each (whether its lone words are marked,
    its highlighted title and its excerpt all come from that), and of its page only the
    address is read: the page shows the same results, for less work."""
    from wagtail_emulation.site_search import excerpts

    for number in range(3):
        news(newsroom, f"Hội nghị tổng kết công tác số {number}", moment(2024, 3, 1 + number))
    search(q="hoi nghi tong ket")  # warm the caches
    folded = []
    fold = excerpts.fold_in_place
    monkeypatch.setattr(excerpts, "fold_in_place", lambda text: folded.append(text) or fold(text))
    with CaptureQueriesContext(connection) as context:
        html = search(q="hoi nghi tong ket")
    shown = titles(html)
    assert len(shown) >= 3 and "<mark>Hội nghị tổng kết</mark>" in html
    assert len(folded) == 2 * len(shown)
    entries = next(q["sql"] for q in context.captured_queries if '"text"' in q["sql"])
    assert '"url_path"' in entries and '"body_terms"' not in entries
    assert '"wagtailcore_page"."title"' not in entries
