"""Demo draft consultation: one draft open for opinions (a provincial decision on legal aid,
thirteen articles), one upcoming, and one closed with its published summary report.

Every draft, article, opinion and reply is invented for this demo and written for it. The
windows are set from the day the demo is loaded, so the portal always shows the three states.
"""

from datetime import datetime, time, timedelta
from pathlib import Path

from django.utils import timezone

from wagtail_emulation.consultation.models import (
    ArticleReply,
    DraftIndexPage,
    DraftOpinion,
    DraftPage,
    Outcome,
)
from wagtail_emulation.consultation.structure import parse_structure
from wagtail_emulation.organisation import Unit

from .utils import ensure_child, paragraphs

# The drafts' texts, as an editor would paste them (recognised into articles on load).
DRAFTS = Path(__file__).parent / "drafts"

INDEX_SLUG = "lay-y-kien-du-thao"
DEPARTMENT = "Sở Tư pháp tỉnh Điện Biên"
ADDRESS = "Sở Tư pháp tỉnh Điện Biên, phường Điện Biên Phủ, tỉnh Điện Biên"
EMAIL = "gopyduthao@sotuphap.example.vn"

LEGAL_AID_DECISION = DRAFTS / "phoi-hop-tro-giup-phap-ly.txt"

MEDIATION_RESOLUTION = DRAFTS / "muc-chi-hoa-giai-co-so.txt"

VOLUNTEER_DECISION = DRAFTS / "quy-che-cong-tac-vien.txt"

# (article number or "" for the whole draft, name, organisation, body, gist, outcome, reply)
CLOSED_OPINIONS = [
    (
        "2",
        "Lò Văn Thanh",
        "Phòng Tư pháp – Hộ tịch xã Mường Phăng",
        "Đề nghị bổ sung tiêu chuẩn biết tiếng dân tộc thiểu số ở địa bàn đối với cộng tác "
        "viên làm việc tại các xã vùng cao.",
        "Bổ sung tiêu chuẩn biết tiếng dân tộc thiểu số.",
        Outcome.PARTLY,
        "Tiếp thu một phần: đưa vào tiêu chí ưu tiên khi lựa chọn, không quy định là tiêu "
        "chuẩn bắt buộc để không thu hẹp nguồn cộng tác viên.",
    ),
    (
        "4",
        "Nguyễn Thị Hoa",
        "Đoàn Luật sư tỉnh",
        "Việc đánh giá hằng năm nên có ý kiến của người được trợ giúp pháp lý.",
        "Lấy ý kiến người được trợ giúp pháp lý khi đánh giá.",
        Outcome.ACCEPTED,
        "Tiếp thu: bổ sung việc lấy phiếu ý kiến của người được trợ giúp pháp lý vào Điều 4.",
    ),
    (
        "",
        "Trần Minh Đức",
        "",
        "Dự thảo ngắn gọn, dễ hiểu; đề nghị sớm ban hành.",
        "Đồng tình với dự thảo.",
        Outcome.NOTED,
        "Ghi nhận ý kiến.",
    ),
]

OPEN_OPINIONS = [
    (
        "3",
        "Vũ Thị Lan",
        "Hội Liên hiệp Phụ nữ tỉnh",
        "Khoản 2 nên nói rõ việc bảo mật cả thông tin về nơi ở của người được trợ giúp.",
    ),
    (
        "5",
        "Đặng Quốc Huy",
        "",
        "Thời hạn 24 giờ là hợp lý, nhưng cần quy định cách thông báo ngoài giờ hành chính.",
    ),
    (
        "9",
        "Hà Văn Sơn",
        "Ủy ban nhân dân xã Tủa Chùa",
        "Đề nghị tổ chức lưu động ba lần mỗi năm ở các xã biên giới.",
    ),
]


