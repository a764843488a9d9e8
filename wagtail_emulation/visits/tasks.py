from django_tasks import task
from django_tasks.backends.immediate import ImmediateBackend

from .buffer import flush_buffer
from .conf import app_settings


@task()
def flush_visits_task():
    """Fold buffered visit counts into the database (buffered write mode)."""
    result = flush_buffer()
    return {"batches": result.batches, "fields": result.fields, "skipped": result.skipped}


def auto_flush_seconds():
    """How often beacons enqueue the flush; 0 when the task backend would run it inline.

    A flush inside a beacon would make that reader wait and write to the database, which
    buffered mode exists to avoid: with the immediate backend, schedule ``flush_visits``.
    """
    if isinstance(flush_visits_task.get_backend(), ImmediateBackend):
        return 0
    return int(app_settings.VISITS_FLUSH_EVERY or 0)
