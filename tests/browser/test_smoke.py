import pytest

pytestmark = pytest.mark.browser


def test_demo_home_page_loads_without_console_errors(portal, page, artifacts):
    response = page.goto(portal + "/")
    assert response.status == 200
    assert page.locator("h1").inner_text() == "Trang chủ"
    assert page.locator('[data-emulation="links"] select option').count() == 6
    page.screenshot(path=str(artifacts / "home.png"), full_page=True)
    assert page.console_errors == []


def test_website_links_jump_without_javascript(portal, browser):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.route("https://**", lambda route: route.fulfill(status=200, body="external"))
    page.goto(portal + "/")
    page.select_option("#emulation-links-select", label="Bộ Tư pháp")
    with page.expect_request("https://moj.gov.vn/"):
        page.get_by_role("button", name="Đi đến").click()
    context.close()
