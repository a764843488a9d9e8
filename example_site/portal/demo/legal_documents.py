"""Demo document library: about thirty documents a provincial Department of Justice publishes.

The two national laws are real (number, dates); every provincial document, its number and its
summary are invented for this demo and written for it. One decision is amended by a later
one (partly expired), one is replaced (expired entirely), one plan ran out on its expiry
date, one decision is not yet in force; the 2023 anniversary campaign's launch plan is an
entry of the library.
"""

from datetime import date

from wagtail.models import Collection

from wagtail_emulation.campaigns.models import CampaignPage
from wagtail_emulation.legal_documents.models import (
    DocumentType,
    Issuer,
    LegalDocumentFile,
    LegalDocumentIndexPage,
    LegalDocumentPage,
    LegalDocumentRelation,
    LegalField,
    RelationKind,
)
from wagtail_emulation.legal_documents.seeds import seed_catalogues

from .campaigns import ANNIVERSARY_CAMPAIGN_SLUG, SECTOR_CAMPAIGN_SLUG, published
from .files import signed_copy
from .utils import ensure_child, paragraphs

INDEX_SLUG = "van-ban"
PROVINCE = "tỉnh Điện Biên"
# The seeded catalogue names the province's bodies generically; this department names them.
LOCAL_ISSUERS = {
    "Ủy ban nhân dân tỉnh": f"Ủy ban nhân dân {PROVINCE}",
    "Hội đồng nhân dân tỉnh": f"Hội đồng nhân dân {PROVINCE}",
    "Sở Tư pháp": f"Sở Tư pháp {PROVINCE}",
}
COUNCIL = "Hội đồng Thi đua – Khen thưởng Sở Tư pháp"

UBND = LOCAL_ISSUERS["Ủy ban nhân dân tỉnh"]
HDND = LOCAL_ISSUERS["Hội đồng nhân dân tỉnh"]
STP = LOCAL_ISSUERS["Sở Tư pháp"]
TDKT = "Thi đua – khen thưởng"
PBGD = "Phổ biến, giáo dục pháp luật"
XDVB = "Xây dựng và kiểm tra văn bản"

