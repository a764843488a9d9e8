"""Run inside a fresh ``wagtail start`` project: publish a news article as an editor would,
read it and the home page as a reader would, and print what was seen as JSON (see
test_wagtail_start.py)."""

import json
import os
import re
import sys
from datetime import UTC, datetime

import django

sys.path.insert(0, os.getcwd())
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "portal.settings.dev")
django.setup()

from django.core.checks import run_checks  # noqa: E402
from django.core.management import call_command  # noqa: E402
from django.test import Client  # noqa: E402
from wagtail.models import Site  # noqa: E402

from wagtail_emulation.news.models import NewsIndexPage, NewsPage  # noqa: E402
from wagtail_emulation.visits.models import PageViewDaily  # noqa: E402

call_command("migrate", verbosity=0)
home = Site.objects.get(is_default_site=True).root_page
index = NewsIndexPage(title="Tin tức", slug="tin-tuc")
home.add_child(instance=index)
index.save_revision().publish()
article = NewsPage(title="Hội nghị tổng kết thi đua", lead="Sở tổng kết phong trào năm 2024.")
index.add_child(instance=article)
article.save_revision().publish()
# 01:30 UTC on Thursday 2 January 2025 is 08:30 in Vietnam.
NewsPage.objects.filter(pk=article.pk).update(
    first_published_at=datetime(2025, 1, 2, 1, 30, tzinfo=UTC)
)

reader = Client(
    HTTP_USER_AGENT="Mozilla/5.0 (Linux; Android 14; SM-A546E) AppleWebKit/537.36 "
    "(KHTML, like Gecko) Chrome/131.0.0.0 Mobile Safari/537.36"
)
home_html = reader.get(home.url).content.decode()
response = reader.get(article.url)
html = response.content.decode()
beacon = re.search(r'data-emulation="tracker"[^>]*data-url="([^"]+)"', html).group(1)
beacon_status = reader.post(beacon).status_code  # as navigator.sendBeacon sends it
print(
    json.dumps(
        {
            "status": response.status_code,
            "path": article.url,
            "html": html,
            "home_html": home_html,
            "beacon_status": beacon_status,
            "views": sum(
                PageViewDaily.objects.filter(page=article).values_list("views", flat=True)
            ),
            "warnings": [m.id for m in run_checks() if m.id and m.id.startswith("wagtail_emul")],
        }
    )
)
