"""The page editor's preview of a document with relations answers 200: the preview's
relations are unsaved rows in memory, which no database filter can read."""

from django.contrib.auth import get_user_model
from django.urls import reverse
from wagtail.test.utils.form_data import querydict_from_html

from wagtail_emulation.legal_documents.models import LegalDocumentPage


def test_the_preview_of_a_document_that_acts_on_another_shows_the_relation(client, demo):
    document = LegalDocumentPage.objects.filter(relations__isnull=False).first()
    target = document.relations.first().target
    user = get_user_model().objects.create_superuser("previewer", "p@example.org", "pw")
    client.force_login(user)
    edit = client.get(reverse("wagtailadmin_pages:edit", args=[document.pk]))
    data = querydict_from_html(edit.content.decode(), form_id="page-edit-form")
    preview = reverse("wagtailadmin_pages:preview_on_edit", args=[document.pk])

    assert client.post(preview, data).json() == {"is_valid": True, "is_available": True}
    response = client.get(preview)

    assert response.status_code == 200
    assert target.number in response.content.decode()