# key: (type, number, issuer, field, signer, issued, effective, expiry, summary); each gets
# a stand-in signed copy (a one-page PDF).
DOCUMENTS = {
    "luat-tdkt": (
        "Luật",
        "06/2022/QH15",
        "Quốc hội",
        TDKT,
        "",
        date(2022, 6, 15),
        date(2024, 1, 1),
        None,
        "Luật Thi đua, khen thưởng: nguyên tắc, hình thức, tiêu chuẩn và thẩm quyền "
        "khen thưởng; tổ chức phong trào thi đua.",
    ),
    "luat-ho-tich": (
        "Luật",
        "60/2014/QH13",
        "Quốc hội",
        "Hộ tịch",
        "",
        date(2014, 11, 20),
        date(2016, 1, 1),
        None,
        "Luật Hộ tịch: đăng ký khai sinh, kết hôn, khai tử và các việc hộ tịch "
        "khác; cơ sở dữ liệu hộ tịch điện tử.",
    ),
    "qc-tdkt-2019": (
        "Quyết định",
        "27/2019/QĐ-UBND",
        UBND,
        TDKT,
        "Chủ tịch Lò Văn An",
        date(2019, 8, 2),
        date(2019, 8, 15),
        None,
        "Ban hành Quy chế công tác thi đua, khen thưởng trên địa bàn tỉnh (bản năm 2019).",
    ),
    "qc-tdkt-2023": (
        "Quyết định",
        "15/2023/QĐ-UBND",
        UBND,
        TDKT,
        "Chủ tịch Lò Văn An",
        date(2023, 5, 12),
        date(2023, 5, 25),
        None,
        "Ban hành Quy chế công tác thi đua, khen thưởng trên địa bàn tỉnh, thay "
        "cho Quy chế năm 2019.",
    ),
    "qc-tdkt-sua-doi": (
        "Quyết định",
        "04/2025/QĐ-UBND",
        UBND,
        TDKT,
        "Phó Chủ tịch Quàng Thị Hoa",
        date(2025, 3, 10),
        date(2025, 3, 20),
        None,
        "Sửa đổi, bổ sung một số điều của Quy chế công tác thi đua, khen thưởng "
        "ban hành kèm theo Quyết định số 15/2023/QĐ-UBND.",
    ),
    "kh-40-nam": (
        "Kế hoạch",
        "08/KH-STP",
        STP,
        TDKT,
        "Giám đốc Cà Văn Bình",
        date(2023, 2, 10),
        None,
        None,
        "Tổ chức phong trào thi đua chào mừng kỷ niệm 40 năm thành lập Ngành Tư pháp "
        "tỉnh (25/5/1983 – 25/5/2023).",
    ),
    "kh-2021-2025": (
        "Kế hoạch",
        "12/KH-STP",
        STP,
        TDKT,
        "Giám đốc Cà Văn Bình",
        date(2021, 2, 26),
        None,
        None,
        "Phát động phong trào thi đua “Toàn ngành Tư pháp đoàn kết, kỷ cương, "
        "trách nhiệm, hành động, sáng tạo” giai đoạn 2021–2025.",
    ),
    "kh-2026-2030": (
        "Kế hoạch",
        "03/KH-HĐTĐKT",
        COUNCIL,
        TDKT,
        "Chủ tịch Hội đồng Cà Văn Bình",
        date(2026, 1, 5),
        None,
        None,
        "Phát động phong trào thi đua thực hiện thắng lợi nhiệm vụ công tác tư pháp "
        "giai đoạn 2026–2030.",
    ),
    "hd-tdkt-2026": (
        "Hướng dẫn",
        "01/HD-STP",
        STP,
        TDKT,
        "Phó Giám đốc Mùa A Dế",
        date(2026, 1, 20),
        None,
        None,
        "Hướng dẫn đăng ký thi đua, chấm điểm và xét khen thưởng năm 2026 trong "
        "ngành Tư pháp tỉnh.",
    ),
    "hd-quy-che": (
        "Hướng dẫn",
        "02/HD-STP",
        STP,
        TDKT,
        "Phó Giám đốc Mùa A Dế",
        date(2023, 7, 3),
        None,
        None,
        "Hướng dẫn các phòng, đơn vị thuộc Sở thực hiện Quy chế thi đua, khen thưởng của tỉnh.",
    ),
    "qd-khen-40-nam": (
        "Quyết định",
        "250/QĐ-STP",
        STP,
        TDKT,
        "Giám đốc Cà Văn Bình",
        date(2023, 5, 22),
        None,
        None,
        "Tặng Giấy khen cho các tập thể, cá nhân có thành tích xuất sắc trong phong "
        "trào thi đua chào mừng 40 năm thành lập ngành.",
    ),
    "qd-ban-to-chuc": (
        "Quyết định",
        "60/QĐ-STP",
        STP,
        "Tổ chức – cán bộ",
        "Giám đốc Cà Văn Bình",
        date(2023, 3, 1),
        None,
        None,
        "Thành lập Ban Tổ chức các hoạt động kỷ niệm 40 năm thành lập Ngành Tư pháp tỉnh.",
    ),
    "ct-pbgdpl": (
        "Chỉ thị",
        "03/CT-UBND",
        UBND,
        PBGD,
        "Chủ tịch Lò Văn An",
        date(2024, 2, 6),
        None,
        None,
        "Tăng cường công tác phổ biến, giáo dục pháp luật ở vùng đồng bào dân tộc "
        "thiểu số và vùng biên giới.",
    ),
    "kh-pbgdpl-2024": (
        "Kế hoạch",
        "35/KH-STP",
        STP,
        PBGD,
        "Phó Giám đốc Mùa A Dế",
        date(2024, 1, 15),
        None,
        date(2025, 1, 1),
        "Phổ biến, giáo dục pháp luật và hòa giải ở cơ sở năm 2024.",
    ),
    "ct-tgpl": (
        "Chỉ thị",
        "05/CT-UBND",
        UBND,
        "Trợ giúp pháp lý",
        "Phó Chủ tịch Quàng Thị Hoa",
        date(2025, 4, 8),
        None,
        None,
        "Nâng cao chất lượng trợ giúp pháp lý cho người nghèo, người dân tộc thiểu số.",
    ),
    "nq-hoa-giai": (
        "Nghị quyết",
        "10/2024/NQ-HĐND",
        HDND,
        PBGD,
        "Chủ tịch Hội đồng Lường Văn Công",
        date(2024, 7, 12),
        date(2024, 7, 25),
        None,
        "Quy định mức chi thực hiện công tác hòa giải ở cơ sở trên địa bàn tỉnh.",
    ),
    "nq-xdvb": (
        "Nghị quyết",
        "05/2025/NQ-HĐND",
        HDND,
        XDVB,
        "Chủ tịch Hội đồng Lường Văn Công",
        date(2025, 7, 10),
        date(2025, 7, 21),
        None,
        "Quy định mức chi bảo đảm cho công tác xây dựng, kiểm tra và rà soát văn bản "
        "quy phạm pháp luật của tỉnh.",
    ),
    "cv-khai-sinh": (
        "Công văn",
        "215/STP-HCTP",
        STP,
        "Hộ tịch",
        "Phó Giám đốc Mùa A Dế",
        date(2025, 5, 14),
        None,
        None,
        "Hướng dẫn đăng ký khai sinh, thường trú, cấp thẻ bảo hiểm y tế cho trẻ dưới "
        "6 tuổi qua dịch vụ công liên thông.",
    ),
    "cv-cong-chung": (
        "Công văn",
        "340/STP-BTTP",
        STP,
        "Bổ trợ tư pháp",
        "Phó Giám đốc Mùa A Dế",
        date(2024, 9, 9),
        None,
        None,
        "Chấn chỉnh hoạt động công chứng, đấu giá tài sản trên địa bàn tỉnh.",
    ),
    "cv-dang-ky-thi-dua": (
        "Công văn",
        "98/STP-VP",
        STP,
        TDKT,
        "Chánh Văn phòng Điêu Thị Lan",
        date(2026, 2, 3),
        None,
        None,
        "Đôn đốc các phòng, đơn vị đăng ký danh hiệu thi đua năm 2026.",
    ),
    "qd-tthc-lltp": (
        "Quyết định",
        "120/QĐ-STP",
        STP,
        "Lý lịch tư pháp",
        "Giám đốc Cà Văn Bình",
        date(2025, 6, 2),
        None,
        None,
        "Công bố quy trình nội bộ giải quyết thủ tục cấp Phiếu lý lịch tư pháp trực tuyến.",
    ),
    "qd-hoi-dong-pbgdpl": (
        "Quyết định",
        "35/QĐ-UBND",
        UBND,
        PBGD,
        "Chủ tịch Lò Văn An",
        date(2026, 1, 12),
        None,
        None,
        "Kiện toàn Hội đồng phối hợp phổ biến, giáo dục pháp luật tỉnh.",
    ),
    "qd-chua-hieu-luc": (
        "Quyết định",
        "30/2026/QĐ-UBND",
        UBND,
        "Chứng thực",
        "Chủ tịch Lò Văn An",
        date(2026, 11, 20),
        date(2027, 1, 1),
        None,
        "Quy định phân cấp thẩm quyền chứng thực bản sao điện tử từ bản chính trên địa bàn tỉnh.",
    ),
    "kh-ra-soat-2026": (
        "Kế hoạch",
        "05/KH-STP",
        STP,
        XDVB,
        "Phó Giám đốc Mùa A Dế",
        date(2026, 1, 9),
        None,
        None,
        "Kiểm tra, rà soát, hệ thống hóa văn bản quy phạm pháp luật của tỉnh năm 2026.",
    ),
    "kh-chuyen-doi-so": (
        "Kế hoạch",
        "40/KH-STP",
        STP,
        "Hộ tịch",
        "Giám đốc Cà Văn Bình",
        date(2025, 3, 3),
        None,
        None,
        "Chuyển đổi số trong các lĩnh vực hộ tịch, chứng thực, lý lịch tư pháp năm 2025.",
    ),
    "tb-tiep-dan": (
        "Thông báo",
        "18/TB-STP",
        STP,
        "Tổ chức – cán bộ",
        "Chánh Văn phòng Điêu Thị Lan",
        date(2025, 12, 22),
        None,
        None,
        "Lịch tiếp công dân định kỳ của lãnh đạo Sở năm 2026.",
    ),
    "tb-tuyen-dung": (
        "Thông báo",
        "30/TB-STP",
        STP,
        "Tổ chức – cán bộ",
        "Giám đốc Cà Văn Bình",
        date(2025, 8, 18),
        None,
        None,
        "Tuyển dụng viên chức Trung tâm Trợ giúp pháp lý nhà nước tỉnh.",
    ),
    "tb-giao-ban": (
        "Thông báo",
        "05/TB-STP",
        STP,
        XDVB,
        "Chánh Văn phòng Điêu Thị Lan",
        date(2026, 3, 4),
        None,
        None,
        "Kết luận của Giám đốc Sở tại cuộc họp giao ban tháng 2 năm 2026.",
    ),
    "bc-tong-ket-2025": (
        "Báo cáo",
        "120/BC-STP",
        STP,
        XDVB,
        "Giám đốc Cà Văn Bình",
        date(2025, 12, 15),
        None,
        None,
        "Kết quả công tác tư pháp năm 2025 và nhiệm vụ trọng tâm năm 2026.",
    ),
    "bc-so-ket-2026": (
        "Báo cáo",
        "45/BC-STP",
        STP,
        TDKT,
        "Phó Giám đốc Mùa A Dế",
        date(2026, 7, 6),
        None,
        None,
        "Sơ kết 6 tháng đầu năm 2026 phong trào thi đua của ngành Tư pháp tỉnh.",
    ),
}

