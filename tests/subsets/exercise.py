"""Exercise one subset of sub-apps the way a host site would: ``check``, ``migrate``, render
pages and open the page editor. Run by ``test_subsets.py`` in a fresh process per subset::

    EMULATION_SUBSET=news,ratings python -m tests.subsets.exercise

Prints one JSON object (what was seen) and exits 0, or prints what failed and exits 1.
"""

import json
import os
import re
import sys
from datetime import date

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "tests.subsets.settings")

import django  # noqa: E402

django.setup()

from django.apps import apps  # noqa: E402
from django.contrib.auth import get_user_model  # noqa: E402
from django.core.checks import ERROR, run_checks  # noqa: E402
from django.db import connection  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import setup_test_environment  # noqa: E402
from wagtail.models import Site  # noqa: E402

WIDGETS = {"ratings": "rating", "comments": "comments", "visits": "page-views"}


def publish(parent, page):
    parent.add_child(instance=page)
    page.save_revision().publish()
    return page


def build_pages(home):
    """An index and an article of each installed content sub-app, or a host page."""
    pages = []
    if apps.is_installed("wagtail_emulation.campaigns"):
        from wagtail_emulation.campaigns.models import CampaignIndexPage, CampaignPage

        index = publish(home, CampaignIndexPage(title="Phong trào thi đua", slug="phong-trao"))
        pages += [
            index,
            publish(
                index,
                CampaignPage(
                    title="Thi đua lập thành tích",
                    theme="Đoàn kết, sáng tạo",
                    launching_body="Sở Tư pháp",
                    period_start=date(2025, 1, 1),
                ),
            ),
        ]
    if apps.is_installed("wagtail_emulation.news"):
        from wagtail_emulation.news.models import NewsIndexPage, NewsPage

        index = publish(home, NewsIndexPage(title="Tin tức", slug="tin-tuc"))
        pages += [index, publish(index, NewsPage(title="Hội nghị tổng kết", lead="Tóm tắt."))]
    if apps.is_installed("wagtail_emulation.exemplars"):
        from wagtail_emulation.exemplars.models import ExemplarIndexPage, ExemplarStoryPage

        index = publish(home, ExemplarIndexPage(title="Gương điển hình", slug="guong"))
        story = ExemplarStoryPage(
            title="Chị Lò Thị Mai", subject_name="Lò Thị Mai", year=2024, story="<p>Chuyện.</p>"
        )
        pages += [index, publish(index, story)]
    if apps.is_installed("wagtail_emulation.site_search"):
        from wagtail_emulation.site_search.models import SiteMapPage

        pages.append(publish(home, SiteMapPage(title="Sơ đồ trang", slug="so-do-trang")))
    if apps.is_installed("wagtail_emulation.legal_documents"):
        from wagtail_emulation.legal_documents.models import (
            DocumentType,
            Issuer,
            LegalDocumentIndexPage,
            LegalDocumentPage,
        )

        index = publish(home, LegalDocumentIndexPage(title="Văn bản", slug="van-ban"))
        document = LegalDocumentPage(
            document_type=DocumentType.objects.get(name="Quyết định"),
            issuer=Issuer.objects.get(name="Sở Tư pháp"),
            number="15/2023/QĐ-STP",
            issue_date=date(2023, 5, 12),
            summary="Ban hành quy chế thi đua, khen thưởng.",
        )
        pages += [index, publish(index, document)]
    if apps.is_installed("wagtail_emulation.procedures"):
        from wagtail_emulation.procedures.models import (
            ProcedureField,
            ProcedureIndexPage,
            ProcedurePage,
        )

        index = publish(home, ProcedureIndexPage(title="Thủ tục hành chính", slug="tthc"))
        procedure = ProcedurePage(
            title="Đăng ký khai sinh",
            code="1.000893.000.00.00.H13",
            level="commune",
            field=ProcedureField.objects.create(name="Hộ tịch"),
            agency="Ủy ban nhân dân cấp xã",
        )
        pages += [index, publish(index, procedure)]
    if apps.is_installed("wagtail_emulation.commendations"):
        from wagtail_emulation.commendations import models as commendations

        register = publish(
            home, commendations.DecisionIndexPage(title="Quyết định khen thưởng", slug="qd")
        )
        notice = commendations.CandidateNoticePage(
            title="Công khai danh sách đề nghị khen thưởng",
            receiving_unit="Văn phòng Sở",
            opens_on=date(2025, 4, 24),
            candidates=[
                commendations.NoticeCandidate(
                    name="Lò Thị Mai",
                    award=commendations.Award.objects.get(name="Chiến sĩ thi đua cơ sở"),
                    achievements="Số hóa sổ hộ tịch.",
                )
            ],
        )
        pages += [
            register,
            publish(register, notice),
            publish(home, commendations.HonourBoardPage(title="Bảng vàng", slug="bang-vang")),
            publish(home, commendations.RegistrationTablePage(title="Đăng ký", slug="dang-ky")),
        ]
    if apps.is_installed("wagtail_emulation.questions"):
        from wagtail_emulation.questions.models import (
            QuestionIndexPage,
            QuestionPage,
            QuestionTopic,
        )

        section = publish(home, QuestionIndexPage(title="Hỏi đáp pháp luật", slug="hoi-dap"))
        answered = QuestionPage(
            title="Khai sinh cho con",
            topic=QuestionTopic.objects.create(name="Hộ tịch"),
            asked_on=date(2025, 3, 4),
            question_text="Làm giấy khai sinh ở đâu?",
            answer="<p>Tại Ủy ban nhân dân cấp xã.</p>",
        )
        pages += [section, publish(section, answered)]
    if apps.is_installed("wagtail_emulation.agency"):
        from wagtail_emulation.agency import models as agency
        from wagtail_emulation.organisation import Unit

        department = Unit.objects.create(name="Sở Tư pháp", kind=Unit.Kind.AGENCY)
        office = Unit.objects.create(name="Văn phòng Sở", kind=Unit.Kind.OFFICE, parent=department)
        agency.Person.objects.create(
            full_name="Nguyễn Văn Minh",
            position="Giám đốc Sở",
            unit=department,
            rank=agency.Person.Rank.HEAD,
            phone="0215 3000 001",
            is_spokesperson=True,
        )
        chart = publish(home, agency.OrganisationPage(title="Cơ cấu tổ chức", agency=department))
        pages += [
            publish(home, agency.AgencyIntroPage(title="Giới thiệu chung", agency=department)),
            chart,
            publish(home, agency.LeadersPage(title="Lãnh đạo", agency=department)),
        ]
        # The unit's own page, served by the chart.
        unit_page = Client().get(chart.url + office.slug + "/")
        if unit_page.status_code != 200 or "Văn phòng Sở" not in unit_page.content.decode():
            raise AssertionError(f"unit page: {unit_page.status_code}")
    if apps.is_installed("wagtail_emulation.consultation"):
        from wagtail_emulation.consultation.models import DraftIndexPage, DraftPage
        from wagtail_emulation.consultation.structure import parse_structure
        from wagtail_emulation.organisation import Unit

        index = publish(home, DraftIndexPage(title="Lấy ý kiến dự thảo", slug="du-thao"))
        draft = DraftPage(
            title="Dự thảo quyết định về trợ giúp pháp lý",
            document_kind="Quyết định",
            issuer="UBND tỉnh",
            drafting_unit=Unit.objects.get_or_create(name="Sở Tư pháp", kind=Unit.Kind.AGENCY)[0],
            lead="Dự thảo.",
            opens_on=date(2025, 4, 1),
            closes_on=date(2025, 4, 30),
            text=parse_structure("Điều 1. Phạm vi\n1. Khoản một."),
        )
        pages += [index, publish(index, draft)]
    from tests.testapp.models import HostPage

    pages.append(publish(home, HostPage(title="Giới thiệu", slug="gioi-thieu", body="<p>Sở.</p>")))
    return pages


