from datetime import date

import pytest

from wagtail_emulation.commendations.models import (
    Award,
    Decision,
    DecisionIndexPage,
    DecisionRecipient,
    HonourBoardPage,
)
from wagtail_emulation.organisation import Unit


@pytest.fixture
def home(db):
    """Only the portal's frame: the full demo is slow."""
    from example_site.portal.demo import site

    home, _ = site.ensure_home()
    site.build(home)
    return home


def publish(parent, page):
    parent.add_child(instance=page)
    page.save_revision().publish()
    return page


@pytest.fixture
def register(home):
    return publish(home, DecisionIndexPage(title="Quyết định khen thưởng", slug="quyet-dinh"))


@pytest.fixture
def board(home):
    return publish(home, HonourBoardPage(title="Bảng vàng", slug="bang-vang", per_page=20))


@pytest.fixture
def unit(db):
    return Unit.objects.create(name="Phòng Hành chính tư pháp", short_name="Phòng HCTP")


@pytest.fixture
def make_decision(db):
    def make(number="12/QĐ-STP", day=date(2023, 12, 20), award="Chiến sĩ thi đua cơ sở", **kw):
        recipients = kw.pop("recipients", [{"name": "Nguyễn Văn An"}])
        decision = Decision(
            number=number,
            date=day,
            issuing_body="Sở Tư pháp",
            signer_name="Giám đốc Sở",
            award=Award.objects.get(name=award) if award else None,
            **kw,
        )
        decision.recipients = [DecisionRecipient(**each) for each in recipients]
        decision.save()
        return decision

    return make
