"""The example sheets the imports guide ships (``docs/examples/van-ban.csv`` and ``.xlsx``)
import as they are."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from tests.subapps import ROOT
from wagtail_emulation.legal_documents.models import LegalDocumentPage

from .test_import import IMPORT_URL, editor, index  # noqa: F401 - fixtures

EXAMPLES = ROOT / "docs" / "examples"


@pytest.mark.parametrize("name", ["van-ban.csv", "van-ban.xlsx"])
def test_the_guide_s_example_sheet_imports(editor, index, name):  # noqa: F811
    example = EXAMPLES / name
    sheet = SimpleUploadedFile(example.name, example.read_bytes())
    response = editor.post(
        IMPORT_URL, {"library": index.pk, "sheet": sheet}, HTTP_ACCEPT_LANGUAGE="vi"
    )
    assert response.status_code == 302, response.content.decode()[-2000:]
    imported = LegalDocumentPage.objects.live().order_by("issue_date")
    assert [page.number for page in imported] == ["3/2025/QĐ-UBND", "12/2025/QĐ-UBND"]
    assert imported[0].summary == "Sửa đổi, bổ sung quy chế phối hợp trong công tác chứng thực"
