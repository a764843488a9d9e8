"""Demo campaign calls: the 2023 call toward the sector's 40th anniversary and its companions.

The texts are written for this demo; facts (the anniversary, the companion campaigns and
their periods) follow the kind of call a provincial Department of Justice publishes.
"""

from datetime import date, datetime
from zoneinfo import ZoneInfo

from wagtail_emulation.campaigns.models import (
    CampaignForm,
    CampaignIndexPage,
    CampaignPage,
    CampaignRelation,
)

from .utils import ensure_child, paragraphs

LOCAL = ZoneInfo("Asia/Ho_Chi_Minh")

INDEX_SLUG = "phong-trao-thi-dua"
SECTOR_CAMPAIGN_SLUG = "toan-nganh-tu-phap-doan-ket-ky-cuong-trach-nhiem-2021-2025"
ANNIVERSARY_CAMPAIGN_SLUG = "thi-dua-chao-mung-40-nam-thanh-lap-nganh-tu-phap-tinh"

ANNIVERSARY_TASKS = [
    "Quán triệt sâu rộng chủ trương của Đảng, chính sách, pháp luật của Nhà nước về thi đua, "
    "khen thưởng, trọng tâm là những điểm mới của Luật Thi đua, khen thưởng năm 2022; rà soát, "
    "xây dựng văn bản hướng dẫn công tác thi đua, khen thưởng của ngành để sẵn sàng thi hành "
    "Luật từ ngày có hiệu lực.",
    "Tổ chức các phong trào thi đua thiết thực, bám sát định hướng của Đảng, Nhà nước, các "
    "phong trào do Thủ tướng Chính phủ, Bộ Tư pháp và Ủy ban nhân dân tỉnh phát động; gắn thi "
    "đua với nhiệm vụ chuyên môn trọng tâm như xây dựng Nhà nước pháp quyền xã hội chủ nghĩa "
    "và chuyển đổi số trong các lĩnh vực hộ tịch, chứng thực, lý lịch tư pháp.",
    "Đổi mới nội dung và cách thức tổ chức phong trào, đánh giá kết quả thi đua bằng hiệu quả "
    "công việc; thi đua toàn diện trên mọi lĩnh vực để hoàn thành sớm, vượt mức các chỉ tiêu "
    "năm 2023, qua đó lựa chọn tập thể, cá nhân tiêu biểu để khen thưởng hoặc đề nghị khen "
    "thưởng.",
    "Chú trọng phát hiện, bồi dưỡng và nhân rộng điển hình tiên tiến, người tốt, việc tốt; "
    "làm tốt cả bốn khâu Phát hiện – Bồi dưỡng – Tổng kết – Nhân rộng, gắn với truyền thông "
    "để lan tỏa mô hình hay, cách làm hiệu quả và nâng cao hình ảnh của ngành trong nhân dân.",
    "Nâng cao chất lượng khen thưởng theo hướng chính xác, kịp thời, công khai, minh bạch; đề "
    "cao trách nhiệm người đứng đầu; ưu tiên khen thưởng người trực tiếp làm việc, khen thưởng "
    "đột xuất và theo chuyên đề.",
    "Thường xuyên đôn đốc, kiểm tra, sơ kết, tổng kết phong trào trên cơ sở kết quả thực hiện "
    "nhiệm vụ chính trị; kịp thời chấn chỉnh những hạn chế trong tổ chức thi đua và khen "
    "thưởng.",
]

# Companion campaigns named in the call; the sector-wide one has its own page here.
COMPANION_CAMPAIGNS = [
    ("Cả nước chung tay vì người nghèo – Không để ai bị bỏ lại phía sau", "giai đoạn 2021–2025"),
    ("Doanh nghiệp Việt Nam hội nhập và phát triển", "giai đoạn 2021–2025"),
    (
        "Cán bộ, công chức, viên chức, người lao động trong ngành Tư pháp thi đua thực hiện "
        "văn hóa công sở",
        "giai đoạn 2019–2025",
    ),
    ("Ngành Tư pháp chung sức góp phần xây dựng nông thôn mới", "giai đoạn 2020–2025"),
]


