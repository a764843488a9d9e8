"""The document library in a browser: a reader filters with the form (no script needed), sees
the errors of a backwards date range, and axe finds nothing on any of those states."""

import pytest

from .axe import assert_no_axe_violations

pytestmark = pytest.mark.browser


def test_filtering_the_library_through_its_form_is_accessible(portal, page):
    page.goto(portal + "/van-ban/")
    page.select_option("select[name=type]", label="Quyết định")
    page.select_option("select[name=year]", label="2023")
    page.select_option("select[name=issuer]", label="Ủy ban nhân dân tỉnh Điện Biên")
    page.click(".emulation-filters button[type=submit]")
    page.wait_for_load_state()
    assert "type=" in page.url and "year=2023" in page.url
    titles = page.locator(".legal-library__title a").all_inner_texts()
    assert titles == ["Quyết định 15/2023/QĐ-UBND"]
    assert_no_axe_violations(page)
    page.click(".legal-library__title a")
    page.wait_for_load_state()
    assert page.locator("[data-emulation=legal-status]").inner_text() == "Hết hiệu lực một phần"
    assert_no_axe_violations(page)
    assert page.console_errors == []


def test_filter_errors_are_accessible(portal, page):
    page.goto(portal + "/van-ban/?issued_from=01/01/2025&issued_to=01/01/2024&number=1")
    assert "Khoảng ngày bị ngược" in page.locator("#id_issued_to_error").inner_text()
    assert_no_axe_violations(page)
