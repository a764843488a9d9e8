"""Drafts for the tests: a text in the shape of a provincial decision, parsed as an editor's
paste would be."""

from datetime import timedelta

from django.utils import timezone

from wagtail_emulation.consultation.models import DraftIndexPage, DraftPage
from wagtail_emulation.consultation.structure import parse_structure
from wagtail_emulation.organisation import Unit


def decision_text(articles=12):
    lines = [
        "QUYẾT ĐỊNH",
        "Ban hành Quy định về trợ giúp pháp lý trên địa bàn tỉnh",
        "Chương I",
        "QUY ĐỊNH CHUNG",
    ]
    for number in range(1, articles + 1):
        if number == 4:
            lines += ["Chương II", "TỔ CHỨC THỰC HIỆN", "Mục 1. Trách nhiệm của các sở"]
        lines += [
            f"Điều {number}. Nội dung điều {number}",
            f"Đoạn mở đầu của điều {number}.",
            "1. Khoản thứ nhất.",
            "a) Điểm a của khoản 1;",
            "2. Khoản thứ hai.",
        ]
    return "\n".join(lines)


def publish(parent, page):
    parent.add_child(instance=page)
    page.save_revision().publish()
    return page


def draft_index(home):
    index = home.get_children().filter(slug="lay-y-kien-du-thao").first()
    if index:
        return index.specific
    return publish(home, DraftIndexPage(title="Lấy ý kiến dự thảo", slug="lay-y-kien-du-thao"))


def drafting_unit():
    unit, _ = Unit.objects.get_or_create(
        slug="so-tu-phap-thu", defaults={"name": "Sở Tư pháp", "kind": Unit.Kind.AGENCY}
    )
    return unit


def make_draft(home, *, days_from_now=-2, length=20, articles=12, **fields):
    today = timezone.localdate()
    opens_on = today + timedelta(days=days_from_now)
    values = {
        "title": f"Dự thảo quyết định số {DraftPage.objects.count() + 1}",
        "document_kind": "Quyết định",
        "issuer": "UBND tỉnh",
        "legal_field": "Trợ giúp pháp lý",
        "drafting_unit": drafting_unit(),
        "lead": "Dự thảo quy định về trợ giúp pháp lý.",
        "opens_on": opens_on,
        "closes_on": opens_on + timedelta(days=length - 1),
        "text": parse_structure(decision_text(articles)),
        "contact_email": "gopy@sotuphap.example.vn",
    }
    values.update(fields)
    return publish(draft_index(home), DraftPage(**values))


def article_key(page, number):
    """The key opinions use for "Điều ``number``" of ``page``."""
    return next(part.key for part in page.articles if part.number == str(number))
