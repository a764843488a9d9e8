"""Demo of the emulation cycle for the 2023 campaign toward the sector's 40th anniversary:
units and clusters, registrations, decisions at several levels (one revoked), the honour
board, and notices of candidates (the 2023 one spans New Year's Day; a current one is open).

Every person and unit below is invented for the demo and marked "(minh họa)"; the texts are
written for it.
"""

from datetime import date, timedelta

from django.core.files.base import ContentFile
from django.utils import timezone
from wagtail.documents import get_document_model
from wagtail.models import Collection

from wagtail_emulation.campaigns.models import CampaignPage
from wagtail_emulation.commendations.models import (
    Award,
    CandidateNoticePage,
    ClusterMember,
    Decision,
    DecisionIndexPage,
    DecisionRecipient,
    DecisionStory,
    EmulationCluster,
    HonourBoardPage,
    NoticeCandidate,
    Registration,
    RegistrationRound,
    RegistrationTablePage,
)
from wagtail_emulation.commendations.seed import seed_catalogue
from wagtail_emulation.exemplars.models import ExemplarStoryPage
from wagtail_emulation.organisation import Unit

from .campaigns import ANNIVERSARY_CAMPAIGN_SLUG, published
from .files import signed_copy
from .utils import ensure_child, paragraphs

DEPARTMENT = "Sở Tư pháp tỉnh Điện Biên"
PROVINCE = "Ủy ban nhân dân tỉnh Điện Biên"

OFFICE, DIVISION, DISTRICT = Unit.Kind.OFFICE, Unit.Kind.DIVISION, Unit.Kind.DISTRICT

# (name, short name, type, cluster key). The district justice divisions took part in the
# 2023 round; the district level was abolished on 1 July 2025, so they are past units.
OFFICES = [
    ("Văn phòng Sở (minh họa)", "Văn phòng", OFFICE, "offices"),
    ("Phòng Xây dựng và Kiểm tra văn bản (minh họa)", "Phòng XD&KTVB", DIVISION, "offices"),
    ("Phòng Hành chính tư pháp (minh họa)", "Phòng HCTP", DIVISION, "offices"),
    ("Phòng Lý lịch tư pháp (minh họa)", "Phòng LLTP", DIVISION, "offices"),
    ("Phòng Tư pháp huyện Mường Ảng (minh họa)", "PTP Mường Ảng", DISTRICT, "districts"),
    ("Phòng Tư pháp huyện Tuần Giáo (minh họa)", "PTP Tuần Giáo", DISTRICT, "districts"),
    ("Phòng Tư pháp thành phố Điện Biên Phủ (minh họa)", "PTP TP Điện Biên Phủ", DISTRICT,
     "districts"),
]  # fmt: skip

CLUSTERS = {
    "offices": "Cụm thi đua các phòng thuộc Sở (minh họa)",
    "districts": "Cụm thi đua Phòng Tư pháp cấp huyện (minh họa)",
}

# (unit short name, award name, count, targets)
REGISTRATIONS = [
    ("Văn phòng", "Lao động tiên tiến", 9, "100% công chức hoàn thành tốt nhiệm vụ."),
    ("Văn phòng", "Chiến sĩ thi đua cơ sở", 1, ""),
    ("Văn phòng", "Tập thể lao động tiên tiến", 1, ""),
    ("Phòng XD&KTVB", "Lao động tiên tiến", 5, "Thẩm định đúng hạn mọi dự thảo."),
    ("Phòng XD&KTVB", "Chiến sĩ thi đua cơ sở", 2, ""),
    ("Phòng XD&KTVB", "Tập thể lao động xuất sắc", 1, ""),
    ("Phòng HCTP", "Lao động tiên tiến", 6, "Không hồ sơ hộ tịch nào trễ hạn."),
    ("Phòng HCTP", "Chiến sĩ thi đua cơ sở", 1, ""),
    ("Phòng LLTP", "Lao động tiên tiến", 7, "Trả Phiếu lý lịch tư pháp trước hạn."),
    ("Phòng LLTP", "Chiến sĩ thi đua cơ sở", 2, ""),
    ("Phòng LLTP", "Tập thể lao động xuất sắc", 1, ""),
    ("PTP Mường Ảng", "Lao động tiên tiến", 4, ""),
    ("PTP Mường Ảng", "Tập thể lao động tiên tiến", 1, ""),
    ("PTP Tuần Giáo", "Lao động tiên tiến", 4, ""),
    ("PTP TP Điện Biên Phủ", "Lao động tiên tiến", 5, ""),
    ("PTP TP Điện Biên Phủ", "Tập thể lao động xuất sắc", 1, ""),
]


