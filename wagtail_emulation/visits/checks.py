"""System checks: the visit figures are only right when every process shares the cache."""

from django.conf import settings
from django.core import checks
from django.core.cache.backends.locmem import LocMemCache

from ..shared_cache import shared_cache
from .conf import app_settings
from .stores import redis_client


@checks.register()
def check_visits_cache(app_configs=None, **kwargs):
    messages = []
    cache = shared_cache()
    mode = app_settings.VISITS_WRITE_MODE
    if mode not in ("direct", "buffered"):
        messages.append(
            checks.Error(
                f"WAGTAIL_EMULATION_VISITS_WRITE_MODE is {mode!r}; use 'direct' or 'buffered'.",
                id="wagtail_emulation_visits.E001",
            )
        )
    elif mode == "buffered" and redis_client(cache) is None:
        messages.append(
            checks.Error(
                "The buffered visit write mode needs a django-redis cache "
                "(WAGTAIL_EMULATION_CACHE_ALIAS); beacons fall back to direct writes.",
                id="wagtail_emulation_visits.E002",
            )
        )
    if isinstance(cache, LocMemCache) and not settings.DEBUG:
        messages.append(
            checks.Warning(
                "Visit statistics keep visitors and online-now in a local-memory cache: "
                "right for one process only. Use Redis or the database cache for several.",
                id="wagtail_emulation_visits.W001",
            )
        )
    return messages
