"""Deployment limits of the star ratings (``WAGTAIL_EMULATION_RATINGS_*`` settings).

Editors choose where ratings appear (``RatingSettings``); how hard the endpoint defends itself
is an operator's choice, so it lives in Django settings with the other deployment knobs.
"""

from appconf import AppConf

from ..conf import SettingsReader


class RatingsConf(AppConf):
    # Votes one reader (cookie, else IP + User-Agent) may cast per period, all pages together.
    RATINGS_READER_LIMIT = 20
    RATINGS_READER_PERIOD = 3600
    # Votes from one IP address per period: an office NAT shares one, so it is looser.
    RATINGS_IP_LIMIT = 200
    RATINGS_IP_PERIOD = 3600
    # The first-party cookie that tells a reader's browser apart. Its path is the package's
    # URL prefix (None: worked out from the URLconf, e.g. "/emulation/"), so the browser
    # sends it to the vote and state endpoints only and page requests stay cookie-free.
    RATINGS_COOKIE_NAME = "emulation_rater"
    RATINGS_COOKIE_PATH = None
    RATINGS_COOKIE_AGE = 365 * 24 * 3600

    class Meta:
        prefix = "wagtail_emulation"


app_settings = SettingsReader(RatingsConf)