# (document, relation kind, the document it acts on, note)
RELATIONS = [
    ("qc-tdkt-2023", "Thay thế", "qc-tdkt-2019", ""),
    ("qc-tdkt-sua-doi", "Sửa đổi, bổ sung", "qc-tdkt-2023", "Điều 8 và Điều 12"),
    ("hd-quy-che", "Hướng dẫn", "qc-tdkt-2023", ""),
    ("hd-tdkt-2026", "Hướng dẫn", "kh-2026-2030", ""),
    ("qc-tdkt-2023", "Quy định chi tiết", "luat-tdkt", ""),
]
# Campaign page slug → the library entry of its launch document.
CAMPAIGN_LAUNCH_DOCUMENTS = {
    ANNIVERSARY_CAMPAIGN_SLUG: "kh-40-nam",
    SECTOR_CAMPAIGN_SLUG: "kh-2021-2025",
}


def _catalogue_entry(model, name, **defaults):
    return model.objects.get_or_create(name=name, defaults=defaults)[0]


def _name_local_issuers():
    for generic, local in LOCAL_ISSUERS.items():
        if not Issuer.objects.filter(name=local).exists():
            Issuer.objects.filter(name=generic).update(name=local)
    _catalogue_entry(Issuer, COUNCIL, level="department", sort_order=20)


