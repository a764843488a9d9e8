"""Catalogues and procedures for the tests, built through the page tree as editors would."""

from wagtail.models import Site

from wagtail_emulation.procedures.models import (
    ProcedureField,
    ProcedureIndexPage,
    ProcedureLevel,
    ProcedurePage,
)


def site_root():
    return Site.objects.get(is_default_site=True).root_page


def catalogue(parent=None, slug="thu-tuc-hanh-chinh", **fields):
    parent = parent or site_root()
    page = ProcedureIndexPage(title="Thủ tục hành chính", slug=slug, **fields)
    parent.add_child(instance=page)
    page.save_revision().publish()
    return page


def field(name="Hộ tịch"):
    return ProcedureField.objects.get_or_create(name=name)[0]


def procedure(index, code, title="Đăng ký khai sinh", publish=True, **fields):
    fields.setdefault("field", field())
    fields.setdefault("level", ProcedureLevel.COMMUNE)
    fields.setdefault("agency", "Ủy ban nhân dân cấp xã")
    page = ProcedurePage(code=code, title=title, **fields)
    if publish:
        index.add_child(instance=page)
        page.save_revision().publish()
    else:  # quicker, for the scale test: a live page without a revision
        index.add_child(instance=page)
    return page