def demo_document(title, text):
    Document = get_document_model()
    found = Document.objects.filter(title=title).first()
    if found:
        return found
    name = title.lower().replace(" ", "-")[:60] + ".txt"
    return Document.objects.create(title=title, file=ContentFile(text.encode(), name=name))


def award(name):
    return Award.objects.get(name=name)


def build_units():
    clusters = {}
    for key, name in CLUSTERS.items():
        clusters[key], _created = EmulationCluster.objects.get_or_create(
            name=name,
            year=2023,
            defaults={
                "pact": demo_document(
                    f"Giao ước thi đua năm 2023 – {name}",
                    "Bản giao ước thi đua minh họa: các đơn vị trong cụm cam kết hoàn thành "
                    "xuất sắc nhiệm vụ năm 2023.",
                ),
                "pact_signed_on": date(2023, 2, 20),
                "description": "Các đơn vị trong cụm ký giao ước thi đua đầu năm (minh họa).",
            },
        )
    department, _created = Unit.objects.get_or_create(
        name=DEPARTMENT,
        defaults={"short_name": "Sở Tư pháp", "sort_order": 1, "kind": Unit.Kind.AGENCY},
    )
    units = {}
    for order, (name, short, kind, cluster) in enumerate(OFFICES, start=10):
        units[short], _created = Unit.objects.get_or_create(
            name=name,
            defaults={
                "short_name": short,
                "parent": department,
                "kind": kind,
                "is_current": kind != DISTRICT,
                "sort_order": order,
            },
        )
        ClusterMember.objects.get_or_create(
            unit=units[short], defaults={"cluster": clusters[cluster]}
        )
    return units


def build_registrations(units, campaign):
    emulation_round, _created = RegistrationRound.objects.get_or_create(
        title="Đăng ký thi đua năm 2023 – chào mừng 40 năm thành lập Ngành Tư pháp tỉnh",
        defaults={"year": 2023, "deadline": date(2023, 3, 15), "campaign": campaign},
    )
    for short, name, count, targets in REGISTRATIONS:
        Registration.objects.get_or_create(
            round=emulation_round,
            unit=units[short],
            award=award(name),
            defaults={"count": count, "targets": targets, "registered_on": date(2023, 3, 10)},
        )
    return emulation_round


def decision(number, **fields):
    """The decision numbered ``number``, created with ``fields`` if it is missing."""
    recipients = fields.pop("recipients", [])
    stories = fields.pop("stories", [])
    found = Decision.objects.filter(number=number).first()
    if found:
        return found
    made = Decision(number=number, document=signed_copy(f"Quyết định {number}"), **fields)
    made.recipients = [DecisionRecipient(**recipient) for recipient in recipients]
    made.stories = [DecisionStory(page=page) for page in stories]
    made.save()
    return made


