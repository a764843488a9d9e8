"""The admin in Vietnamese: offered to editors, with the supplementary Wagtail catalogue."""

import lxml.html
import pytest
from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.urls import reverse
from django.utils import translation
from wagtail.admin.panels import InlinePanel, get_edit_handler
from wagtail.models import get_page_models
from wagtail.users.models import UserProfile

from wagtail_emulation.models import EmulationSettings

SETTINGS = [EmulationSettings]


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


def test_login_page_is_vietnamese(client, db):
    page = lxml.html.fromstring(client.get("/admin/login/").content)
    labels = {" ".join(label.text_content().split()) for label in page.xpath("//label")}
    assert {"Tên đăng nhập*", "Mật khẩu*"} <= labels
    assert page.xpath("//input[@name='username']/@placeholder") == ["Nhập tên đăng nhập của bạn"]
    assert "Password" not in page.text_content()


def inline_panels(panel):
    if isinstance(panel, InlinePanel):
        yield panel
    for child in getattr(panel, "children", ()):
        yield from inline_panels(child)


@pytest.mark.parametrize(
    "model",
    [*(m for m in get_page_models() if m.__module__.startswith("wagtail_emulation")), *SETTINGS],
    ids=lambda m: m._meta.label,
)
def test_inline_panel_labels_read_mid_sentence(model):
    """Wagtail writes "Thêm {label}" and capitalises the label only where it heads a row."""
    handler = getattr(model, "edit_handler", None) or get_edit_handler(model)
    with translation.override("vi"):
        for panel in inline_panels(handler.bind_to_model(model)):
            label = str(panel.label)
            where = f"{model.__name__}.{panel.relation_name}"
            assert label[:1] == label[:1].lower(), f"{where}: {label}"


def test_saved_messages_start_with_the_model_name():
    """Wagtail capitalises the model's name in "%(model_name)s '%(object)s' created.", so
    the Vietnamese keeps it first rather than mid-sentence ("Đã tạo Quyết định…")."""
    with translation.override("vi"):
        message = translation.gettext("%(model_name)s '%(object)s' created.")
    assert message.startswith("%(model_name)s '%(object)s'")


def test_sites_listing_headers_are_vietnamese(client, db):
    admin = get_user_model().objects.create_superuser("quantri", "q@example.org", "pw")
    client.force_login(admin)
    page = lxml.html.fromstring(client.get("/admin/sites/").content)
    headers = {" ".join(th.text_content().split()) for th in page.xpath("//thead//th")}
    assert {"Cổng", "Tên trang web", "Trang gốc"} <= headers
    assert not headers & {"Port", "Site name", "Root page"}


def test_wagtail_models_named_from_their_class_read_vietnamese(client, db):
    """Locale and SimpleTranslation have no verbose name of their own: the Locales listing
    counted "1 locale" and the group form had "Locale" and "Simple translation" rows."""
    editor = get_user_model().objects.create_superuser("bientap", "bientap@example.com", "pw")
    UserProfile.objects.filter(user=editor).update(preferred_language="vi")
    client.force_login(editor)
    locales = lxml.html.fromstring(client.get(reverse("wagtaillocales:index")).content)
    assert " ".join(locales.find_class("pagination__end")[0].text_content().split()) == (
        "1 ngôn ngữ"
    )
    group = Group.objects.create(name="Biên tập")
    form = client.get(reverse("wagtailusers_groups:edit", args=[group.pk])).content.decode()
    row_titles = {
        " ".join(cell.text_content().split())
        for cell in lxml.html.fromstring(form).xpath("//table//td[1]|//table//th[1]")
    }
    assert {"Ngôn ngữ", "Dịch đơn giản"} <= row_titles
    assert "Simple translation" not in row_titles and "Locale" not in row_titles
