from django_tasks import task

from .buffer import flush_buffer


@task()
def flush_visits_task():
    """Fold buffered visit counts into the database (buffered write mode)."""
    result = flush_buffer()
    return {"batches": result.batches, "fields": result.fields, "skipped": result.skipped}
