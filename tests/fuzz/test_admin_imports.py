"""Every admin import, fuzzed with random and malformed files: never a 5xx, every refusal in
Vietnamese, and nothing imported from a file the preview did not accept.

Each example uploads a file (random bytes, a valid workbook cut short or with bytes changed,
CSV text in any encoding with hostile cells, any file name), follows the preview, and now and
then confirms it; the ``job`` parameter of the screen gets hostile values too.
"""

import re
from functools import cache

import pytest
from django.contrib.auth import get_user_model
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.urls import reverse
from hypothesis import given
from hypothesis import strategies as st

from wagtail_emulation.commendations.models import RegistrationRound
from wagtail_emulation.legal_documents.models import LegalDocumentIndexPage

from ..legal_documents.test_import import HEADINGS as DOCUMENT_HEADINGS
from ..spreadsheets import workbook_bytes
from . import strategies as s
from .recorder import assert_vietnamese, send

pytestmark = pytest.mark.django_db

REGISTRATION_HEADINGS = ["Đơn vị", "Danh hiệu hoặc hình thức", "Số lượng", "Chỉ tiêu"]
FORM_ERRORS = re.compile(r'<p class="error-message">(.*?)</p>', re.DOTALL)
ROW_ERRORS = re.compile(r'<ul class="spreadsheet-import-errors">(.*?)</ul>', re.DOTALL)

cell = st.one_of(
    s.hostile,
    st.sampled_from(["Văn phòng Sở", "Lao động tiên tiến", "Quyết định", "=1+1", '"', "\r\n"]),
)


@cache
def good_workbook(headings):
    """One valid workbook per import, the same bytes every draw (a workbook records the
    second it was saved)."""
    return workbook_bytes([list(headings), ["Văn phòng Sở", "Lao động tiên tiến"]])


@st.composite
def sheet_rows(draw, headings):
    shown = draw(st.lists(st.sampled_from([*headings, "Cột lạ", ""]), min_size=0, max_size=8))
    if draw(st.booleans()):
        shown = list(headings)
    rows = draw(st.lists(st.lists(cell, max_size=len(shown) + 2), max_size=6))
    return [shown, *rows]


@st.composite
def spreadsheet_files(draw, headings):
    """``(name, bytes)`` of an upload an editor, a broken disk or an attacker could send."""
    kind = draw(st.sampled_from(["csv", "xlsx", "broken xlsx", "random", "renamed csv"]))
    rows = draw(sheet_rows(headings))
    if kind in ("csv", "renamed csv"):
        delimiter = draw(st.sampled_from([",", ";", "\t", "|"]))
        text = "\n".join(delimiter.join(str(value) for value in row) for row in rows)
        encoding = draw(st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "cp1258", "cp1252"]))
        data = text.encode(encoding, errors="replace")
    elif kind == "xlsx":
        try:
            data = workbook_bytes(rows)
        except Exception:  # openpyxl refuses some hostile strings itself: send bytes then
            data = draw(st.binary(max_size=64))
    elif kind == "broken xlsx":
        data = good_workbook(tuple(headings))
        cut = draw(st.integers(min_value=0, max_value=len(data)))
        junk = draw(st.binary(max_size=32))
        data = data[:cut] + junk + data[cut + len(junk) :] if draw(st.booleans()) else data[:cut]
    else:
        data = draw(st.one_of(st.binary(max_size=2048), st.just(b"PK\x03\x04" + b"\x00" * 60)))
    extension = {"csv": ".csv", "renamed csv": ".xlsx", "xlsx": ".xlsx"}.get(kind)
    if extension is None:
        extension = draw(st.sampled_from([".xlsx", ".csv", ".xls", ".txt", "", ".XLSX"]))
    name = draw(st.sampled_from(["dang-ky", "van ban", "a" * 200, "tệp"])) + extension
    return name, data


@pytest.fixture(scope="module")
def editor(demo_site, django_db_blocker):
    with django_db_blocker.unblock():
        user = get_user_model().objects.create_superuser("fuzz-editor", "fuzz@example.vn", "x")
    client = Client(HTTP_ACCEPT_LANGUAGE="vi")
    client.force_login(user)
    return client


def check_refusals(response, where):
    html = response.content.decode()
    for block in FORM_ERRORS.findall(html) + ROW_ERRORS.findall(html):
        text = re.sub(r"<[^>]+>", " ", block)
        if text.strip():
            assert_vietnamese(text, where)


def run_import(editor, url, data, confirm):
    """Upload, read the preview, maybe confirm: every answer below 500."""
    response = send(editor, "post", url, data=data)
    check_refusals(response, f"POST {url}")
    if response.status_code != 302:
        return
    preview = send(editor, "get", response.url)
    check_refusals(preview, f"GET {response.url}")
    job = re.search(r'name="job" value="(\d+)"', preview.content.decode())
    if job and confirm:
        send(editor, "post", url, data={"job": job[1]})


@given(upload=spreadsheet_files(REGISTRATION_HEADINGS), confirm=st.booleans())
def test_registration_import(editor, upload, confirm):
    url = reverse("wagtailsnippets_wagtail_emulation_commendations_registration:import")
    emulation_round = RegistrationRound.objects.order_by("pk").first()
    name, data = upload
    file = SimpleUploadedFile(name, data)
    run_import(editor, url, {"round": emulation_round.pk, "file": file}, confirm)


@given(
    upload=spreadsheet_files(DOCUMENT_HEADINGS),
    archive=st.one_of(st.none(), st.binary(max_size=256)),
    confirm=st.booleans(),
)
def test_document_library_import(editor, upload, archive, confirm):
    url = reverse("legal_documents_import:index")
    library = LegalDocumentIndexPage.objects.order_by("pk").first()
    name, data = upload
    form = {"library": library.pk, "file": SimpleUploadedFile(name, data)}
    if archive is not None:
        form["archive"] = SimpleUploadedFile("tep.zip", archive)
    run_import(editor, url, form, confirm)


@given(job=s.hostile, method=st.sampled_from(["get", "post"]))
def test_import_screens_take_any_job_parameter(editor, job, method):
    for url in (
        reverse("wagtailsnippets_wagtail_emulation_commendations_registration:import"),
        reverse("legal_documents_import:index"),
    ):
        send(editor, method, url, data={"job": job})