def build_decisions(units, campaign):
    stories = {
        page.slug: page
        for page in ExemplarStoryPage.objects.filter(
            slug__in=[
                "cong-chuc-ho-tich-xa-vung-cao-so-hoa-tron-ven-so-goc",
                "phong-ly-lich-tu-phap-ve-dich-som-chi-tieu-truc-tuyen",
            ]
        )
    }
    person = {"kind": "individual"}
    collective = {"kind": "collective"}
    decision(
        "35/QĐ-STP",
        date=date(2023, 5, 22),
        issuing_body=DEPARTMENT,
        signer_name="Nguyễn Văn Bình (minh họa)",
        signer_position="Giám đốc",
        award=award("Giấy khen của Thủ trưởng cơ quan, đơn vị"),
        achievement_period="Đợt thi đua chào mừng 40 năm thành lập ngành (2/2023 – 5/2023)",
        summary="Về việc tặng Giấy khen cho các cá nhân có thành tích xuất sắc trong đợt thi "
        "đua chào mừng kỷ niệm 40 năm thành lập Ngành Tư pháp tỉnh.",
        campaign=campaign,
        recipients=[
            {
                **person,
                "name": "Lò Văn Minh (minh họa)",
                "position": "Công chức Tư pháp – Hộ tịch",
                "unit_name": "Ủy ban nhân dân xã Mường Phăng (minh họa)",
            },
            {
                **person,
                "name": "Quàng Thị Hoa (minh họa)",
                "position": "Chuyên viên",
                "unit": units["Phòng HCTP"],
            },
            {
                **person,
                "name": "Trần Đức Long (minh họa)",
                "position": "Chuyên viên",
                "unit": units["PTP Mường Ảng"],
            },
        ],
        stories=[stories[slug] for slug in stories if slug.startswith("cong-chuc")],
    )
    revoked = decision(
        "41/QĐ-STP",
        date=date(2023, 6, 5),
        issuing_body=DEPARTMENT,
        signer_name="Nguyễn Văn Bình (minh họa)",
        signer_position="Giám đốc",
        award=award("Giấy khen của Thủ trưởng cơ quan, đơn vị"),
        achievement_period="6 tháng đầu năm 2023",
        summary="Về việc tặng Giấy khen cho cá nhân có thành tích trong công tác phổ biến, "
        "giáo dục pháp luật.",
        campaign=campaign,
        recipients=[
            {
                **person,
                "name": "Đinh Văn Khánh (minh họa)",
                "position": "Chuyên viên",
                "unit": units["PTP Tuần Giáo"],
            }
        ],
    )
    if not revoked.revoked_by_id:
        revoking = decision(
            "52/QĐ-STP",
            date=date(2023, 7, 10),
            issuing_body=DEPARTMENT,
            signer_name="Nguyễn Văn Bình (minh họa)",
            signer_position="Giám đốc",
            summary="Về việc hủy bỏ Quyết định số 41/QĐ-STP ngày 05/6/2023 do hồ sơ đề nghị "
            "khen thưởng không đúng thực tế (minh họa).",
        )
        revoked.revoked_by = revoking
        revoked.revocation_reason = (
            "Thành tích kê khai trong hồ sơ đề nghị không đúng thực tế (minh họa)."
        )
        revoked.save()
    decision(
        "88/QĐ-STP",
        date=date(2023, 12, 28),
        issuing_body=DEPARTMENT,
        signer_name="Nguyễn Văn Bình (minh họa)",
        signer_position="Giám đốc",
        award=award("Chiến sĩ thi đua cơ sở"),
        achievement_period="năm 2023",
        summary="Về việc công nhận danh hiệu Chiến sĩ thi đua cơ sở năm 2023.",
        campaign=campaign,
        recipients=[
            {
                **person,
                "name": "Lường Thị Thu (minh họa)",
                "position": "Phó Chánh Văn phòng",
                "unit": units["Văn phòng"],
            },
            {
                **person,
                "name": "Vừ A Sùng (minh họa)",
                "position": "Chuyên viên",
                "unit": units["Phòng LLTP"],
            },
            {
                **person,
                "name": "Phạm Thị Ngọc (minh họa)",
                "position": "Chuyên viên",
                "unit": units["Phòng XD&KTVB"],
            },
        ],
    )
    decision(
        "2150/QĐ-UBND",
        date=date(2023, 12, 20),
        issuing_body=PROVINCE,
        signer_name="Hà Minh Đức (minh họa)",
        signer_position="Phó Chủ tịch",
        award=award("Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh"),
        achievement_period="năm 2023",
        summary="Về việc tặng Bằng khen cho tập thể và cá nhân có thành tích xuất sắc trong "
        "phong trào thi đua chào mừng 40 năm thành lập Ngành Tư pháp tỉnh.",
        campaign=campaign,
        recipients=[
            {**collective, "name": "Phòng Lý lịch tư pháp (minh họa)", "unit": units["Phòng LLTP"]},
            {
                **person,
                "name": "Hoàng Minh Tuấn (minh họa)",
                "position": "Trưởng phòng",
                "unit": units["Phòng HCTP"],
            },
        ],
        stories=[stories[slug] for slug in stories if slug.startswith("phong-ly-lich")],
    )
    decision(
        "1234/QĐ-BTP",
        date=date(2023, 12, 25),
        issuing_body="Bộ Tư pháp",
        signer_name="Phạm Quang Huy (minh họa)",
        signer_position="Thứ trưởng",
        award=award("Bằng khen của Bộ trưởng"),
        achievement_period="năm 2023",
        summary="Về việc tặng Bằng khen của Bộ trưởng Bộ Tư pháp cho tập thể có thành tích "
        "xuất sắc trong công tác tư pháp năm 2023.",
        campaign=campaign,
        recipients=[
            {
                **collective,
                "name": "Phòng Tư pháp thành phố Điện Biên Phủ (minh họa)",
                "unit": units["PTP TP Điện Biên Phủ"],
            },
        ],
    )


