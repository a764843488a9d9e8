"""Questions and answers under load: requests/s of the list, a question page and the lookup
by code beside a bare Wagtail page.

Builds a section with N answered questions (default 20,000 pages) and M questions in the queue
(default 100,000) with the tests' bulk helpers, and measures in one process with Django's test
client, interleaving the targets round by round so that all see the same machine. Prints
requests/s, the ratio to the bare page and queries per request. Figures, not tests.

    BENCH_DATABASE_URL=postgres://postgres@127.0.0.1:5432/<empty database> \\
        .venv/bin/python benchmarks/questions.py [--pages 20000] [--questions 100000]

Without ``BENCH_DATABASE_URL`` it uses a SQLite file in the temporary folder.
"""

import argparse
import os
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


def setup(database_url):
    os.environ["DATABASE_URL"] = database_url
    # Rendering is what is measured: the example site's HTML cache would answer from memory.
    os.environ.setdefault("HTML_CACHE", "0")
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "benchmarks.settings")
    import django

    django.setup()
    from django.core.management import call_command

    call_command("migrate", verbosity=0)


def build(pages, questions):
    from wagtail.models import Site

    from benchmarks.bench_site.models import BarePage
    from tests.questions.bulk import bulk_answer_pages, bulk_questions
    from wagtail_emulation.questions.models import QuestionIndexPage, QuestionTopic

    home = Site.objects.get(is_default_site=True).root_page
    Site.objects.filter(is_default_site=True).update(hostname="127.0.0.1", port=80)
    section = QuestionIndexPage(title="Hỏi đáp pháp luật", slug="hoi-dap", per_page=20)
    home.add_child(instance=section)
    section.save_revision().publish()
    bare = BarePage(title="Giới thiệu", slug="gioi-thieu", body="<p>Sở Tư pháp.</p>" * 40)
    home.add_child(instance=bare)
    bare.save_revision().publish()
    topics = [
        QuestionTopic.objects.create(name=name)
        for name in ("Hộ tịch", "Chứng thực", "Lý lịch tư pháp", "Trợ giúp pháp lý")
    ]
    bulk_answer_pages(section, topics, pages)
    bulk_questions(section, topics, questions)
    from django.db import connection

    if connection.vendor == "postgresql":
        # Planner statistics after the bulk load, as autovacuum would gather them in service.
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE")
    return section, bare, topics


def rate(client, method, path, data, seconds):
    done, start = 0, time.perf_counter()
    while time.perf_counter() - start < seconds:
        response = getattr(client, method)(path, data, HTTP_HOST="127.0.0.1")
        assert response.status_code in (200, 404), (path, response.status_code)
        done += 1
    return done / (time.perf_counter() - start)


def count_queries(client, method, path, data):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as captured:
        getattr(client, method)(path, data, HTTP_HOST="127.0.0.1")
    return len(captured)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--pages", type=int, default=20_000)
    parser.add_argument("--questions", type=int, default=100_000)
    parser.add_argument("--seconds", type=float, default=3)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    database_url = os.environ.get("BENCH_DATABASE_URL")
    if not database_url:
        import tempfile

        path = Path(tempfile.gettempdir()) / "questions_bench.sqlite3"
        path.unlink(missing_ok=True)
        database_url = f"sqlite:///{path}"
    setup(database_url)
    from django.db import connection
    from django.test import Client, override_settings
    from django.test.utils import setup_test_environment

    from wagtail_emulation.questions.models import Question, QuestionPage

    setup_test_environment()
    section, bare, topics = build(args.pages, args.questions)
    page = QuestionPage.objects.child_of(section).order_by("path")[args.pages // 2]
    code = Question.objects.order_by("pk")[args.questions // 2].code
    lookup = f"/emulation/questions/{section.pk}/lookup/"
    targets = {
        "bare page": ("get", bare.url, None),
        "list": ("get", section.url, None),
        "list, subject area+year, page 5": (
            "get",
            section.url,
            {"topic": topics[1].pk, "year": 2022, "page": 5},
        ),
        "question page": ("get", page.url, None),
        "lookup, right code": ("post", lookup, {"code": code}),
        "lookup, wrong code": ("post", lookup, {"code": "ABCD-EFGH"}),
    }
    client = Client()
    unlimited = override_settings(WAGTAIL_EMULATION_QUESTIONS_LOOKUP_RATE_LIMIT_PER_IP=None)
    with unlimited:
        for method, path, data in targets.values():  # warm caches and connections
            getattr(client, method)(path, data, HTTP_HOST="127.0.0.1")
        rates = {name: [] for name in targets}
        for _round in range(args.rounds):
            for name, (method, path, data) in targets.items():
                rates[name].append(rate(client, method, path, data, args.seconds))
        print(
            f"{connection.vendor}, {args.pages:,} answered pages, {args.questions:,} questions, "
            "in-process client"
        )
        bare_rate = sorted(rates["bare page"])[len(rates["bare page"]) // 2]
        print(f"{'target':34} {'req/s':>8} {'× bare':>7} {'queries':>8}")
        for name, (method, path, data) in targets.items():
            median = sorted(rates[name])[len(rates[name]) // 2]
            queries = count_queries(client, method, path, data)
            print(f"{name:34} {median:8.1f} {median / bare_rate:7.2f} {queries:8d}")


if __name__ == "__main__":
    main()
