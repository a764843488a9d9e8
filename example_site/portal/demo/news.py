"""Demo news: tagged articles, some about the 2023 anniversary campaign, with hand-picked links."""

from wagtail.rich_text import RichText

from wagtail_emulation.campaigns.models import CampaignPage
from wagtail_emulation.news.models import (
    NewsIndexPage,
    NewsPage,
    NewsPageTag,
    NewsRelatedPick,
    NewsTag,
)

from .campaigns import ANNIVERSARY_CAMPAIGN_SLUG, SECTOR_CAMPAIGN_SLUG, published
from .images import demo_image
from .utils import ensure_child, paragraphs

INDEX_SLUG = "tin-tuc"
FINAL_REVIEW_SLUG = "tong-ket-phong-trao-thi-dua-nam-2023-va-ky-niem-40-nam-thanh-lap-nganh"

# slug, title, published, lead, paragraphs, tags, campaign slug, slugs picked by hand
ARTICLES = [
    (
        "so-tu-phap-phat-dong-thi-dua-chao-mung-40-nam-thanh-lap-nganh",
        "Sở Tư pháp phát động thi đua chào mừng 40 năm thành lập Ngành",
        published(2023, 2, 14, 10, 30),
        "Sáng 14/2, Sở Tư pháp tổ chức hội nghị phát động phong trào thi đua năm 2023, hướng "
        "tới kỷ niệm 40 năm thành lập Ngành Tư pháp tỉnh.",
        [
            "Hội nghị có sự tham dự của lãnh đạo các phòng, đơn vị thuộc Sở và Phòng Tư pháp "
            "các huyện, thị xã, thành phố.",
            "Các đơn vị đã ký giao ước thi đua, cam kết hoàn thành sớm các chỉ tiêu năm 2023.",
        ],
        ["Thi đua", "Kỷ niệm 40 năm", "Khen thưởng"],
        ANNIVERSARY_CAMPAIGN_SLUG,
        [],
    ),
    (
        "hoi-nghi-tap-huan-luat-thi-dua-khen-thuong-nam-2022",
        "Tập huấn Luật Thi đua, khen thưởng năm 2022 cho cán bộ làm công tác thi đua",
        published(2023, 3, 9, 8, 0),
        "Hơn 80 cán bộ làm công tác thi đua, khen thưởng trong ngành được giới thiệu những "
        "điểm mới của Luật Thi đua, khen thưởng năm 2022.",
        [
            "Báo cáo viên đã giới thiệu các hình thức tổ chức phong trào thi đua theo Luật mới: "
            "thi đua thường xuyên và thi đua theo chuyên đề.",
            "Học viên trao đổi về hồ sơ, thủ tục đề nghị khen thưởng và trách nhiệm của người "
            "đứng đầu trong phát hiện nhân tố mới.",
        ],
        ["Thi đua", "Khen thưởng", "Pháp luật"],
        ANNIVERSARY_CAMPAIGN_SLUG,
        [],
    ),
    (
        "mit-tinh-ky-niem-40-nam-thanh-lap-nganh-tu-phap-tinh",
        "Mít tinh kỷ niệm 40 năm thành lập Ngành Tư pháp tỉnh (25/5/1983 – 25/5/2023)",
        published(2023, 5, 25, 9, 0),
        "Lễ kỷ niệm ôn lại chặng đường 40 năm xây dựng và trưởng thành của ngành, biểu dương "
        "các tập thể, cá nhân có thành tích xuất sắc.",
        [
            "Từ những ngày đầu chỉ có vài cán bộ, đến nay ngành Tư pháp tỉnh đã có đội ngũ "
            "công chức, viên chức vững vàng về chuyên môn ở cả ba cấp.",
            "Nhân dịp này, nhiều tập thể và cá nhân được nhận Bằng khen của Bộ trưởng Bộ Tư "
            "pháp và của Chủ tịch Ủy ban nhân dân tỉnh.",
        ],
        ["Kỷ niệm 40 năm", "Khen thưởng", "Điển hình tiên tiến"],
        ANNIVERSARY_CAMPAIGN_SLUG,
        ["so-tu-phap-phat-dong-thi-dua-chao-mung-40-nam-thanh-lap-nganh"],
    ),
    (
        "so-ket-6-thang-phong-trao-thi-dua-nam-2023",
        "Sơ kết 6 tháng phong trào thi đua năm 2023",
        published(2023, 7, 12, 14, 0),
        "Sau 6 tháng, các đơn vị đã hoàn thành phần lớn chỉ tiêu đề ra; nhiều mô hình mới "
        "về chuyển đổi số được ghi nhận.",
        [
            "Hội nghị sơ kết chỉ ra những hạn chế cần khắc phục, nhất là tiến độ số hóa sổ hộ "
            "tịch ở một số xã vùng cao.",
        ],
        ["Thi đua", "Sơ kết", "Chuyển đổi số"],
        ANNIVERSARY_CAMPAIGN_SLUG,
        [],
    ),
    (
        FINAL_REVIEW_SLUG,
        "Tổng kết phong trào thi đua năm 2023 và kỷ niệm 40 năm thành lập Ngành",
        published(2023, 12, 28, 15, 0),
        "Phong trào thi đua năm 2023 khép lại với nhiều kết quả nổi bật; 12 tập thể và 35 cá "
        "nhân được đề nghị khen thưởng.",
        [
            "Toàn ngành hoàn thành vượt mức các chỉ tiêu được giao, trong đó tỷ lệ hồ sơ lý "
            "lịch tư pháp giải quyết trực tuyến tăng mạnh so với năm trước.",
        ],
        ["Thi đua", "Tổng kết", "Khen thưởng"],
        ANNIVERSARY_CAMPAIGN_SLUG,
        [
            "so-ket-6-thang-phong-trao-thi-dua-nam-2023",
            "mit-tinh-ky-niem-40-nam-thanh-lap-nganh-tu-phap-tinh",
        ],
    ),
    (
        "so-hoa-du-lieu-ho-tich-tai-cac-xa-vung-cao",
        "Số hóa dữ liệu hộ tịch tại các xã vùng cao",
        published(2024, 4, 3, 9, 15),
        "Công chức tư pháp – hộ tịch nhiều xã vùng cao đã hoàn thành số hóa sổ hộ tịch lưu "
        "trữ, phục vụ tốt hơn người dân.",
        ["Dữ liệu được cập nhật vào Cơ sở dữ liệu hộ tịch điện tử dùng chung của cả nước."],
        ["Chuyển đổi số", "Hộ tịch"],
        SECTOR_CAMPAIGN_SLUG,
        [],
    ),
    (
        "pho-bien-giao-duc-phap-luat-cho-dong-bao-dan-toc-thieu-so",
        "Phổ biến, giáo dục pháp luật cho đồng bào dân tộc thiểu số",
        published(2024, 9, 18, 10, 0),
        "Nhiều buổi tuyên truyền pháp luật bằng tiếng dân tộc được tổ chức tại các bản vùng "
        "sâu, vùng xa.",
        ["Nội dung tập trung vào pháp luật về hôn nhân và gia đình, đất đai và hộ tịch."],
        ["Pháp luật", "Phổ biến pháp luật"],
        SECTOR_CAMPAIGN_SLUG,
        [],
    ),
    (
        "tong-ket-phong-trao-thi-dua-giai-doan-2021-2025",
        "Tổng kết phong trào thi đua giai đoạn 2021–2025 của ngành Tư pháp tỉnh",
        published(2025, 12, 22, 8, 30),
        "Sau 5 năm, phong trào thi đua “Toàn ngành Tư pháp đoàn kết, kỷ cương, trách nhiệm, "
        "hành động, sáng tạo” đã tạo nhiều chuyển biến tích cực.",
        [
            "Nhiều điển hình tiên tiến đã được phát hiện, bồi dưỡng và nhân rộng trong toàn ngành.",
        ],
        ["Thi đua", "Tổng kết", "Điển hình tiên tiến"],
        SECTOR_CAMPAIGN_SLUG,
        ["tong-ket-phong-trao-thi-dua-nam-2023-va-ky-niem-40-nam-thanh-lap-nganh"],
    ),
    (
        "huong-dan-dang-ky-khai-sinh-truc-tuyen",
        "Hướng dẫn đăng ký khai sinh trực tuyến trên Cổng Dịch vụ công",
        published(2026, 3, 10, 9, 0),
        "Người dân có thể đăng ký khai sinh cho con mà không cần đến trụ sở Ủy ban nhân dân xã.",
        [
            "Hồ sơ được nộp trên Cổng Dịch vụ công quốc gia; kết quả là bản điện tử giấy khai "
            "sinh có giá trị như bản giấy.",
        ],
        ["Hộ tịch", "Chuyển đổi số", "Dịch vụ công"],
        None,
        [],
    ),
]


