"""The benchmark's data, built through the package's own functions (no raw rows)."""

from dataclasses import dataclass
from io import StringIO

from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone
from wagtail.models import Site
from wagtail.rich_text import RichText

from benchmarks.bench_site.models import BarePage
from example_site.portal.demo.utils import ensure_child
from wagtail_emulation.comments.models import ReaderComment
from wagtail_emulation.comments.moderation import create_comment
from wagtail_emulation.news.models import NewsIndexPage, NewsPage
from wagtail_emulation.ratings.identity import Rater
from wagtail_emulation.ratings.votes import cast_vote
from wagtail_emulation.visits.visitors import beacon_signature

SENTENCES = [
    "Sở Tư pháp tổ chức hội nghị sơ kết phong trào thi đua sáu tháng đầu năm.",
    "Các phòng, đơn vị báo cáo kết quả thực hiện nhiệm vụ chính trị được giao.",
    "Nhiều tập thể, cá nhân có thành tích tiêu biểu được biểu dương, khen thưởng.",
    "Công tác phổ biến, giáo dục pháp luật được đổi mới theo hướng thiết thực.",
]
TOPICS = ["thi-dua", "khen-thuong", "tu-phap", "pho-bien-phap-luat", "chuyen-doi-so"]


def body_html(target_bytes=8 * 1024):
    """Paragraphs of Vietnamese text adding up to about ``target_bytes`` of HTML."""
    paragraphs, size, index = [], 0, 0
    while size < target_bytes:
        text = " ".join(SENTENCES[(index + k) % len(SENTENCES)] for k in range(3))
        paragraph = f"<p>{text}</p>"
        paragraphs.append(paragraph)
        size += len(paragraph.encode())
        index += 1
    return "".join(paragraphs)


@dataclass
class BenchPages:
    site: Site
    bare: BarePage
    full: NewsPage
    news_index: NewsIndexPage
    beacon_path: str


def add_news(index, number, tags, body):
    page = NewsPage(
        title=f"Tin thử nghiệm số {number}",
        slug=f"bench-tin-{number}",
        lead="Tin dùng cho phép đo hiệu năng.",
        body=[("paragraph", RichText(body))],
    )
    index.add_child(instance=page)
    page.tags.add(*tags)
    page.save_revision().publish()
    return page


def add_approved_comments(page, count, start=0):
    for number in range(start, start + count):
        create_comment(
            page=page,
            name=f"Bạn đọc {number}",
            email=f"reader{number}@example.invalid",
            body=f"Ý kiến số {number} về bài viết.",
            status=ReaderComment.Status.APPROVED,
            consented_at=timezone.now(),
        )


def build(news_pages=300):
    call_command("migrate", verbosity=0)
    call_command("load_demo", stdout=StringIO())
    site = Site.objects.get(is_default_site=True)
    site.hostname, site.port = "127.0.0.1", 80
    site.save()
    home = site.root_page.specific
    body = body_html()
    index = NewsIndexPage.objects.live().first()
    # The baseline sits at the article's depth, so both routes walk the same number of levels.
    bare_parent = ensure_child(home, BarePage, "bench-muc", title="Mục đối chứng")
    bare = ensure_child(bare_parent, BarePage, "bench-bare", title="Trang đối chứng", body=body)
    full = add_news(index, 0, TOPICS[:3], body)
    existing = NewsPage.objects.count()
    for number in range(1, news_pages - existing + 1):
        # Every 60th page shares the full page's three topics; the rest share one or none.
        tags = TOPICS[:3] if number % 60 == 0 else [TOPICS[number % len(TOPICS)]]
        add_news(index, number, tags, "<p>Tin ngắn.</p>")
    add_approved_comments(full, 20)
    for number in range(50):
        rater = Rater(browser_key=f"bench-{number:04d}", network_key=f"n{number}")
        cast_vote(full, rater, 1 + number % 5)
    beacon_path = reverse(
        "wagtail_emulation:visits:beacon",
        args=(site.pk, full.pk, beacon_signature(site.pk, full.pk)),
    )
    return BenchPages(site=site, bare=bare, full=full, news_index=index, beacon_path=beacon_path)
