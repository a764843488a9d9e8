"""The example files the imports guide ships (``docs/examples/dang-ky-thi-dua.csv`` and
``.xlsx``) import as they are into a round, for units of those names."""

from datetime import date

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from tests.subapps import ROOT
from wagtail_emulation.commendations.models import Registration, RegistrationRound, Unit

from .test_import import import_url

pytestmark = pytest.mark.django_db

EXAMPLES = ROOT / "docs" / "examples"


@pytest.mark.parametrize("name", ["dang-ky-thi-dua.csv", "dang-ky-thi-dua.xlsx"])
def test_the_guide_s_example_registrations_import(admin_client, name):
    Unit.objects.create(name="Văn phòng Sở", short_name="Văn phòng")
    Unit.objects.create(name="Thanh tra Sở", short_name="Thanh tra")
    emulation_round = RegistrationRound.objects.create(
        title="Đăng ký thi đua năm 2026", year=2026, deadline=date(2099, 3, 15)
    )
    example = EXAMPLES / name
    upload = SimpleUploadedFile(example.name, example.read_bytes())
    response = admin_client.post(import_url(), {"round": emulation_round.pk, "file": upload})
    assert response.status_code == 302, response.content.decode()[-2000:]
    seen = {(r.unit.name, r.award.name, r.count) for r in Registration.objects.all()}
    assert seen == {
        ("Văn phòng Sở", "Lao động tiên tiến", 9),
        ("Thanh tra Sở", "Chiến sĩ thi đua cơ sở", 2),
    }
