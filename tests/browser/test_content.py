import pytest
from axe_playwright_python.sync_playwright import Axe

pytestmark = pytest.mark.browser

CAMPAIGN = "/phong-trao-thi-dua/thi-dua-chao-mung-40-nam-thanh-lap-nganh-tu-phap-tinh/"
NEWS = "/tin-tuc/tong-ket-phong-trao-thi-dua-nam-2023-va-ky-niem-40-nam-thanh-lap-nganh/"
EXEMPLAR = "/guong-dien-hinh-tien-tien/phong-ly-lich-tu-phap-ve-dich-som-chi-tieu-truc-tuyen/"
WCAG_21_AA = {"runOnly": {"type": "tag", "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]}}


def test_read_a_campaign_then_follow_related_news(portal, page, artifacts):
    page.goto(portal + CAMPAIGN)
    assert page.locator("h1").inner_text().startswith("Phát động phong trào thi đua")
    tasks = page.locator(".campaign-task")
    assert tasks.count() == 6
    assert tasks.first.inner_text().startswith("Một là,")
    assert tasks.last.inner_text().startswith("Sáu là,")
    page.screenshot(path=str(artifacts / "campaign.png"), full_page=True)

    # From the campaign's own news to an article, then along its "Tin liên quan".
    news_section = page.locator(
        "section", has=page.get_by_role("heading", name="Tin tức về phong trào")
    )
    news_section.get_by_role("link", name="Tổng kết phong trào thi đua năm 2023").click()
    page.wait_for_url(portal + NEWS)
    related = page.locator('[data-emulation="related"]')
    assert related.get_by_role("heading", name="Tin liên quan").is_visible()
    first = related.get_by_role("link").first
    # The editor's first pick comes first.
    assert first.inner_text() == "Sơ kết 6 tháng phong trào thi đua năm 2023"
    first.click()
    page.wait_for_url(portal + "/tin-tuc/so-ket-6-thang-phong-trao-thi-dua-nam-2023/")
    assert page.locator("h1").inner_text() == "Sơ kết 6 tháng phong trào thi đua năm 2023"
    assert page.console_errors == []


def test_campaign_index_filters_without_javascript(portal, browser):
    context = browser.new_context(java_script_enabled=False, locale="vi-VN")
    reader = context.new_page()
    reader.goto(portal + "/phong-trao-thi-dua/")
    reader.get_by_label("Hình thức").select_option(label="Theo chuyên đề")
    reader.get_by_role("button", name="Lọc").click()
    reader.wait_for_url("**form=thematic**")
    assert reader.locator(".emulation-listing__item").count() == 2
    context.close()


@pytest.mark.parametrize(
    "path",
    [
        CAMPAIGN,
        NEWS,
        EXEMPLAR,
        "/phong-trao-thi-dua/",
        "/tin-tuc/",
        "/tin-tuc/tags/thi-dua/",
        "/guong-dien-hinh-tien-tien/",
        "/tin-tuc/?published_from=31/02/2023",  # a filter error on screen
    ],
)
def test_content_pages_pass_axe(portal, page, path):
    page.goto(portal + path)
    results = Axe().run(page, options=WCAG_21_AA)
    assert results.response["violations"] == [], results.generate_report()
