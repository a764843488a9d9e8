import pytest
from django.db import transaction

from .builders import build_three_sites


@pytest.fixture(scope="module")
def _three_sites(_demo_for_module, django_db_blocker):
    with django_db_blocker.unblock(), transaction.atomic():
        yield build_three_sites()
        transaction.set_rollback(True)


@pytest.fixture
def departments(_three_sites, db):
    """The three department sites (A the demo, B and C its marked copies)."""
    return _three_sites
