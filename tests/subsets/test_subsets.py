"""Any subset of sub-apps works: each runs in a fresh process, as its own host site would.

For each subset: the system checks pass, every migration applies (once per set of migrations:
later runs start from a copy of the database it made, tests/databases), each page renders and its
editor opens, and a host page shows exactly the feedback widgets of the installed sub-apps.
"""

import os
from concurrent.futures import ThreadPoolExecutor

import pytest

from tests.processes import clean_environment, last_json_line, run_python
from tests.subapps import ROOT, SUBAPPS

WIDGETS = {"ratings": "rating", "comments": "comments", "visits": "page-views"}
CONTENT = {
    "campaigns": "CampaignPage",
    "news": "NewsPage",
    "exemplars": "ExemplarStoryPage",
    "site_search": "SiteMapPage",
    "legal_documents": "LegalDocumentPage",
    "commendations": "CandidateNoticePage",
    "questions": "QuestionPage",
    "agency": "LeadersPage",
    "consultation": "DraftPage",
    "procedures": "ProcedurePage",
}

# Each sub-app alone (a feedback sub-app on the host's own page type), content without
# feedback, and everything.
SUBSETS = [*([name] for name in SUBAPPS), sorted(CONTENT), SUBAPPS]


def exercise(subset, without=()):
    # The suite's database engine, so the matrix runs on PostgreSQL too (DATABASE_URL).
    env = {
        **clean_environment(PYTHONPATH=str(ROOT)),
        **({"DATABASE_URL": os.environ["DATABASE_URL"]} if "DATABASE_URL" in os.environ else {}),
        "EMULATION_SUBSET": ",".join(subset),
        "EMULATION_WITHOUT": ",".join(without),
    }
    result = run_python("-m", "tests.subsets.exercise", env=env)
    return result.returncode, last_json_line(result), result.stderr


@pytest.fixture(scope="module")
def exercised():
    """Every subset at once, one process per core: each spends most of its time migrating."""
    with ThreadPoolExecutor(max_workers=os.cpu_count() or 2) as pool:
        results = pool.map(exercise, SUBSETS)
        return dict(zip(map(tuple, SUBSETS), results, strict=True))


@pytest.mark.subsets
@pytest.mark.parametrize("subset", SUBSETS, ids=["+".join(subset) for subset in SUBSETS])
def test_subset_checks_migrates_renders_and_edits(subset, exercised):
    code, seen, stderr = exercised[tuple(subset)]
    assert code == 0, stderr[-3000:] or seen
    expected = sorted(WIDGETS[name] for name in subset if name in WIDGETS)
    assert seen["widgets"]["HostPage"] == expected
    for name, page_type in CONTENT.items():
        assert (page_type in seen["widgets"]) == (name in subset)


@pytest.mark.subsets
def test_comments_without_captcha_get_a_check_error_that_names_it():
    code, seen, _stderr = exercise(["comments"], without=["captcha"])
    assert code == 2
    assert any("wagtail_emulation.E001" in line and "'captcha'" in line for line in seen["check"])
