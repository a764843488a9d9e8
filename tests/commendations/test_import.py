"""Importing registrations: one bad row gives that row's error and changes nothing."""

import re
from datetime import date
from pathlib import Path

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from wagtail_emulation.commendations.models import Award, Registration, RegistrationRound
from wagtail_emulation.organisation import Unit
from wagtail_emulation.spreadsheets.importing import RowError, sentences

from ..spreadsheets import workbook_bytes

pytestmark = pytest.mark.django_db

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def xlsx(rows):
    return SimpleUploadedFile("dang-ky.xlsx", workbook_bytes(rows), content_type=XLSX)


@pytest.fixture
def emulation_round(db):
    Unit.objects.create(name="Văn phòng Sở", short_name="Văn phòng")
    Unit.objects.create(name="Phòng Lý lịch tư pháp", short_name="Phòng LLTP")
    return RegistrationRound.objects.create(
        title="Đăng ký thi đua năm 2030", year=2030, deadline=date(2030, 3, 15)
    )


def import_url():
    return reverse("wagtailsnippets_wagtail_emulation_commendations_registration:import")


def check(client, emulation_round, upload):
    """Upload the file: the preview of its dry run."""
    response = client.post(import_url(), {"round": emulation_round.pk, "file": upload})
    assert response.status_code == 302 and "?job=" in response.url
    return client.get(response.url)


def confirm(client, preview):
    return client.post(import_url(), {"job": preview.context["job"].pk})


def test_one_bad_row_gives_its_error_and_nothing_changes(admin_client, emulation_round):
    office = Unit.objects.get(short_name="Văn phòng")
    existing = Registration.objects.create(
        round=emulation_round,
        unit=office,
        award=Award.objects.get(name="Lao động tiên tiến"),
        count=3,
    )
    upload = xlsx(
        [
            ["Đơn vị", "Danh hiệu hoặc hình thức", "Số lượng", "Chỉ tiêu"],
            ["Văn phòng", "Lao động tiên tiến", 9, "Cả phòng hoàn thành tốt"],
            ["Phòng LLTP", "Chiến sĩ thi đua cơ sở", 2, ""],
            ["Phòng Không Có", "Lao động tiên tiến", 1, ""],
        ]
    )
    preview = check(admin_client, emulation_round, upload)
    html = preview.content.decode()
    assert "Chưa nhập gì: 1 dòng có lỗi." in html
    assert "Dòng 4: Đơn vị: Không có đơn vị nào tên “Phòng Không Có”." in html
    assert "Dòng 2:" not in html and "Dòng 3:" not in html
    assert 'name="job"' not in html  # nothing to confirm
    existing.refresh_from_db()
    assert existing.count == 3
    assert Registration.objects.count() == 1


def test_a_good_file_imports_every_row(admin_client, emulation_round):
    upload = xlsx(
        [
            ["Đơn vị", "Danh hiệu hoặc hình thức", "Số lượng", "Chỉ tiêu"],
            ["Văn phòng", "Lao động tiên tiến", 9, ""],
            ["phòng lltp", "chiến sĩ thi đua cơ sở", "2", "Sáng kiến số hóa"],
            [None, None, None, None],
        ]
    )
    preview = check(admin_client, emulation_round, upload)
    html = preview.content.decode()
    assert "thêm 2 và cập nhật 0" in html and "Sáng kiến số hóa" in html
    assert not Registration.objects.exists()  # a preview saves nothing
    response = confirm(admin_client, preview)
    assert response.status_code == 302
    assert sorted(Registration.objects.values_list("unit__short_name", "count")) == [
        ("Phòng LLTP", 2),
        ("Văn phòng", 9),
    ]


def test_a_csv_with_a_wrong_number_names_its_row(admin_client, emulation_round):
    text = "Đơn vị,Danh hiệu hoặc hình thức,Số lượng\nVăn phòng,Lao động tiên tiến,hai\n"
    upload = SimpleUploadedFile("dang-ky.csv", ("\ufeff" + text).encode(), "text/csv")
    html = check(admin_client, emulation_round, upload).content.decode()
    assert "Dòng 2:" in html and "Số lượng: “hai” không phải là số nguyên từ 1 trở lên." in html
    assert not Registration.objects.exists()


def test_a_file_without_the_columns_is_refused_in_vietnamese(admin_client, emulation_round):
    upload = SimpleUploadedFile("dang-ky.csv", "Tên,Số\nA,1\n".encode(), "text/csv")
    response = admin_client.post(import_url(), {"round": emulation_round.pk, "file": upload})
    assert "Dòng đầu tiên phải ghi tên các cột; còn thiếu:" in response.content.decode()


def test_late_registrations_are_refused_unless_the_round_accepts_them(admin_client):
    Unit.objects.create(name="Văn phòng Sở", short_name="Văn phòng")
    closed = RegistrationRound.objects.create(
        title="Đăng ký thi đua năm 2020", year=2020, deadline=date(2020, 3, 15)
    )
    upload = xlsx([["Đơn vị", "Danh hiệu hoặc hình thức"], ["Văn phòng", "Lao động tiên tiến"]])
    html = check(admin_client, closed, upload).content.decode()
    assert "Dòng 2:" in html and "đã hết hạn ngày 15/03/2020" in html
    assert not Registration.objects.exists()
    closed.accept_late = True
    closed.save()
    upload.seek(0)
    response = confirm(admin_client, check(admin_client, closed, upload))
    assert response.status_code == 302 and Registration.objects.count() == 1


EXAMPLES = Path(__file__).resolve().parents[2] / "docs" / "examples"


@pytest.mark.parametrize("name", ["dang-ky-thi-dua.csv", "dang-ky-thi-dua.xlsx"])
def test_the_documented_example_files_import(admin_client, emulation_round, name):
    """docs/examples/ stays importable: the reference page points editors at these files."""
    Unit.objects.create(name="Phòng Hành chính tư pháp", short_name="Phòng HCTP")
    upload = SimpleUploadedFile(name, (EXAMPLES / name).read_bytes())
    preview = check(admin_client, emulation_round, upload)
    assert "thêm 4 và cập nhật 0" in preview.content.decode()
    assert confirm(admin_client, preview).status_code == 302
    assert Registration.objects.filter(round=emulation_round).count() == 4


def test_a_row_with_several_errors_reads_as_sentences_each_ended_once(
    admin_client, emulation_round
):
    upload = xlsx(
        [
            ["Đơn vị", "Danh hiệu hoặc hình thức", "Số lượng", "Chỉ tiêu"],
            ["Phòng Không Có", "Không có danh hiệu", "hai", ""],
        ]
    )
    html = check(admin_client, emulation_round, upload).content.decode()
    assert re.findall(r"<li>(Dòng.*?)</li>", html, re.S) == [
        "Dòng 2: Đơn vị: Không có đơn vị nào tên “Phòng Không Có”. Danh hiệu hoặc hình "
        "thức: “Không có danh hiệu” không có trong danh mục danh hiệu, hình thức khen "
        "thưởng. Số lượng: “hai” không phải là số nguyên từ 1 trở lên."
    ]


def test_messages_are_joined_as_sentences_whatever_their_source_wrote():
    # A widget or a host's rule may end its message with nothing, or leave a separator.
    messages = ["Không có đơn vị nào tên “X”.;", "Giá trị không hợp lệ", "Đã hết hạn..", " "]
    assert str(RowError(5, messages)) == (
        "Dòng 5: Không có đơn vị nào tên “X”. Giá trị không hợp lệ. Đã hết hạn."
    )
    assert sentences(["Ghi “có.”", "Xong!"]) == "Ghi “có.” Xong!"