def ensure_root_collection():
    """Wagtail's migration creates the root collection; a flushed database has none."""
    if Collection.get_first_root_node() is None:
        Collection.add_root(name="Root")


def build(home):
    ensure_root_collection()
    if not DocumentType.objects.exists():  # seeded by the migration, unless flushed since
        seed_catalogues()
    _name_local_issuers()
    index = ensure_child(
        home,
        LegalDocumentIndexPage,
        INDEX_SLUG,
        title="Văn bản",
        show_in_menus=True,
        per_page=10,
        intro=paragraphs(
            "Văn bản quy phạm pháp luật, văn bản chỉ đạo, điều hành của Sở Tư pháp và văn bản "
            "của cấp trên liên quan đến công tác tư pháp. Tìm theo số, ký hiệu, loại văn bản, "
            "cơ quan ban hành, lĩnh vực hoặc ngày ban hành.",
            "Trang minh họa: trừ hai luật của Quốc hội, số hiệu và nội dung các văn bản là giả "
            "định.",
        ),
    )
    pages = {}
    for key, row in DOCUMENTS.items():
        type_name, number, issuer, field, signer, issued, effective, expiry, summary = row
        document_type = DocumentType.objects.get(name=type_name)
        existing = LegalDocumentPage.objects.filter(issuer__name=issuer, number=number).first()
        if existing is not None:
            pages[key] = existing
            continue
        page = LegalDocumentPage(
            document_type=document_type,
            number=number,
            issuer=_catalogue_entry(Issuer, issuer),
            legal_field=LegalField.objects.get(name=field),
            signer=signer,
            issue_date=issued,
            effective_date=effective,
            expiry_date=expiry,
            summary=summary,
            first_published_at=published(issued.year, issued.month, issued.day, 15, 0),
        )
        document = signed_copy(f"{type_name} {number}")
        page.files = [LegalDocumentFile(document=document, label="Bản ký số")]
        pages[key] = page
    for page in pages.values():
        if page.pk is None:
            index.add_child(instance=page)
    for source, kind, target, note in RELATIONS:
        page = pages[source]
        if not page.relations.filter(target=pages[target]).exists():
            page.relations.add(
                LegalDocumentRelation(
                    kind=RelationKind.objects.get(name=kind), target=pages[target], note=note
                )
            )
            page.save()
    for page in pages.values():
        if not page.live or page.has_unpublished_changes or page.last_published_at is None:
            page.save_revision().publish()
    for slug, key in CAMPAIGN_LAUNCH_DOCUMENTS.items():
        campaign = CampaignPage.objects.filter(slug=slug).first()
        if campaign is not None and campaign.legal_document_id is None:
            campaign.legal_document = pages[key]
            campaign.save_revision().publish()
    return index
