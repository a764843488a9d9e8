"""A draft of 200 articles with 1,000 opinions: requests/s of its page beside a bare page.

Measures in one process with Django's test client, interleaving the targets round by round.
Prints requests/s, the ratio to the bare page and queries per request, for the draft page
with its kept text (the running case) and with every kept fragment forgotten before each
request (the worst case: an opinion arrives between every two readers). Figures, not tests.

    BENCH_DATABASE_URL=postgres://postgres@127.0.0.1:5432/wte_h6_bench \\
        .venv/bin/python benchmarks/consultation.py [--articles 200] [--opinions 1000]

Without ``BENCH_DATABASE_URL`` it uses a SQLite file in the temporary folder.
"""

import argparse
import os
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.legal_documents import count_queries, setup  # noqa: E402


def build(articles, opinions):
    from django.utils import timezone
    from wagtail.models import Site

    from benchmarks.bench_site.models import BarePage
    from tests.consultation.builders import decision_text, draft_index, drafting_unit
    from wagtail_emulation.consultation.models import DraftOpinion, DraftPage
    from wagtail_emulation.consultation.structure import parse_structure

    home = Site.objects.get(is_default_site=True).root_page
    Site.objects.filter(is_default_site=True).update(hostname="127.0.0.1", port=80)
    bare = BarePage(title="Giới thiệu", slug="gioi-thieu", body="<p>Sở Tư pháp.</p>" * 40)
    home.add_child(instance=bare)
    bare.save_revision().publish()
    today = timezone.localdate()
    draft = DraftPage(
        title="Dự thảo quyết định về trợ giúp pháp lý",
        document_kind="Quyết định",
        issuer="UBND tỉnh",
        drafting_unit=drafting_unit(),
        lead="Dự thảo.",
        opens_on=today - timezone.timedelta(days=2),
        closes_on=today + timezone.timedelta(days=20),
        text=parse_structure(decision_text(articles)),
        publish_opinions=True,
    )
    draft_index(home).add_child(instance=draft)
    draft.save_revision().publish()
    keys = [part.key for part in draft.articles]
    now = timezone.now()
    DraftOpinion.objects.bulk_create(
        DraftOpinion(
            page=draft,
            article_key=keys[number % len(keys)],
            name=f"Người góp ý {number}",
            email=f"r{number}@example.vn",
            body=f"Ý kiến số {number} về dự thảo.",
            status=DraftOpinion.Status.APPROVED,
            created_at=now,
            consented_at=now,
        )
        for number in range(opinions)
    )
    return draft, bare


def rate(client, path, seconds, before=None):
    done, start = 0, time.perf_counter()
    while time.perf_counter() - start < seconds:
        if before:
            before()
        assert client.get(path, HTTP_HOST="127.0.0.1").status_code == 200
        done += 1
    return done / (time.perf_counter() - start)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--articles", type=int, default=200)
    parser.add_argument("--opinions", type=int, default=1000)
    parser.add_argument("--seconds", type=float, default=3)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    database_url = os.environ.get("BENCH_DATABASE_URL")
    if not database_url:
        import tempfile

        path = Path(tempfile.gettempdir()) / "consultation_bench.sqlite3"
        path.unlink(missing_ok=True)
        database_url = f"sqlite:///{path}"
    setup(database_url)
    from django.db import connection
    from django.test import Client
    from django.test.utils import setup_test_environment

    from wagtail_emulation.fragments import forget_every_fragment

    setup_test_environment()
    draft, bare = build(args.articles, args.opinions)
    targets = {
        "bare page": (bare.url, None),
        "draft page (kept text)": (draft.url, None),
        "draft page (nothing kept)": (draft.url, forget_every_fragment),
    }
    client = Client()
    for path, _before in targets.values():  # warm caches and connections
        client.get(path, HTTP_HOST="127.0.0.1")
    rates = {name: [] for name in targets}
    for _round in range(args.rounds):
        for name, (path, before) in targets.items():
            rates[name].append(rate(client, path, args.seconds, before))
    print(
        f"{connection.vendor}, a draft of {args.articles} articles with "
        f"{args.opinions:,} opinions, in-process client"
    )
    bare_rate = sorted(rates["bare page"])[len(rates["bare page"]) // 2]
    print(f"{'target':28} {'req/s':>8} {'× bare':>7} {'queries':>8}")
    for name, (path, before) in targets.items():
        median = sorted(rates[name])[len(rates[name]) // 2]
        if before:
            before()
        queries = count_queries(client, path)
        print(f"{name:28} {median:8.1f} {median / bare_rate:7.2f} {queries:8d}")


if __name__ == "__main__":
    main()
