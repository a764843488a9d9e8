"""The document library under load: requests/s of a filtered library page beside a bare page.

Builds a library of N documents (default 20,000, a department's archive) with the tests' bulk
helper, a bare Wagtail page with the portal's frame, and measures in one process with Django's
test client, interleaving the targets round by round so that both see the same machine.
Prints requests/s, the ratio to the bare page and queries per request, then PostgreSQL's
plan (EXPLAIN ANALYZE) of the filtered list's queries. Figures, not tests.

    BENCH_DATABASE_URL=postgres://postgres@127.0.0.1:5432/emu15_bench \\
        .venv/bin/python benchmarks/legal_documents.py [--documents 20000] [--seconds 3]

Without ``BENCH_DATABASE_URL`` it uses a SQLite file in the temporary folder (no plans then).
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


def build(count):
    from wagtail.models import Page, Site

    from benchmarks.bench_site.models import BarePage
    from tests.legal_documents.bulk import bulk_documents
    from wagtail_emulation.legal_documents.models import LegalDocumentIndexPage

    root = Page.get_first_root_node()
    home = Site.objects.get(is_default_site=True).root_page
    Site.objects.filter(is_default_site=True).update(hostname="127.0.0.1", port=80)
    library = LegalDocumentIndexPage(title="Văn bản", slug="van-ban", per_page=20)
    home.add_child(instance=library)
    library.save_revision().publish()
    bare = BarePage(title="Giới thiệu", slug="gioi-thieu", body="<p>Sở Tư pháp.</p>" * 40)
    home.add_child(instance=bare)
    bare.save_revision().publish()
    bulk_documents(library, count)
    del root
    return library, bare


def rate(client, path, seconds):
    done, start = 0, time.perf_counter()
    while time.perf_counter() - start < seconds:
        assert client.get(path, HTTP_HOST="127.0.0.1").status_code == 200
        done += 1
    return done / (time.perf_counter() - start)


def count_queries(client, path):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as captured:
        client.get(path, HTTP_HOST="127.0.0.1")
    return len(captured)


def explain(filters_path):
    """EXPLAIN ANALYZE of the count and list queries the filtered page runs (PostgreSQL)."""
    from django.db import connection
    from django.test import RequestFactory

    from wagtail_emulation.legal_documents.listing import filtered_documents
    from wagtail_emulation.legal_documents.models import LegalDocumentIndexPage, with_status

    if connection.vendor != "postgresql":
        return
    library = LegalDocumentIndexPage.objects.get()
    path, _sep, query = filters_path.partition("?")
    request = RequestFactory().get(path + "?" + query)
    _form, documents = filtered_documents(library, request)
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE")
    for label, queryset in [
        ("count", documents.order_by()),
        ("page of 20", with_status(documents)[:20]),
    ]:
        print(f"\nEXPLAIN ANALYZE ({label}) of {filters_path}")
        plan = queryset.explain(analyze=True) if label != "count" else _count_plan(queryset)
        print(plan)


def _count_plan(queryset):
    from django.db import connection

    sql, params = queryset.values("pk").query.sql_with_params()
    with connection.cursor() as cursor:
        plan = f"EXPLAIN ANALYZE SELECT COUNT(*) FROM ({sql}) AS listed"  # noqa: S608 - ORM SQL
        cursor.execute(plan, params)
        return "\n".join(row[0] for row in cursor.fetchall())


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--documents", type=int, default=20_000)
    parser.add_argument("--seconds", type=float, default=3)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    database_url = os.environ.get("BENCH_DATABASE_URL")
    if not database_url:
        import tempfile

        path = Path(tempfile.gettempdir()) / "legal_documents_bench.sqlite3"
        path.unlink(missing_ok=True)
        database_url = f"sqlite:///{path}"
    setup(database_url)
    from django.db import connection
    from django.test import Client
    from django.test.utils import setup_test_environment

    from wagtail_emulation.legal_documents.models import DocumentType, Issuer

    setup_test_environment()
    library, bare = build(args.documents)
    decision = DocumentType.objects.get(name="Quyết định").pk
    issuer = Issuer.objects.get(name="Sở Tư pháp").pk
    targets = {
        "bare page": bare.url,
        "library": library.url,
        "library, type+year+issuer": f"{library.url}?type={decision}&year=2015&issuer={issuer}",
        "library, number prefix": f"{library.url}?number=12",
        "library, status+text": f"{library.url}?status=in-force&text=ho+tich",
        "document page": f"{library.url}vb-1234/",
    }
    client = Client()
    for path in targets.values():  # warm caches and connections
        client.get(path, HTTP_HOST="127.0.0.1")
    rates = {name: [] for name in targets}
    for _round in range(args.rounds):
        for name, path in targets.items():
            rates[name].append(rate(client, path, args.seconds))
    print(f"{connection.vendor}, {args.documents:,} documents, in-process client")
    bare_rate = sorted(rates["bare page"])[len(rates["bare page"]) // 2]
    print(f"{'target':32} {'req/s':>8} {'× bare':>7} {'queries':>8}")
    for name, path in targets.items():
        median = sorted(rates[name])[len(rates[name]) // 2]
        print(f"{name:32} {median:8.1f} {median / bare_rate:7.2f} {count_queries(client, path):8d}")
    explain(targets["library, type+year+issuer"])
    explain(targets["library, number prefix"])
    explain(targets["library, status+text"])


if __name__ == "__main__":
    main()
