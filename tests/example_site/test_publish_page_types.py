"""Every page type an editor can create publishes from the admin with only the fields an
editor must fill: what the add form already holds is sent back as a browser would send it."""

from datetime import date

import pytest
from django import forms
from django.contrib.auth import get_user_model
from lxml import html
from wagtail.admin.rich_text import DraftailRichTextArea
from wagtail.blocks.base import BlockWidget
from wagtail.models import Page, get_page_models
from wagtail.test.utils.form_data import rich_text

from wagtail_emulation.locale_vi import vn_slugify


def creatable_page_types():
    return [model for model in get_page_models() if model.is_creatable and model is not Page]


def form_as_sent(markup):
    """The name/value pairs a browser sends for the page form, before an editor types."""
    form = html.fromstring(markup).get_element_by_id("page-edit-form")
    data = {}
    for field in form.xpath(".//input[@name] | .//select[@name] | .//textarea[@name]"):
        name, kind = field.get("name"), (field.get("type") or "").lower()
        if kind in ("checkbox", "radio") and field.get("checked") is None:
            continue
        if field.tag == "select":
            chosen = field.xpath("./option[@selected]/@value") or field.xpath("./option/@value")
            value = chosen[0] if chosen else ""
        elif field.tag == "textarea":
            value = (field.text or "").removeprefix("\n")  # as browsers read a textarea
        else:
            value = field.get("value", "on" if kind in ("checkbox", "radio") else "")
        data.setdefault(name, value)
    return data


def empty_stream_fields(form):
    """StreamFields are drawn by the admin's script, which sends a block count of 0 for an
    empty one; an editor fills the required ones (EDITOR_TYPES)."""
    return {
        f"{name}-count": "0"
        for name, field in form.fields.items()
        if isinstance(field.widget, BlockWidget)
    }


@pytest.fixture
def editor(client, demo):
    user = get_user_model().objects.create_superuser("publisher", "p@example.org", "pw")
    client.force_login(user)
    return client


def test_every_creatable_page_type_is_listed():
    assert creatable_page_types()


@pytest.mark.parametrize("model", creatable_page_types(), ids=lambda m: m._meta.label)
def test_publishes_with_only_required_fields(editor, demo, model):
    demo_root = demo.root_page
    if model.max_count and model.objects.count() >= model.max_count:
        pytest.skip(f"the demo already has its {model.max_count} {model._meta.verbose_name}")
    # Inside the demo site when the type may go there (so the new page has an address).
    candidates = Page.objects.order_by("path").specific()
    in_site = [p for p in candidates if p.path.startswith(demo_root.path)]
    parent = next((p for p in [*in_site, *candidates] if model.can_create_at(p)), None)
    assert parent is not None, "no parent in the demo takes this type"
    url = f"/admin/pages/add/{model._meta.app_label}/{model._meta.model_name}/{parent.pk}/"
    page = editor.get(url)
    assert page.status_code == 200
    data = form_as_sent(page.content)
    data.update(empty_stream_fields(page.context["form"]))
    if "title" in data and not data["title"]:
        data["title"] = f"Trang thử {model._meta.verbose_name}"
        data["slug"] = vn_slugify(data["title"])  # what the admin's slug script fills in
    data.update(required_fields_typed(page.context["form"], data))
    data["action-publish"] = "action-publish"
    response = editor.post(url, data)
    errors = response.context["form"].errors if response.status_code == 200 else None
    assert response.status_code == 302, errors
    created = model.objects.child_of(parent).order_by("-pk").first()
    assert created.live
    if created.url:  # a new home page is outside every Site
        assert editor.get(created.url).status_code == 200


#: What an editor types into required fields whose text has a set form.
FORMATTED = {"code": "1.000893.000.00.00.H99"}  # a procedure's code in the national database


def required_fields_typed(form, data):
    """What an editor types or picks in each required field the form leaves empty."""
    typed = {}
    for name, field in form.fields.items():
        if not field.required or data.get(name) or isinstance(field.widget, BlockWidget):
            continue
        if name in FORMATTED:
            typed[name] = FORMATTED[name]
        elif isinstance(field, forms.ModelChoiceField):
            typed[name] = str(field.queryset.first().pk)
        elif isinstance(field, forms.ChoiceField):
            typed[name] = next(str(value) for value, _label in field.choices if value)
        elif isinstance(field, forms.DateField):
            typed[name] = date(2026, 12, 1).isoformat()
        elif isinstance(field, forms.IntegerField):
            typed[name] = "2026"
        elif isinstance(field.widget, DraftailRichTextArea):
            typed[name] = rich_text("<p>Nội dung thử.</p>", editor="default")
        elif name != "slug":  # the admin's slug script follows the title
            typed[name] = "Nội dung thử"
    return typed