def build(home):
    index = ensure_child(
        home,
        NewsIndexPage,
        INDEX_SLUG,
        title="Tin tức",
        show_in_menus=True,
        intro=paragraphs("Tin hoạt động của Sở Tư pháp và ngành Tư pháp tỉnh."),
    )
    campaigns = {page.slug: page for page in CampaignPage.objects.all()}
    articles = {}
    for number, (slug, title, when, lead, texts, tags, campaign_slug, picks) in enumerate(ARTICLES):
        existing = index.get_children().filter(slug=slug).first()
        if existing is not None:  # kept as editors left it; no picture drawn for it
            articles[slug] = existing.specific
            continue
        articles[slug] = ensure_child(
            index,
            NewsPage,
            slug,
            title=title,
            first_published_at=when,
            lead=lead,
            body=[("paragraph", RichText(paragraphs(text))) for text in texts],
            tagged_items=[NewsPageTag(tag=news_tag(name)) for name in tags],
            campaign=campaigns.get(campaign_slug),
            related_picks=[NewsRelatedPick(target=articles[pick]) for pick in picks],
            image=demo_image(f"Ảnh minh họa: {title}", number),
        )
    link_final_review(campaigns.get(ANNIVERSARY_CAMPAIGN_SLUG), articles[FINAL_REVIEW_SLUG])
    return index


def news_tag(name):
    return NewsTag.objects.get_or_create(name=name)[0]


def link_final_review(campaign, article):
    """Point the 2023 call at its final-review article, unless an editor set a review already."""
    if campaign is None or campaign.final_review_id or campaign.interim_review_id:
        return
    campaign.final_review = article
    campaign.interim_review = NewsPage.objects.filter(
        slug="so-ket-6-thang-phong-trao-thi-dua-nam-2023"
    ).first()
    campaign.save_revision().publish()
