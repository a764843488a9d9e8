"""The portal's frame: home page, the Site record, "Giới thiệu", the agency in charge (header
and footer) and the website links."""

from django.conf import settings
from wagtail.models import Locale, Page, Site

from wagtail_emulation.models import EmulationSettings, WebsiteLink

from ..models import HomePage, StandardPage
from .utils import ensure_child, paragraphs

WEBSITE_LINKS = [
    ("Cổng thông tin điện tử Chính phủ", "https://chinhphu.vn/"),
    ("Bộ Tư pháp", "https://moj.gov.vn/"),
    ("Cổng Dịch vụ công quốc gia", "https://dichvucong.gov.vn/"),
    ("Cơ sở dữ liệu quốc gia về văn bản pháp luật", "https://vbpl.vn/"),
    ("Ủy ban nhân dân tỉnh Điện Biên", "https://dienbien.gov.vn/"),
]


def ensure_tree_root():
    """Wagtail's migrations create the tree root and a locale; a flushed database has neither."""
    root = Page.get_first_root_node()
    if root is None:
        from wagtail.coreutils import get_supported_content_language_variant

        language = get_supported_content_language_variant(settings.LANGUAGE_CODE)
        Locale.objects.get_or_create(language_code=language)
        root = Page.add_root(instance=Page(title="Root", slug="root", draft_title="Root"))
    return root


def ensure_home(port=None):
    """The home page and the default Site; ``port`` (the one ``make demo`` serves on) goes
    into the Site record, so full URLs in reports, feeds and e-mails reach the demo."""
    default_root = Site.objects.filter(is_default_site=True).values("root_page_id").first()
    home = HomePage.objects.filter(pk=(default_root or {}).get("root_page_id")).first()
    home = home or HomePage.objects.order_by("path").first()
    if home is None:
        root = ensure_tree_root()
        home = HomePage(
            title="Trang chủ",
            slug="trang-chu",
            intro=paragraphs(
                "Chào mừng bạn đến với cổng thông tin minh họa của một Sở Tư pháp cấp tỉnh. "
                "Tại đây đăng tải các lời phát động phong trào thi đua, tin tức hoạt động "
                "của ngành và những tấm gương điển hình tiên tiến.",
                "Nội dung trên trang là văn bản mẫu, được viết để giới thiệu tính năng.",
            ),
        )
        root.add_child(instance=home)
        home.save_revision().publish()
    site = Site.objects.filter(is_default_site=True).first()
    if site is None:
        site = Site(hostname="localhost", port=80, is_default_site=True, root_page=home)
    if site.root_page_id != home.pk:
        old_root = site.root_page
        site.root_page = home
        site.site_name = site.site_name or settings.WAGTAIL_SITE_NAME
        site.save()
        # The "Welcome to your new Wagtail site!" page Wagtail's migration created.
        if old_root.pk != home.pk and old_root.specific_class is Page:
            old_root.delete()
    elif not site.site_name:
        site.site_name = settings.WAGTAIL_SITE_NAME
        site.save()
    if port and site.port != port:
        site.port = port
        site.save()
    return home, site


# The footer's "cơ quan chủ quản" lines. Fictional: the phone number is not in service and the
# e-mail domain is reserved for examples (RFC 2606 style), so no reader can reach a real office.
AGENCY = {
    "parent_agency": "Ủy ban nhân dân tỉnh Điện Biên",
    "agency_name": "Sở Tư pháp tỉnh Điện Biên",
    "person_responsible": "Nguyễn Văn Minh – Giám đốc Sở Tư pháp (nhân vật giả định)",
    "address": "Số 1 đường Ví Dụ, phường Mẫu, tỉnh Điện Biên (địa chỉ minh họa)",
    "phone": "0215 3000 000",
    "email": "vanphong.sotuphap@example.com",
    "licence": (
        "Giấy phép minh họa số 00/GP-DEMO, cấp cho cổng thông tin thử nghiệm; "
        "không phải giấy phép thật."
    ),
}


def ensure_agency(site):
    """Fill the agency fields editors left empty; never overwrite what they typed."""
    portal_settings = EmulationSettings.for_site(site)
    missing = {name: value for name, value in AGENCY.items() if not getattr(portal_settings, name)}
    if missing:
        for name, value in missing.items():
            setattr(portal_settings, name, value)
        portal_settings.save()


def ensure_website_links(site):
    portal_settings = EmulationSettings.for_site(site)
    if portal_settings.website_links.exists():
        return
    for order, (name, url) in enumerate(WEBSITE_LINKS):
        WebsiteLink.objects.create(settings=portal_settings, name=name, url=url, sort_order=order)


def build(home):
    ensure_child(
        home,
        StandardPage,
        "gioi-thieu",
        title="Giới thiệu",
        show_in_menus=True,
        body=paragraphs(
            "Sở Tư pháp là cơ quan chuyên môn thuộc Ủy ban nhân dân tỉnh, tham mưu và giúp "
            "Ủy ban quản lý nhà nước về công tác xây dựng và thi hành pháp luật, phổ biến, "
            "giáo dục pháp luật, hộ tịch, chứng thực, trợ giúp pháp lý và các công tác tư "
            "pháp khác trên địa bàn.",
            "Ngành Tư pháp của tỉnh được thành lập ngày 25 tháng 5 năm 1983.",
        ),
    )
