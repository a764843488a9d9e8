import pytest

from wagtail_emulation.agency.models import AgencyIntroPage, LeadersPage, OrganisationPage
from wagtail_emulation.organisation import Unit


@pytest.fixture
def home(db):
    """Only the portal's frame: the full demo is slow."""
    from example_site.portal.demo import site

    home, _ = site.ensure_home()
    return home


def publish(parent, page):
    parent.add_child(instance=page)
    page.save_revision().publish()
    return page


@pytest.fixture
def agency(db):
    return Unit.objects.create(name="Sở Tư pháp tỉnh Mẫu", kind=Unit.Kind.AGENCY)


@pytest.fixture
def agency_pages(home, agency):
    return {
        "intro": publish(home, AgencyIntroPage(title="Giới thiệu chung", agency=agency)),
        "chart": publish(home, OrganisationPage(title="Cơ cấu tổ chức", agency=agency)),
        "leaders": publish(home, LeadersPage(title="Lãnh đạo", agency=agency)),
    }
