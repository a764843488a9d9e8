"""Deployment settings of the visit statistics (``WAGTAIL_EMULATION_VISITS_*``)."""

from appconf import AppConf

from ..conf import SettingsReader


class VisitsConf(AppConf):
    # "direct": one atomic upsert per beacon (works with any cache, the SQLite default).
    # "buffered": beacons touch Redis only; `flush_visits` folds the counts into the database.
    VISITS_WRITE_MODE = "direct"
    # A visit ends after this many minutes without a beacon from the same visitor.
    VISITS_VISIT_MINUTES = 30
    # "Online now" counts distinct visitors seen in the last this many minutes.
    VISITS_ONLINE_MINUTES = 5
    # Do not count browsers that send "DNT: 1" or "Sec-GPC: 1".
    VISITS_RESPECT_DNT = True
    # Beacons counted per visitor and minute; more answer 429. 0 turns the limit off.
    VISITS_RATE_LIMIT = 120
    # Beacons counted per IP address and minute, whatever the User-Agent: looser, as an
    # office NAT puts hundreds of readers behind one address. 0 turns the limit off.
    VISITS_IP_RATE_LIMIT = 600
    # Daily rows older than this many days are folded into per-page / per-site totals.
    VISITS_RETENTION_DAYS = 400
    # Seconds the server-rendered figures (counters, "Lượt xem", most viewed) are reused.
    VISITS_SNAPSHOT_SECONDS = 60
    # Buffered mode: a beacon enqueues the flush task when the last one is older than
    # this many seconds, if the django-tasks backend runs tasks in a worker (never with
    # the immediate backend). 0: never; schedule `manage.py flush_visits` yourself.
    VISITS_FLUSH_EVERY = 300

    class Meta:
        prefix = "wagtail_emulation"


app_settings = SettingsReader(VisitsConf)
