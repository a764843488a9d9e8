"""The demo's "Sơ đồ trang" and an editor's pick for readers searching "thi đua"."""

from wagtail.contrib.search_promotions.models import Query, SearchPromotion

from wagtail_emulation.campaigns.models import CampaignPage
from wagtail_emulation.site_search.models import SiteMapPage

from .campaigns import SECTOR_CAMPAIGN_SLUG
from .utils import ensure_child, paragraphs

SITE_MAP_SLUG = "so-do-trang"


def build(home):
    ensure_child(
        home,
        SiteMapPage,
        SITE_MAP_SLUG,
        title="Sơ đồ trang",
        intro=paragraphs("Các chuyên mục và trang chính của cổng thông tin."),
    )
    campaign = CampaignPage.objects.filter(slug=SECTOR_CAMPAIGN_SLUG).first()
    query = Query.get("thi đua")
    if campaign and not SearchPromotion.objects.filter(query=query).exists():
        SearchPromotion.objects.create(
            query=query,
            page=campaign,
            sort_order=0,
            description="Phong trào thi đua chung của toàn ngành Tư pháp tỉnh giai đoạn 2021–2025.",
        )
