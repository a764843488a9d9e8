"""The core's protected public form: every public form's fields fit their columns, one phone
check, one rate-limit message."""

import importlib
import importlib.util

import pytest
from django import forms
from django.apps import apps
from django.utils import translation
from wagtail.models import Page

from wagtail_emulation.commendations.forms import NoticeResponseForm
from wagtail_emulation.commendations.models import CandidateNoticePage
from wagtail_emulation.comments.forms import CommentForm
from wagtail_emulation.comments.models import CommentSettings, ReaderComment
from wagtail_emulation.reader_forms import (
    PhoneNumberValidator,
    ProtectedForm,
    VietnamesePhoneField,
    phone_digits,
    rate_limit_message,
)
from wagtail_emulation.reader_forms.fields import column_for, limit_to_column
from wagtail_emulation.reader_forms.protection import PROTECTION_FIELDS


def public_form_classes():
    """Every ProtectedForm subclass of the package, its sub-apps' ``forms`` modules imported."""
    for config in apps.get_app_configs():
        if config.name.startswith("wagtail_emulation") and importlib.util.find_spec(
            f"{config.name}.forms"
        ):
            importlib.import_module(f"{config.name}.forms")
    found, pending = [], list(ProtectedForm.__subclasses__())
    while pending:
        form_class = pending.pop()
        pending.extend(form_class.__subclasses__())
        if form_class.__module__.startswith("wagtail_emulation."):
            found.append(form_class)
    return found


def own_fields(form):
    fields = form.fields if isinstance(form, forms.BaseForm) else form.base_fields
    return {name: field for name, field in fields.items() if name not in PROTECTION_FIELDS}


def column_problems(form):
    """What is wrong between ``form``'s fields (a class or an instance) and its model."""
    problems = []
    if form.model is None:
        return [f"{form} sets no model: its fields' lengths are bound by nothing"]
    for name, field in own_fields(form).items():
        column = column_for(form, name)
        if column is None:
            if name not in form.unstored_fields:
                problems.append(f"{name}: no column (map it in column_names or unstored_fields)")
            continue
        limit = getattr(column, "max_length", None)
        if limit and isinstance(form, forms.BaseForm) and not (field.max_length or 0) <= limit:
            problems.append(f"{name}: the form takes {field.max_length}, the column {limit}")
    return problems


def test_every_public_form_field_is_a_column_of_its_model():
    found = public_form_classes()
    assert {CommentForm, NoticeResponseForm} <= set(found)
    assert {form_class.__name__: column_problems(form_class) for form_class in found} == {
        form_class.__name__: [] for form_class in found
    }


FORM_FACTORIES = {
    NoticeResponseForm: lambda data: NoticeResponseForm(
        data, page=CandidateNoticePage(title="Công khai", slug="cong-khai")
    ),
    CommentForm: lambda data: CommentForm(
        data, comment_settings=CommentSettings(), page=Page(pk=1)
    ),
}


@pytest.mark.django_db
@pytest.mark.parametrize("form_class", FORM_FACTORIES, ids=lambda form_class: form_class.__name__)
def test_no_public_form_takes_more_than_its_column_holds(form_class):
    form = FORM_FACTORIES[form_class](None)
    assert column_problems(form) == []
    limited = {
        name: column.max_length
        for name in own_fields(form)
        if getattr(column := column_for(form, name), "max_length", None)
    }
    assert "email" in limited
    for name, limit in limited.items():
        assert form[name].field.widget.attrs["maxlength"] == str(limit)
    # One character over (a well-formed e-mail address for the e-mail field), every such
    # field says so in Vietnamese instead of sending the value to the database.
    too_long = {name: "a" * (limit - 10) + "@example.vn" for name, limit in limited.items()}
    with translation.override("vi"):
        form = FORM_FACTORIES[form_class](too_long)
        assert not form.is_valid()
        for name in limited:
            assert any("ký tự" in error for error in form.errors.get(name, [])), name


def test_a_field_added_after_init_is_bound_by_its_column_too():
    form = CommentForm(
        {"name": "x" * 101},
        comment_settings=CommentSettings(),
        page=Page(pk=1),
    )
    form.fields["name"] = forms.CharField()  # no limit of its own
    with translation.override("vi"):
        assert not form.is_valid()
        assert form.errors["name"] == ["Nội dung này dài 101 ký tự; chỉ được tối đa 100 ký tự."]
    assert ReaderComment._meta.get_field("name").max_length == 100


def test_a_choice_saved_to_a_column_is_bound_without_an_invalid_maxlength():
    """HTML allows ``maxlength`` on text boxes only: on a ``<select>`` the Nu checker fails it."""
    field = forms.ChoiceField(choices=[("a" * 5, "A"), ("", "-")], required=False)
    limit_to_column(field, 4)
    assert "maxlength" not in field.widget.attrs
    with pytest.raises(forms.ValidationError):
        field.clean("a" * 5)
    text = forms.CharField()
    limit_to_column(text, 4)
    assert text.widget.attrs["maxlength"] == "4"


@pytest.mark.parametrize(
    "number", ["0215 3825 123", "+84 912 345 678", "(0215) 3825.123", "0912-345-678"]
)
def test_phone_numbers_as_readers_type_them(number):
    assert VietnamesePhoneField().clean(number) == number


@pytest.mark.parametrize(
    "number",
    [
        "0912345678\n",  # `$` matched before a final line break: it used to pass
        "0912345678\r\n",
        "\n0912345678",
        "0912345678\nBcc: x@example.vn",
        "0912 345 678 ext",
        "1234567",
        "1" * 21,
        "",
    ],
)
def test_the_one_phone_check_refuses_anything_but_a_whole_number(number):
    with pytest.raises(forms.ValidationError):
        PhoneNumberValidator()(number)
    with pytest.raises(forms.ValidationError):
        VietnamesePhoneField().clean(number)


def test_the_rate_limit_counts_a_phone_by_its_digits():
    field = VietnamesePhoneField()
    assert field.contact_identity("0912 345.678") == phone_digits("(0912) 345-678") == "0912345678"


def test_one_vietnamese_rate_limit_message_in_whole_minutes():
    with translation.override("vi"):
        assert rate_limit_message(61) == (
            "Bạn đã gửi biểu mẫu này nhiều lần trong thời gian ngắn. Vui lòng thử lại sau 2 phút."
        )
        assert rate_limit_message(1).endswith("sau 1 phút.")
