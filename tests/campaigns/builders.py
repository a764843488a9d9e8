"""Small page builders for the content tests (the demo content covers the rest)."""

from datetime import datetime
from zoneinfo import ZoneInfo

from wagtail_emulation.campaigns.models import CampaignIndexPage, CampaignPage
from wagtail_emulation.exemplars.models import ExemplarIndexPage, ExemplarStoryPage
from wagtail_emulation.news.models import NewsIndexPage, NewsPage, NewsPageTag, NewsTag

LOCAL = ZoneInfo("Asia/Ho_Chi_Minh")


def publish(parent, page):
    parent.add_child(instance=page)
    page.save_revision().publish()
    return page


def moment(year, month=1, day=1, hour=9):
    return datetime(year, month, day, hour, tzinfo=LOCAL)


def campaign_index(parent, slug="campaigns", **fields):
    return publish(parent, CampaignIndexPage(title="Phong trào", slug=slug, **fields))


def campaign(parent, title, start, end=None, **fields):
    fields.setdefault("theme", f"Chủ đề {title}")
    fields.setdefault("launching_body", "Sở Tư pháp")
    return publish(parent, CampaignPage(title=title, period_start=start, period_end=end, **fields))


def news_index(parent, slug="news", **fields):
    return publish(parent, NewsIndexPage(title="Tin", slug=slug, **fields))


def news(parent, title, when, tags=(), **fields):
    page = NewsPage(
        title=title,
        first_published_at=when,
        tagged_items=[
            NewsPageTag(tag=NewsTag.objects.get_or_create(name=name)[0]) for name in tags
        ],
        **fields,
    )
    return publish(parent, page)


def exemplar_index(parent, slug="exemplars", **fields):
    return publish(parent, ExemplarIndexPage(title="Điển hình", slug=slug, **fields))


def exemplar(parent, title, year=2023, **fields):
    fields.setdefault("subject_name", title)
    fields.setdefault("story", "<p>Câu chuyện.</p>")
    return publish(parent, ExemplarStoryPage(title=title, year=year, **fields))