def build_notices(home, campaign):
    section = ensure_child(
        home,
        DecisionIndexPage,
        "quyet-dinh-khen-thuong",
        title="Quyết định khen thưởng",
        show_in_menus=True,
        per_page=10,
        intro=paragraphs(
            "Sổ quyết định khen thưởng của ngành: số, ký hiệu, ngày ký, hình thức khen "
            "thưởng và người được khen. Quyết định đã bị hủy bỏ vẫn được giữ và ghi rõ."
        ),
    )
    ensure_child(
        home,
        HonourBoardPage,
        "bang-vang",
        title="Bảng vàng thi đua",
        show_in_menus=True,
        per_page=24,
        intro=paragraphs(
            "Tập thể, cá nhân được khen thưởng theo các quyết định còn hiệu lực. Ảnh chỉ "
            "được đăng khi người được khen đã đồng ý bằng văn bản."
        ),
    )
    ensure_child(
        home,
        RegistrationTablePage,
        "dang-ky-thi-dua",
        title="Đăng ký thi đua",
        show_in_menus=True,
        intro=paragraphs(
            "Số tập thể, cá nhân các đơn vị đăng ký phấn đấu đạt từng danh hiệu thi đua."
        ),
    )
    notice_2023 = ensure_child(
        section,
        CandidateNoticePage,
        "cong-khai-danh-sach-de-nghi-khen-thuong-nam-2023",
        title="Công khai danh sách đề nghị khen thưởng năm 2023",
        first_published_at=published(2023, 12, 26, 8, 0),
        opens_on=date(2023, 12, 26),
        window_working_days=10,
        council_meeting_date=date(2024, 1, 15),
        intro=paragraphs(
            "Hội đồng Thi đua – Khen thưởng Sở công khai danh sách tập thể, cá nhân được "
            "đề nghị khen thưởng tổng kết phong trào thi đua năm 2023 để lấy ý kiến của cán "
            "bộ, công chức và nhân dân trước khi xét. Thời gian lấy ý kiến bỏ qua ngày nghỉ "
            "Tết Dương lịch 01/01/2024."
        ),
        receiving_unit="Văn phòng Sở Tư pháp (bộ phận Thi đua – Khen thưởng)",
        receiving_address="Số 1 đường minh họa, thành phố Điện Biên Phủ",
        receiving_phone="0215 0000 000",
        receiving_email="thiduakhenthuong@example.vn",
        how_to_respond=paragraphs(
            "Ý kiến gửi bằng văn bản, thư điện tử hoặc qua biểu mẫu trên trang này; ghi rõ "
            "họ tên, địa chỉ, số điện thoại của người góp ý. Ý kiến không ghi tên sẽ không "
            "được xem xét."
        ),
        results_summary=paragraphs(
            "Hết thời hạn lấy ý kiến, Sở nhận được 2 ý kiến đồng thuận và không có ý kiến "
            "phản ánh. Hội đồng đã xét và đề nghị khen thưởng theo danh sách (minh họa)."
        ),
        campaign=campaign,
        candidates=[
            NoticeCandidate(
                kind="individual",
                name="Lường Thị Thu (minh họa)",
                position="Phó Chánh Văn phòng",
                unit="Văn phòng Sở (minh họa)",
                award=award("Chiến sĩ thi đua cấp bộ, ban, ngành, tỉnh"),
                achievements="Hai năm liền đạt danh hiệu Chiến sĩ thi đua cơ sở; chủ trì "
                "sáng kiến số hóa hồ sơ lưu trữ của Sở.",
            ),
            NoticeCandidate(
                kind="collective",
                name="Phòng Lý lịch tư pháp (minh họa)",
                unit="Sở Tư pháp tỉnh Điện Biên",
                award=award("Cờ thi đua của bộ, ban, ngành, tỉnh"),
                achievements="Dẫn đầu cụm thi đua; giải quyết trước hạn toàn bộ hồ sơ cấp "
                "Phiếu lý lịch tư pháp năm 2023.",
            ),
        ],
    )
    today = timezone.localdate()
    opens_on = today - timedelta(days=2)
    current = ensure_child(
        section,
        CandidateNoticePage,
        "cong-khai-danh-sach-de-nghi-tang-bang-khen-dot-hien-tai",
        title="Công khai danh sách đề nghị tặng Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh "
        "(đợt hiện tại, minh họa)",
        first_published_at=timezone.now() - timedelta(days=2),
        opens_on=opens_on,
        window_working_days=10,
        intro=paragraphs(
            "Sở Tư pháp lấy ý kiến về các cá nhân được đề nghị tặng Bằng khen của Chủ tịch "
            "Ủy ban nhân dân tỉnh. Hạn góp ý được tính theo ngày làm việc, không kể thứ "
            "Bảy, Chủ nhật và ngày nghỉ lễ, Tết."
        ),
        receiving_unit="Văn phòng Sở Tư pháp (bộ phận Thi đua – Khen thưởng)",
        receiving_email="thiduakhenthuong@example.vn",
        candidates=[
            NoticeCandidate(
                kind="individual",
                name="Vừ A Sùng (minh họa)",
                position="Chuyên viên",
                unit="Phòng Lý lịch tư pháp (minh họa)",
                award=award("Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh"),
                achievements="Đề xuất quy trình trả Phiếu lý lịch tư pháp qua bưu điện, rút "
                "ngắn thời gian chờ của người dân.",
            )
        ],
    )
    # Meeting after the window closes (the page validates it).
    if current.council_meeting_date is None:
        current.council_meeting_date = current.closes_on + timedelta(days=3)
        current.save_revision().publish()
    return notice_2023


def build(home):
    # A test database flushed between tests loses the migrations' rows: put them back.
    seed_catalogue(Award)
    if not Collection.objects.exists():
        Collection.add_root(name="Root")
    campaign = CampaignPage.objects.filter(slug=ANNIVERSARY_CAMPAIGN_SLUG).first()
    units = build_units()
    build_registrations(units, campaign)
    build_decisions(units, campaign)
    build_notices(home, campaign)
