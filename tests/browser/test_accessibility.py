"""WCAG 2.1 A/AA (axe-core) on every demo page type, in each reader-tools display mode, plus
landmarks, the skip link and visible keyboard focus.

PAGE_TYPES lists each page type the demo has; add a type here as it lands. The reader-facing
visit statistics are the sidebar box on every page; the editors' are checked in the admin.
"""

import pytest

from .axe import assert_no_axe_violations

pytestmark = pytest.mark.browser

# One live demo page of each type: (test id, app label, model name[, view of that page]).
# Looked up, not hard-coded, so renamed demo slugs do not break the check; a type with no live
# demo page fails it.
PAGE_TYPES = [
    ("home", "portal", "HomePage"),
    ("about", "portal", "StandardPage"),
    ("campaign-index", "wagtail_emulation_campaigns", "CampaignIndexPage"),
    ("campaign", "wagtail_emulation_campaigns", "CampaignPage"),
    ("news-index", "wagtail_emulation_news", "NewsIndexPage"),
    ("news", "wagtail_emulation_news", "NewsPage"),
    ("exemplar-index", "wagtail_emulation_exemplars", "ExemplarIndexPage"),
    ("exemplar", "wagtail_emulation_exemplars", "ExemplarStoryPage"),
    ("library", "wagtail_emulation_legal_documents", "LegalDocumentIndexPage"),
    ("legal-document", "wagtail_emulation_legal_documents", "LegalDocumentPage"),
    ("procedure-catalogue", "wagtail_emulation_procedures", "ProcedureIndexPage"),
    ("procedure", "wagtail_emulation_procedures", "ProcedurePage"),
    ("decision-register", "wagtail_emulation_commendations", "DecisionIndexPage"),
    ("honour-board", "wagtail_emulation_commendations", "HonourBoardPage"),
    ("registration-table", "wagtail_emulation_commendations", "RegistrationTablePage"),
    ("candidate-notice", "wagtail_emulation_commendations", "CandidateNoticePage"),
    ("questions", "wagtail_emulation_questions", "QuestionIndexPage"),
    ("question", "wagtail_emulation_questions", "QuestionPage"),
    ("draft-index", "wagtail_emulation_consultation", "DraftIndexPage"),
    ("draft", "wagtail_emulation_consultation", "DraftPage"),
    ("agency-intro", "wagtail_emulation_agency", "AgencyIntroPage"),
    ("organisation-chart", "wagtail_emulation_agency", "OrganisationPage"),
    ("leaders", "wagtail_emulation_agency", "LeadersPage"),
    ("work-schedule", "wagtail_emulation_work_schedule", "WorkSchedulePage"),
    # The comment form page of a news article (where readers without JavaScript comment).
    ("comment-form", "wagtail_emulation_news", "NewsPage", "wagtail_emulation:comments:page"),
]


def demo_page_path(app_label, model_name, view_name=None):
    from django.apps import apps
    from django.urls import reverse
    from wagtail.models import Page

    page = Page.objects.live().type(apps.get_model(app_label, model_name)).first()
    assert page is not None, f"the demo has no live {model_name}"
    return reverse(view_name, args=[page.pk]) if view_name else page.url


@pytest.fixture(params=PAGE_TYPES, ids=[page_type[0] for page_type in PAGE_TYPES])
def path(request, portal):
    return demo_page_path(*request.param[1:])


def test_page_has_no_wcag_violations(portal, page, path):
    response = page.goto(portal + path)
    assert response.status == 200
    assert_no_axe_violations(page)
    assert page.console_errors == []


def test_high_contrast_and_large_text_have_no_wcag_violations(portal, page, path):
    page.goto(portal + "/")
    page.evaluate(
        """() => {
          localStorage.setItem("wagtail-emulation:contrast", "high");
          localStorage.setItem("wagtail-emulation:text-size", "large");
        }"""
    )
    page.goto(portal + path)
    assert page.locator("html").get_attribute("data-emulation-contrast") == "high"
    assert_no_axe_violations(page)


def test_landmarks_and_skip_link(portal, page):
    page.goto(portal + "/gioi-thieu/")
    for role in ("banner", "navigation", "main", "complementary", "contentinfo"):
        assert page.get_by_role(role).count() >= 1, role
    page.keyboard.press("Tab")
    skip = page.get_by_role("link", name="Chuyển đến nội dung chính")
    assert skip.evaluate("element => element === document.activeElement")
    assert skip.is_visible()  # it slides into view when focused
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "main-content"


def test_every_focusable_element_shows_a_focus_ring(portal, page, path):
    page.goto(portal + path)
    seen = set()
    for _ in range(150):  # bounded: no demo page has this many stops
        page.keyboard.press("Tab")
        focused = page.evaluate(
            """() => {
              const element = document.activeElement;
              const style = getComputedStyle(element);
              return {
                key: [...document.querySelectorAll("*")].indexOf(element),
                html: element.outerHTML.slice(0, 120),
                ring: style.outlineStyle !== "none" && parseFloat(style.outlineWidth) >= 2,
              };
            }"""
        )
        if focused["key"] in seen or focused["html"].startswith("<body"):
            break  # wrapped around
        seen.add(focused["key"])
        assert focused["ring"], f"no visible focus on {focused['html']}"
    assert len(seen) > 10
    assert len(seen) < 150, "Tab never wrapped around: a keyboard trap?"


def test_the_axe_helper_reports_violations(portal, page):
    """The helper is not vacuous: a grey-on-white paragraph and an unlabelled input fail."""
    page.goto(portal + "/")
    # Styled through the CSSOM: the site's Content-Security-Policy refuses style attributes.
    page.evaluate(
        """() => {
          const main = document.querySelector("main");
          main.insertAdjacentHTML("beforeend", '<p id="faint">Mờ</p><input type="text">');
          document.getElementById("faint").style.color = "#aaa";
        }"""
    )
    with pytest.raises(AssertionError, match=r"color-contrast(.|\n)*label"):
        assert_no_axe_violations(page)


# The visit statistics editors read: the dashboard panel, the top pages report and one page's
# visits. Scoped to Wagtail's main content area, whose frame is Wagtail's own.
ADMIN_STATISTICS = {
    "dashboard": "/admin/",
    "top-pages": "/admin/visits/top-pages/",
}


@pytest.mark.parametrize("admin_path", ADMIN_STATISTICS.values(), ids=ADMIN_STATISTICS.keys())
def test_admin_statistics_have_no_wcag_violations(portal, editor_page, admin_path):
    editor_page.goto(portal + admin_path)
    assert_no_axe_violations(editor_page, context="main")


def test_page_visits_view_has_no_wcag_violations(portal, editor_page):
    path = demo_page_path("wagtail_emulation_news", "NewsPage", "wagtail_emulation_visits:page")
    editor_page.goto(portal + path)
    assert_no_axe_violations(editor_page, context="main")
