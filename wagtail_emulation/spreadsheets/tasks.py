"""The task queue's side of large imports (django-tasks)."""

from django_tasks import task

from . import jobs


@task()
def run_import_job(job_id, phase):
    """Check or import one :class:`~.models.ImportJob` in a worker."""
    jobs.run(job_id, phase)
