"""The portal as deployed: every public page type under the strict Content-Security-Policy
with no violation, reader actions still working under it, and hashed static files whose ES
module imports follow the hashing (collectstatic with the manifest storage, then a vote)."""

import re

import pytest
from playwright.sync_api import expect

from tests.browser import demo_snapshot
from tests.faults.live import LiveServer, build_demo_database, gunicorn, manage, query

from .test_accessibility import PAGE_TYPES, demo_page_path
from .test_comments import fill_comment

pytestmark = pytest.mark.browser

# Collected before any script of the page runs; a blocked inline script or style= attribute
# fires one event each (and a console error).
RECORD_VIOLATIONS = """
window.cspViolations = [];
document.addEventListener("securitypolicyviolation", (event) => {
  window.cspViolations.push(`${event.violatedDirective} ${event.blockedURI} ${event.sample}`);
});
"""


@pytest.fixture
def watched_page(page):
    page.add_init_script(RECORD_VIOLATIONS)
    return page


def violations(page):
    page.wait_for_load_state("networkidle")  # scripts that load more (the comment form) ran
    return page.evaluate("window.cspViolations")


@pytest.mark.parametrize("page_type", PAGE_TYPES, ids=[page_type[0] for page_type in PAGE_TYPES])
def test_every_public_page_type_runs_under_the_policy(portal, watched_page, page_type):
    response = watched_page.goto(portal + demo_page_path(*page_type[1:]))
    assert response.status == 200
    assert "script-src 'self'" in response.headers["content-security-policy"]
    assert violations(watched_page) == []
    assert watched_page.console_errors == []


def test_the_404_page_runs_under_its_own_policy(portal, watched_page):
    response = watched_page.goto(portal + "/khong-co-trang-nay/")
    assert response.status == 404
    expect(watched_page.get_by_role("heading", level=1)).to_have_text("Không tìm thấy trang")
    # Its inline stylesheet applied: the main box has its red top border.
    border = watched_page.locator("main").evaluate("main => getComputedStyle(main).borderTopStyle")
    assert border == "solid"
    assert violations(watched_page) == []


def test_voting_commenting_and_reader_tools_work_under_the_policy(portal, watched_page, settings):
    from wagtail_emulation.news.models import NewsPage

    settings.WAGTAIL_EMULATION_COMMENTS_MIN_FILL_SECONDS = 0
    page = watched_page
    page.goto(portal + NewsPage.objects.live().first().url)

    rating = page.locator('[data-emulation="rating"]')
    page.wait_for_function("document.querySelector('[data-emulation=\"rating\"]').dataset.enhanced")
    rating.locator("label").nth(3).click()  # four stars
    rating.get_by_role("button", name="Gửi đánh giá").click()
    expect(rating.locator("[data-rating-status]")).to_have_text("Cảm ơn bạn đã đánh giá trang này.")

    comments = page.locator('[data-emulation="comments"]')
    comments.get_by_role("link", name="Viết bình luận").click()
    expect(comments.locator("form[data-comment-form]")).to_be_visible()
    fill_comment(page, "Góp ý gửi dưới chính sách bảo mật nội dung nghiêm ngặt.")
    comments.get_by_role("button", name="Gửi bình luận").click()
    expect(comments.get_by_role("status")).to_contain_text("đang chờ duyệt")

    page.get_by_role("button", name="A+ (chữ lớn)").click()
    expect(page.locator("html")).to_have_attribute("data-emulation-text-size", "large")

    assert violations(page) == []
    assert page.console_errors == []


# --- hashed static files, served the way nginx serves them ---

SETTINGS = "tests.browser.production_settings"
NEWS_PAGE = """
    SELECT p.url_path FROM wagtailcore_page p
    JOIN wagtail_emulation_news_newspage n ON n.page_ptr_id = p.id
    WHERE p.live ORDER BY p.path LIMIT 1
"""
HASHED = re.compile(r"\.[0-9a-f]{12}\.js$")


@pytest.fixture
def production_server(portal, tmp_path, monkeypatch):
    """The demo under gunicorn with the production settings (DEBUG = False, the manifest
    storage), after ``collectstatic`` into a fresh STATIC_ROOT that is served by path alone,
    as nginx's ``alias`` serves it: a name missing from it is a 404, not a fallback."""
    monkeypatch.setenv("SECRET_KEY", "browser-test-" + "k" * 50)
    monkeypatch.setenv("HTTPS", "0")  # plain HTTP on 127.0.0.1; HTTPS is tested without a browser
    monkeypatch.setenv("STATIC_ROOT", str(tmp_path / "static"))
    if demo_snapshot.snapshots_possible():
        # The demo the portal fixture restored, in a file: no migrate and load_demo of its own.
        database = demo_snapshot.copy_to_file(tmp_path / "demo.sqlite3")
    else:
        database = build_demo_database(tmp_path)
    manage(database, "collectstatic", "--noinput", "-v0", settings=SETTINGS)
    with LiveServer(database, gunicorn(workers=1, threads=4), settings=SETTINGS) as server:
        yield server, database


@pytest.mark.slow  # collectstatic and a gunicorn server first
def test_collected_static_modules_import_their_hashed_neighbours_and_voting_works(
    production_server, page
):
    server, database = production_server
    # The Site's root page holds the home page's path segment, which addresses leave out.
    (url_path,) = query(database, NEWS_PAGE)
    article = "/" + url_path.strip("/").split("/", 1)[1] + "/"
    scripts, failed = [], []
    page.on(
        "response",
        lambda response: (
            response.request.resource_type == "script"
            and scripts.append((response.url, response.status))
        ),
    )
    page.on("response", lambda response: response.ok or failed.append(response.url))

    page.goto(server.url + article)
    rating = page.locator('[data-emulation="rating"]')
    page.wait_for_function("document.querySelector('[data-emulation=\"rating\"]').dataset.enhanced")
    count_before = int(rating.get_attribute("data-count"))
    rating.locator("label").nth(4).click()  # five stars
    rating.get_by_role("button", name="Gửi đánh giá").click()
    expect(rating.locator("[data-rating-status]")).to_have_text("Cảm ơn bạn đã đánh giá trang này.")
    assert int(rating.get_attribute("data-count")) == count_before + 1
    # Uploaded pictures are the web server's in production (README); this server has no /media/.
    assert [url for url in failed if "/media/" not in url] == []
    assert [error for error in page.console_errors if "Failed to load resource" not in error] == []

    paths = [url.removeprefix(server.url) for url, _status in scripts]
    assert all(status == 200 for _url, status in scripts), scripts
    assert any(path.startswith("/static/wagtail_emulation/ratings/rating.") for path in paths)
    # rating.js's own import of ../js/state.js was rewritten: only the hashed name is asked for.
    assert any(path.startswith("/static/wagtail_emulation/js/state.") for path in paths)
    assert all(HASHED.search(path) for path in paths if path.startswith("/static/")), paths