def exercise():
    site = Site.objects.get(is_default_site=True)
    pages = build_pages(site.root_page)
    admin = get_user_model().objects.create_superuser("admin", "admin@example.com", "pw")
    reader, editor = Client(), Client()
    editor.force_login(admin)
    seen = {}
    for page in pages:
        public = reader.get(page.url)
        edit = editor.get(f"/admin/pages/{page.pk}/edit/")
        if public.status_code != 200 or edit.status_code != 200:
            raise AssertionError(
                f"{page.specific_class.__name__}: page {public.status_code}, "
                f"editor {edit.status_code}"
            )
        html = public.content.decode()
        # One JSON-LD document at most, whatever sub-apps add to it, and one a parser reads.
        documents = re.findall(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)
        if len(documents) > 1:
            raise AssertionError(f"{page.specific_class.__name__}: {len(documents)} JSON-LD")
        for document in documents:
            json.loads(document)
        seen[page.specific_class.__name__] = sorted(
            widget for widget in WIDGETS.values() if f'data-emulation="{widget}"' in html
        )
    if apps.is_installed("wagtail_emulation.questions"):
        from wagtail_emulation.questions.models import QuestionIndexPage

        section = QuestionIndexPage.objects.get()
        for view in ("ask", "lookup"):  # the uncached pages: the form with its captcha
            response = reader.get(f"/emulation/questions/{section.pk}/{view}/")
            if response.status_code != 200:
                raise AssertionError(f"questions {view}: {response.status_code}")
    if apps.is_installed("wagtail_emulation.site_search"):
        # The host's own page type is found typed without accents.
        found = reader.get("/search/", {"q": "gioi thieu"})
        if found.status_code != 200 or "<mark>Giới thiệu</mark>" not in found.content.decode():
            raise AssertionError(f"search: {found.status_code}")
    return seen


def main():
    problems = [message for message in run_checks() if message.level >= ERROR]
    if problems:
        print(json.dumps({"check": [f"{m.id}: {m.msg}" for m in problems]}))
        return 2
    setup_test_environment()
    old_name = connection.settings_dict["NAME"]
    # Runs every migration; nothing rolls back to a copy of the data, so none is serialised.
    connection.creation.create_test_db(verbosity=0, autoclobber=True, serialize=False)
    try:
        print(json.dumps({"widgets": exercise()}))
    finally:
        connection.creation.destroy_test_db(old_name, verbosity=0)
    return 0


if __name__ == "__main__":
    sys.exit(main())