def build(home):
    index = ensure_child(
        home,
        DraftIndexPage,
        INDEX_SLUG,
        title="Lấy ý kiến dự thảo",
        intro=paragraphs(
            "Sở Tư pháp đăng tải các dự thảo văn bản để lấy ý kiến của người dân, cơ quan, "
            "tổ chức. Bạn có thể góp ý từng điều hoặc toàn bộ dự thảo trong thời gian lấy ý kiến."
        ),
        show_in_menus=True,
    )
    unit, _created = Unit.objects.get_or_create(
        name=DEPARTMENT, defaults={"short_name": "Sở Tư pháp", "kind": Unit.Kind.AGENCY}
    )
    today = timezone.localdate()
    common = {
        "drafting_unit": unit,
        "postal_address": ADDRESS,
        "contact_email": EMAIL,
        "contact_phone": "0215 3 000 000",
    }
    open_draft = ensure_child(
        index,
        DraftPage,
        "du-thao-quy-dinh-phoi-hop-tro-giup-phap-ly",
        title="Dự thảo Quyết định ban hành Quy định về phối hợp thực hiện trợ giúp pháp lý",
        document_kind="Quyết định",
        issuer="Ủy ban nhân dân tỉnh",
        legal_field="Trợ giúp pháp lý",
        lead="Dự thảo quy định cách các cơ quan trên địa bàn tỉnh phối hợp để người thuộc diện "
        "được trợ giúp pháp lý được giới thiệu, xác nhận và hỗ trợ kịp thời, kể cả ở vùng cao.",
        opens_on=today - timedelta(days=10),
        closes_on=today + timedelta(days=20),
        text=parse_structure(LEGAL_AID_DECISION.read_text(encoding="utf-8")),
        publish_opinions=True,
        **common,
    )
    ensure_child(
        index,
        DraftPage,
        "du-thao-nghi-quyet-muc-chi-hoa-giai-co-so",
        title="Dự thảo Nghị quyết quy định mức chi hỗ trợ công tác hòa giải ở cơ sở",
        document_kind="Nghị quyết",
        issuer="Hội đồng nhân dân tỉnh",
        legal_field="Hòa giải ở cơ sở",
        lead="Dự thảo quy định các khoản chi hỗ trợ tổ hòa giải và hòa giải viên ở thôn, bản, "
        "tổ dân phố.",
        opens_on=today + timedelta(days=7),
        closes_on=today + timedelta(days=36),
        text=parse_structure(MEDIATION_RESOLUTION.read_text(encoding="utf-8")),
        **common,
    )
    closed = ensure_child(
        index,
        DraftPage,
        "du-thao-quy-che-cong-tac-vien-tro-giup-phap-ly",
        title="Dự thảo Quyết định ban hành Quy chế quản lý cộng tác viên trợ giúp pháp lý",
        document_kind="Quyết định",
        issuer="Ủy ban nhân dân tỉnh",
        legal_field="Trợ giúp pháp lý",
        lead="Dự thảo quy định việc lựa chọn, đánh giá cộng tác viên trợ giúp pháp lý.",
        opens_on=today - timedelta(days=75),
        closes_on=today - timedelta(days=50),
        extended_until=today - timedelta(days=45),
        extended_on=today - timedelta(days=52),
        extension_reason="Gia hạn để các xã vùng cao có thêm thời gian tổ chức lấy ý kiến.",
        text=parse_structure(VOLUNTEER_DECISION.read_text(encoding="utf-8")),
        publish_opinions=True,
        report_published=True,
        report_intro=paragraphs(
            "Sở Tư pháp đã nhận 3 ý kiến góp ý. Dưới đây là nội dung tiếp thu, giải trình."
        ),
        **common,
    )
    if not DraftOpinion.objects.filter(page=open_draft).exists():
        add_opinions(open_draft, OPEN_OPINIONS, today - timedelta(days=5))
    if not DraftOpinion.objects.filter(page=closed).exists():
        add_closed_opinions(closed, today - timedelta(days=60))


def _article(draft, number):
    return next((part for part in draft.articles if part.number == number), None)


def add_opinions(draft, opinions, day):
    sent = timezone.make_aware(datetime.combine(day, time(9)))
    for offset, (number, name, organisation, body) in enumerate(opinions):
        article = _article(draft, number)
        DraftOpinion.objects.create(
            page=draft,
            article_key=article.key if article else "",
            article_label=article.label if article else "",
            name=name,
            organisation=organisation,
            email=f"gopy{offset}@example.vn",
            body=body,
            status=DraftOpinion.Status.APPROVED if offset < 2 else DraftOpinion.Status.PENDING,
            created_at=sent + timedelta(hours=offset),
            consented_at=sent + timedelta(hours=offset),
        )


def add_closed_opinions(draft, day):
    sent = timezone.make_aware(datetime.combine(day, time(9)))
    for offset, (number, name, organisation, body, gist, outcome, reply) in enumerate(
        CLOSED_OPINIONS
    ):
        article = _article(draft, number)
        DraftOpinion.objects.create(
            page=draft,
            article_key=article.key if article else "",
            article_label=article.label if article else "",
            name=name,
            organisation=organisation,
            email=f"gopy-dong{offset}@example.vn",
            body=body,
            gist=gist,
            outcome=outcome,
            reply=reply,
            status=DraftOpinion.Status.APPROVED,
            created_at=sent + timedelta(days=offset),
            consented_at=sent + timedelta(days=offset),
        )
    article = _article(draft, "2")
    ArticleReply.objects.create(
        page=draft,
        article_key=article.key,
        article_label=article.label,
        outcome=Outcome.PARTLY,
        reply="Điều 2 được chỉnh sửa để ưu tiên người biết tiếng dân tộc thiểu số ở địa bàn.",
    )