def published(year, month, day, hour=8, minute=0):
    return datetime(year, month, day, hour, minute, tzinfo=LOCAL)


def build(home):
    index = ensure_child(
        home,
        CampaignIndexPage,
        INDEX_SLUG,
        title="Phong trào thi đua",
        show_in_menus=True,
        intro=paragraphs(
            "Các lời phát động phong trào thi đua của Sở Tư pháp: mục đích, nội dung, tiêu chí, "
            "thời gian thực hiện và kết quả sơ kết, tổng kết."
        ),
    )
    sector = ensure_child(
        index,
        CampaignPage,
        SECTOR_CAMPAIGN_SLUG,
        title="Phong trào thi đua “Toàn ngành Tư pháp đoàn kết, kỷ cương, trách nhiệm, hành "
        "động, sáng tạo” giai đoạn 2021–2025",
        first_published_at=published(2021, 3, 2, 9, 30),
        theme="Toàn ngành Tư pháp đoàn kết, kỷ cương, trách nhiệm, hành động, sáng tạo, thực "
        "hiện thắng lợi nhiệm vụ chính trị được giao",
        campaign_form=CampaignForm.REGULAR,
        scope="Toàn ngành Tư pháp tỉnh",
        participants="Các phòng, đơn vị thuộc Sở; Ủy ban nhân dân và công chức tư pháp – hộ "
        "tịch các xã, phường.",
        launching_body="Sở Tư pháp tỉnh Điện Biên",
        launch_document_number="12/KH-STP",
        launch_document_date=date(2021, 2, 26),
        period_start=date(2021, 3, 1),
        period_end=date(2025, 12, 31),
        period_label="giai đoạn 2021–2025",
        introduction=paragraphs(
            "Hưởng ứng phong trào thi đua được phát động tại Đại hội Thi đua yêu nước ngành Tư "
            "pháp lần thứ V, Sở Tư pháp triển khai phong trào thi đua thường xuyên trong toàn "
            "ngành cho cả giai đoạn 2021–2025."
        ),
        purposes=paragraphs(
            "Khơi dậy tinh thần đoàn kết, ý thức kỷ cương và trách nhiệm của từng công chức, "
            "viên chức; biến thi đua thành động lực để hoàn thành các nhiệm vụ chính trị của "
            "ngành trong 5 năm."
        ),
        tasks=[
            (
                "task",
                {
                    "text": "Thi đua hoàn thành đúng hạn, có chất lượng các nhiệm vụ xây "
                    "dựng, thẩm định và kiểm tra văn bản quy phạm pháp luật."
                },
            ),
            (
                "task",
                {
                    "text": "Thi đua cải cách thủ tục hành chính, nâng tỷ lệ hồ sơ giải "
                    "quyết trực tuyến trong các lĩnh vực hộ tịch, lý lịch tư pháp."
                },
            ),
            (
                "task",
                {
                    "text": "Thi đua đổi mới phổ biến, giáo dục pháp luật, hướng về cơ sở "
                    "và đồng bào vùng sâu, vùng xa."
                },
            ),
        ],
        criteria=paragraphs(
            "Hoàn thành xuất sắc nhiệm vụ được giao hằng năm; có sáng kiến, giải pháp được "
            "áp dụng; chấp hành nghiêm kỷ luật, kỷ cương hành chính."
        ),
        commendation_forms=paragraphs(
            "Sơ kết giữa kỳ vào năm 2023 và tổng kết vào cuối năm 2025; khen thưởng Giấy khen "
            "của Giám đốc Sở, đề nghị Bằng khen của Bộ trưởng Bộ Tư pháp và của Chủ tịch Ủy ban "
            "nhân dân tỉnh cho các tập thể, cá nhân tiêu biểu."
        ),
    )
    ensure_child(
        index,
        CampaignPage,
        ANNIVERSARY_CAMPAIGN_SLUG,
        title="Phát động phong trào thi đua chào mừng kỷ niệm 40 năm thành lập Ngành Tư pháp "
        "tỉnh Điện Biên",
        first_published_at=published(2023, 2, 14, 10, 13),
        theme="Kỷ cương, trách nhiệm, đoàn kết, sáng tạo, nỗ lực phấn đấu thi đua hoàn thành "
        "xuất sắc nhiệm vụ chính trị được giao năm 2023",
        campaign_form=CampaignForm.THEMATIC,
        scope="Toàn ngành Tư pháp tỉnh Điện Biên",
        participants="Toàn thể công chức, viên chức và người lao động trong ngành Tư pháp "
        "của tỉnh.",
        launching_body="Sở Tư pháp tỉnh Điện Biên",
        launch_document_number="08/KH-STP",
        launch_document_date=date(2023, 2, 10),
        period_start=date(2023, 2, 14),
        period_end=date(2023, 12, 31),
        period_label="năm 2023",
        milestone="Kỷ niệm 40 năm thành lập Ngành Tư pháp tỉnh Điện Biên",
        milestone_start=date(1983, 5, 25),
        milestone_date=date(2023, 5, 25),
        introduction=paragraphs(
            "Thấm nhuần lời dạy của Chủ tịch Hồ Chí Minh “Thi đua là yêu nước, yêu nước thì "
            "phải thi đua”, tiếp nối truyền thống của ngành Tư pháp cả nước và hướng tới kỷ "
            "niệm 40 năm thành lập Ngành Tư pháp tỉnh (25/5/1983 – 25/5/2023), Sở Tư pháp phát "
            "động phong trào thi đua lập thành tích trong toàn ngành."
        ),
        purposes=paragraphs(
            "Tạo động lực và môi trường làm việc tích cực để mỗi công chức, viên chức, người "
            "lao động tiếp tục rèn luyện tinh thần chủ động, trách nhiệm, kỷ cương.",
            "Khơi dậy niềm tự hào về chặng đường 40 năm xây dựng và trưởng thành của ngành, "
            "nâng cao chất lượng, hiệu quả công tác tư pháp; kịp thời biểu dương, khen thưởng "
            "tập thể, cá nhân có thành tích xuất sắc.",
        ),
        tasks_intro=paragraphs(
            "Trên cơ sở nhiệm vụ chính trị, chuyên môn năm 2023, toàn ngành tập trung thi đua "
            "với những nội dung, nhiệm vụ và giải pháp chủ yếu sau:"
        ),
        tasks=[("task", {"text": text}) for text in ANNIVERSARY_TASKS],
        criteria=paragraphs(
            "Hoàn thành xuất sắc, về đích sớm các chỉ tiêu, nhiệm vụ năm 2023; có mô hình, "
            "cách làm mới được nhân rộng; không có công chức, viên chức vi phạm kỷ luật."
        ),
        commendation_forms=paragraphs(
            "Nhân dịp kỷ niệm 40 năm thành lập ngành: Giấy khen của Giám đốc Sở; đề nghị Bằng "
            "khen của Chủ tịch Ủy ban nhân dân tỉnh và của Bộ trưởng Bộ Tư pháp cho tập thể, "
            "cá nhân tiêu biểu; tổng kết và khen thưởng cuối năm 2023."
        ),
        closing=paragraphs(
            "Mỗi công chức, viên chức trong ngành hãy chủ động, sáng tạo, đoàn kết, hoàn thành "
            "xuất sắc nhiệm vụ, để năm 2023 – năm kỷ niệm 40 năm thành lập Ngành Tư pháp tỉnh "
            "Điện Biên – thật sự là năm khởi sắc của công tác tư pháp."
        ),
        related_campaigns=[
            CampaignRelation(campaign=sector),
            *(
                CampaignRelation(name=name, period_label=period)
                for name, period in COMPANION_CAMPAIGNS
            ),
        ],
    )
    current = ensure_child(
        index,
        CampaignPage,
        "thi-dua-thuc-hien-thang-loi-nhiem-vu-cong-tac-tu-phap-2026-2030",
        title="Phong trào thi đua thực hiện thắng lợi nhiệm vụ công tác tư pháp giai đoạn "
        "2026–2030",
        first_published_at=published(2026, 1, 8, 14, 0),
        theme="Tư pháp chuyên nghiệp, hiện đại, vì nhân dân phục vụ",
        campaign_form=CampaignForm.REGULAR,
        scope="Toàn ngành Tư pháp tỉnh",
        participants="Các phòng, đơn vị thuộc Sở và công chức tư pháp cấp xã.",
        launching_body="Hội đồng Thi đua – Khen thưởng Sở Tư pháp",
        launch_document_number="03/KH-HĐTĐKT",
        launch_document_date=date(2026, 1, 5),
        period_start=date(2026, 1, 8),
        period_end=date(2030, 12, 31),
        period_label="giai đoạn 2026–2030",
        purposes=paragraphs(
            "Tiếp nối kết quả giai đoạn 2021–2025, phấn đấu xây dựng nền tư pháp chuyên "
            "nghiệp, lấy sự hài lòng của người dân, doanh nghiệp làm thước đo."
        ),
        tasks=[
            (
                "task",
                {
                    "text": "Thi đua hoàn thiện thể chế và nâng cao chất lượng văn bản quy "
                    "phạm pháp luật của tỉnh."
                },
            ),
            ("task", {"text": "Thi đua chuyển đổi số toàn diện các dịch vụ công của ngành."}),
            (
                "task",
                {
                    "text": "Thi đua xây dựng đội ngũ công chức tư pháp có phẩm chất, năng "
                    "lực ngang tầm nhiệm vụ."
                },
            ),
            (
                "task",
                {"text": "Thi đua phát hiện, bồi dưỡng và nhân rộng điển hình tiên tiến ở cơ sở."},
            ),
        ],
        commendation_forms=paragraphs(
            "Sơ kết vào năm 2028, tổng kết vào năm 2030; khen thưởng theo quy định của Luật "
            "Thi đua, khen thưởng năm 2022."
        ),
    )
    ensure_child(
        index,
        CampaignPage,
        "thi-dua-chao-mung-45-nam-thanh-lap-nganh-tu-phap-tinh",
        title="Kế hoạch thi đua chào mừng kỷ niệm 45 năm thành lập Ngành Tư pháp tỉnh",
        first_published_at=published(2026, 11, 20, 9, 0),
        theme="Đoàn kết, đổi mới, chuyên nghiệp – lập thành tích chào mừng 45 năm Ngành Tư "
        "pháp tỉnh",
        campaign_form=CampaignForm.THEMATIC,
        scope="Toàn ngành Tư pháp tỉnh",
        participants="Công chức, viên chức, người lao động trong ngành Tư pháp của tỉnh.",
        launching_body="Sở Tư pháp tỉnh Điện Biên",
        launch_document_number="45/KH-STP",
        launch_document_date=date(2026, 11, 18),
        period_start=date(2027, 6, 1),
        period_end=date(2028, 5, 25),
        period_label="từ tháng 6/2027 đến tháng 5/2028",
        milestone="Kỷ niệm 45 năm thành lập Ngành Tư pháp tỉnh Điện Biên",
        milestone_start=date(1983, 5, 25),
        milestone_date=date(2028, 5, 25),
        purposes=paragraphs(
            "Chuẩn bị sớm để các đơn vị đăng ký công trình, phần việc chào mừng ngày kỷ niệm "
            "và lựa chọn điển hình tiên tiến để biểu dương."
        ),
        tasks=[
            ("task", {"text": "Đăng ký công trình, phần việc chào mừng trước ngày 30/6/2027."}),
            (
                "task",
                {"text": "Biên soạn tài liệu lịch sử 45 năm xây dựng và trưởng thành của ngành."},
            ),
            (
                "task",
                {
                    "text": "Phát hiện, giới thiệu các gương điển hình tiên tiến để biểu "
                    "dương tại lễ kỷ niệm."
                },
            ),
        ],
        related_campaigns=[CampaignRelation(campaign=current)],
    )
    return index
