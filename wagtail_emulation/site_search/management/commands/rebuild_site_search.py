"""``manage.py rebuild_site_search``: index every live page for the public search."""

import time

from django.core.management.base import BaseCommand

from ...indexing import rebuild

BAR_WIDTH = 30


class ProgressBar:
    """``[#########.....]  45,000/100,000  45%  1,234 pages/s``, redrawn in place on a
    terminal, one line per tenth elsewhere (logs stay short)."""

    def __init__(self, stream):
        self.stream = stream  # a command's OutputWrapper
        self.started = time.monotonic()
        self.interactive = stream.isatty()
        self.last_tenth = -1

    def __call__(self, done, total):
        fraction = done / total if total else 1
        tenth = int(fraction * 10)
        if not self.interactive and tenth == self.last_tenth and done < total:
            return
        self.last_tenth = tenth
        filled = int(fraction * BAR_WIDTH)
        rate = done / max(time.monotonic() - self.started, 1e-6)
        line = (
            f"[{'#' * filled}{'.' * (BAR_WIDTH - filled)}] {done:,}/{total:,} "
            f"{fraction:4.0%}  {rate:,.0f} pages/s"
        )
        end = "\n" if not self.interactive or done >= total else ""
        self.stream.write(("\r" if self.interactive else "") + line, ending=end)
        self.stream.flush()


class Command(BaseCommand):
    help = (
        "Index every live page for the public search (accent-insensitive), and drop entries "
        "of pages that are no longer live. Publishing keeps the index current; run this after "
        "installing the app, after importing pages, or after changing a page type's "
        "search_fields."
    )

    def add_arguments(self, parser):
        parser.add_argument("--batch-size", type=int, default=500)
        parser.add_argument("--no-progress", action="store_true", help="Print no progress bar.")

    def handle(self, *args, batch_size, no_progress, **options):
        progress = None if no_progress else ProgressBar(self.stderr)
        indexed, removed = rebuild(progress=progress, batch_size=batch_size)
        self.stdout.write(
            self.style.SUCCESS(f"Indexed {indexed:,} pages; removed {removed:,} stale entries.")
        )
