"""Demo exemplar stories, one at each stage of Phát hiện – Bồi dưỡng – Tổng kết – Nhân rộng.

The people and units are invented for the demo.
"""

from wagtail_emulation.campaigns.models import CampaignPage
from wagtail_emulation.exemplars.models import (
    ExemplarCommendation,
    ExemplarIndexPage,
    ExemplarStage,
    ExemplarStoryPage,
    SubjectKind,
)

from .campaigns import ANNIVERSARY_CAMPAIGN_SLUG, SECTOR_CAMPAIGN_SLUG, published
from .utils import ensure_child, paragraphs

INDEX_SLUG = "guong-dien-hinh-tien-tien"

STORIES = [
    {
        "slug": "cong-chuc-ho-tich-xa-vung-cao-so-hoa-tron-ven-so-goc",
        "title": "Người công chức hộ tịch số hóa trọn vẹn sổ gốc của xã vùng cao",
        "first_published_at": published(2023, 4, 20, 9, 0),
        "subject_name": "Lò Văn Minh",
        "subject_kind": SubjectKind.PERSON,
        "position": "Công chức Tư pháp – Hộ tịch",
        "unit": "Ủy ban nhân dân xã Mường Phăng (minh họa)",
        "stage": ExemplarStage.DISCOVERED,
        "year": 2023,
        "achievements": paragraphs(
            "Tự học và số hóa hơn 6.000 trang sổ hộ tịch lưu trữ từ năm 1990.",
            "Hướng dẫn người dân đăng ký hộ tịch trực tuyến ngay tại nhà văn hóa bản.",
        ),
        "story": paragraphs(
            "Không có máy quét chuyên dụng, anh mượn điện thoại của đồng nghiệp, chụp từng "
            "trang sổ cũ sau giờ làm việc rồi đối chiếu, nhập liệu.",
            "Cách làm của anh được Sở Tư pháp phát hiện qua đợt kiểm tra công tác hộ tịch "
            "và đề nghị biểu dương.",
        ),
        "campaign_slug": ANNIVERSARY_CAMPAIGN_SLUG,
        "commendations": [("Giấy khen của Giám đốc Sở Tư pháp", "", 2023)],
    },
    {
        "slug": "to-hoa-giai-ban-na-sang-giu-yen-xom-lang",
        "title": "Tổ hòa giải bản Na Sang: giữ yên xóm làng bằng lý và tình",
        "first_published_at": published(2024, 6, 5, 10, 0),
        "subject_name": "Tổ hòa giải bản Na Sang (minh họa)",
        "subject_kind": SubjectKind.COLLECTIVE,
        "unit": "Xã Na Sang (minh họa)",
        "stage": ExemplarStage.NURTURED,
        "year": 2024,
        "achievements": paragraphs(
            "Hòa giải thành 27 trên 29 vụ việc trong hai năm, không để phát sinh khiếu kiện "
            "vượt cấp."
        ),
        "story": paragraphs(
            "Các thành viên tổ hòa giải là người có uy tín trong bản, am hiểu phong tục và "
            "được Sở Tư pháp và Ủy ban nhân dân xã tập huấn kỹ năng hằng năm.",
            "Sở Tư pháp đã chọn tổ làm mô hình để bồi dưỡng, hỗ trợ tài liệu song ngữ.",
        ),
        "campaign_slug": SECTOR_CAMPAIGN_SLUG,
        "commendations": [],
    },
    {
        "slug": "phong-ly-lich-tu-phap-ve-dich-som-chi-tieu-truc-tuyen",
        "title": "Phòng Lý lịch tư pháp về đích sớm chỉ tiêu giải quyết hồ sơ trực tuyến",
        "first_published_at": published(2023, 12, 20, 8, 0),
        "subject_name": "Phòng Lý lịch tư pháp (minh họa)",
        "subject_kind": SubjectKind.COLLECTIVE,
        "unit": "Sở Tư pháp tỉnh Điện Biên",
        "stage": ExemplarStage.SUMMARISED,
        "year": 2023,
        "achievements": paragraphs(
            "Giải quyết trước hạn toàn bộ hồ sơ cấp Phiếu lý lịch tư pháp trong năm 2023.",
            "Đưa vào sử dụng quy trình trả kết quả qua dịch vụ bưu chính công ích.",
        ),
        "story": paragraphs(
            "Cách làm của phòng được tổng kết tại hội nghị tổng kết phong trào thi đua năm "
            "2023 và phổ biến tới các đơn vị trong ngành."
        ),
        "campaign_slug": ANNIVERSARY_CAMPAIGN_SLUG,
        "commendations": [
            ("Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh", "Quyết định số 2150/QĐ-UBND", 2023),
            ("Tập thể Lao động xuất sắc", "", 2023),
        ],
    },
    {
        "slug": "mo-hinh-tu-sach-phap-luat-dien-tu-nhan-rong-toan-tinh",
        "title": "Mô hình “Tủ sách pháp luật điện tử” được nhân rộng toàn tỉnh",
        "first_published_at": published(2025, 10, 15, 9, 30),
        "subject_name": "Đỗ Thị Hạnh",
        "subject_kind": SubjectKind.PERSON,
        "position": "Chuyên viên Phòng Phổ biến, giáo dục pháp luật",
        "unit": "Sở Tư pháp tỉnh Điện Biên",
        "stage": ExemplarStage.REPLICATED,
        "year": 2025,
        "achievements": paragraphs(
            "Xây dựng tủ sách pháp luật điện tử với hơn 1.200 văn bản và tài liệu hỏi đáp.",
            "Mô hình được áp dụng tại tất cả các xã, phường, thị trấn của tỉnh.",
        ),
        "story": paragraphs(
            "Xuất phát từ một thư mục chia sẻ trên máy tính của phòng, chị đề xuất đưa tài "
            "liệu lên trang thông tin điện tử, tra cứu được trên điện thoại.",
            "Sau khi được tổng kết, Sở Tư pháp hướng dẫn các xã, phường triển khai và tổ "
            "chức tập huấn cho công chức tư pháp cấp xã.",
        ),
        "campaign_slug": SECTOR_CAMPAIGN_SLUG,
        "commendations": [
            ("Chiến sĩ thi đua cơ sở", "", 2024),
            ("Bằng khen của Bộ trưởng Bộ Tư pháp", "Quyết định số 1890/QĐ-BTP", 2025),
        ],
    },
]


def build(home):
    index = ensure_child(
        home,
        ExemplarIndexPage,
        INDEX_SLUG,
        title="Gương điển hình tiên tiến",
        show_in_menus=True,
        intro=paragraphs(
            "Những tập thể, cá nhân tiêu biểu được phát hiện, bồi dưỡng, tổng kết và nhân rộng "
            "qua các phong trào thi đua của ngành."
        ),
    )
    campaigns = {page.slug: page for page in CampaignPage.objects.all()}
    for story in STORIES:
        fields = dict(story)
        slug = fields.pop("slug")
        fields["campaign"] = campaigns.get(fields.pop("campaign_slug"))
        fields["commendations"] = [
            ExemplarCommendation(title=title, decision=decision, year=year)
            for title, decision, year in fields.pop("commendations")
        ]
        ensure_child(index, ExemplarStoryPage, slug, **fields)
    return index
