"""The admin in Vietnamese: offered to editors, with the supplementary Wagtail catalogue."""

import pytest
from django.conf import settings
from django.contrib.auth import get_user_model
from django.urls import reverse
from django.utils import translation
from wagtail.users.models import UserProfile


def test_vietnamese_is_offered_and_the_default():
    assert ("vi", "Tiếng Việt") in settings.WAGTAILADMIN_PERMITTED_LANGUAGES
    assert settings.LANGUAGE_CODE == "vi"
    assert settings.TIME_ZONE == "Asia/Ho_Chi_Minh"


def test_supplementary_catalogue_takes_precedence_over_wagtails():
    with translation.override("vi"):
        assert translation.gettext("Save draft") == "Lưu bản nháp"
        assert translation.gettext("Settings") == "Cài đặt"  # Wagtail's own: "Tùy chỉnh"
        # Strings Wagtail already translates well still come from Wagtail.
        assert translation.gettext("Publish") == "Xuất bản"


@pytest.mark.parametrize(("language", "label"), [("vi", "Lưu bản nháp"), ("en", "Save draft")])
def test_page_editor_speaks_the_editors_language(client, home, language, label):
    editor = get_user_model().objects.create_superuser("bientap", "bientap@example.com", "pw")
    profile = UserProfile.get_for_user(editor)
    profile.preferred_language = language
    profile.save()
    client.force_login(editor)
    page = home.get_children().get(slug="gioi-thieu")
    html = client.get(reverse("wagtailadmin_pages:edit", args=[page.pk])).content.decode()
    assert label in html
