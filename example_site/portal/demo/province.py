"""The demo as a province: the provincial portal (tinh.localhost) and a second department
(sonoivu.localhost) beside the demo department, which stays the default site (so any other
name, 127.0.0.1 included, answers with it) under the name sotuphap.localhost. Both new sites
are made by the package's own ``create_department_site`` logic, then get a few pages of their
own.

Sharing is turned on once, when the provincial portal is first made: the departments share
their news and documents, the portal shows them. Editors may turn it off afterwards.
"""

from dataclasses import replace
from datetime import datetime

from django.utils import timezone
from wagtail.models import Site

from wagtail_emulation.department_sites import DepartmentSite, create_department_site
from wagtail_emulation.models import EmulationSettings
from wagtail_emulation.news.models import NewsIndexPage, NewsPage

from ..models import StandardPage
from .utils import RichText, ensure_child, paragraphs

PARENT_AGENCY = "Ủy ban nhân dân tỉnh Điện Biên"
PROVINCE_HOSTNAME = "tinh.localhost"
DEPARTMENT_HOSTNAME = "sonoivu.localhost"
#: The demo department's own name under .localhost (the default site's host name).
DEFAULT_SITE_HOSTNAME = "sotuphap.localhost"

PROVINCE = DepartmentSite(
    hostname=PROVINCE_HOSTNAME,
    site_name="Cổng thông tin điện tử tỉnh Điện Biên (demo)",
    agency_name=PARENT_AGENCY,
)
HOME_DEPARTMENT = DepartmentSite(
    hostname=DEPARTMENT_HOSTNAME,
    site_name="Sở Nội vụ tỉnh Điện Biên (demo)",
    agency_name="Sở Nội vụ tỉnh Điện Biên",
    parent_agency=PARENT_AGENCY,
)

# (site, about text, [(slug, title, date, lead, paragraph)]): fictional, written for the demo.
PAGES = {
    PROVINCE_HOSTNAME: (
        "Cổng thông tin điện tử của tỉnh tổng hợp tin tức do các sở, ban, ngành chia sẻ, "
        "bên cạnh tin của Ủy ban nhân dân tỉnh.",
        [
            (
                "ubnd-tinh-hop-phien-thuong-ky-thang-5",
                "Ủy ban nhân dân tỉnh họp phiên thường kỳ tháng 5",
                datetime(2026, 5, 28, 8, 30),
                "Phiên họp đánh giá tình hình kinh tế – xã hội và cải cách hành chính tháng 5.",
                "Các sở, ngành báo cáo tiến độ giải quyết hồ sơ trực tuyến và đề xuất tháo gỡ "
                "vướng mắc (nội dung minh họa).",
            ),
            (
                "phat-dong-thi-dua-chuyen-doi-so-toan-tinh",
                "Phát động thi đua chuyển đổi số toàn tỉnh",
                datetime(2026, 4, 15, 9, 0),
                "Tỉnh phát động phong trào thi đua đẩy mạnh chuyển đổi số trong các cơ quan.",
                "Mỗi sở, ngành đăng ký ít nhất một sáng kiến số hóa quy trình nội bộ trong năm "
                "(nội dung minh họa).",
            ),
        ],
    ),
    DEPARTMENT_HOSTNAME: (
        "Sở Nội vụ tham mưu cho Ủy ban nhân dân tỉnh về tổ chức bộ máy, công chức, viên "
        "chức và công tác thi đua, khen thưởng.",
        [
            (
                "tap-huan-cong-tac-thi-dua-khen-thuong-2026",
                "Tập huấn nghiệp vụ công tác thi đua, khen thưởng năm 2026",
                datetime(2026, 5, 20, 14, 0),
                "Sở Nội vụ tổ chức tập huấn cho cán bộ làm công tác thi đua của các sở, ngành.",
                "Nội dung tập trung vào hồ sơ đề nghị khen thưởng và thời hạn trình theo "
                "Nghị định 98/2023/NĐ-CP (nội dung minh họa).",
            ),
            (
                "thi-tuyen-cong-chuc-dot-1-nam-2026",
                "Thông báo thi tuyển công chức đợt 1 năm 2026",
                datetime(2026, 3, 2, 8, 0),
                "Sở Nội vụ thông báo kế hoạch thi tuyển công chức đợt 1 năm 2026.",
                "Thí sinh nộp phiếu đăng ký dự tuyển trực tuyến trong thời hạn 30 ngày "
                "(nội dung minh họa).",
            ),
        ],
    ),
}


def _turn_on(site, name):
    portal_settings = EmulationSettings.objects.get_or_create(site=site)[0]
    setattr(portal_settings, name, True)
    portal_settings.save()  # through save(): the cached copies are dropped


def _first_load(default, port):
    """Make both sites and turn sharing on: only when the provincial portal is new."""
    for spec in (PROVINCE, HOME_DEPARTMENT):
        create_department_site(replace(spec, port=port))
    _turn_on(Site.objects.get(hostname=PROVINCE_HOSTNAME, port=port), "show_shared_content")
    _turn_on(Site.objects.get(hostname=DEPARTMENT_HOSTNAME, port=port), "share_with_province")
    _turn_on(default, "share_with_province")


def _own_pages(site):
    about, articles = PAGES[site.hostname]
    home = site.root_page.specific
    ensure_child(
        home,
        StandardPage,
        "gioi-thieu",
        title="Giới thiệu",
        body=paragraphs(about),
        show_in_menus=True,
    )
    index = NewsIndexPage.objects.child_of(home).first()
    if index is None:
        return
    for slug, title, when, lead, text in articles:
        ensure_child(
            index,
            NewsPage,
            slug,
            title=title,
            first_published_at=timezone.make_aware(when),
            lead=lead,
            body=[("paragraph", RichText(paragraphs(text)))],
        )


def build(home):
    default = Site.objects.get(is_default_site=True)
    if default.hostname == "localhost":  # its links name it as the province's sites do
        default.hostname = DEFAULT_SITE_HOSTNAME
        default.save()
    if not Site.objects.filter(hostname=PROVINCE_HOSTNAME).exists():
        _first_load(default, default.port)
    for site in Site.objects.filter(hostname__in=PAGES).select_related("root_page"):
        if site.port != default.port:  # load_demo --port moves the whole province
            site.port = default.port
            site.save()
        _own_pages(site)
