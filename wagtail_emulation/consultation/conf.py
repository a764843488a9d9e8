"""Deployment settings of draft consultation (``WAGTAIL_EMULATION_CONSULTATION_*``).

The default window is a setting, not a figure from the law: the package could not read the
current Law on Promulgation of Legal Documents' article on how long a draft stays open, so
the agency sets the window per draft and this is only what a new draft starts with (see
``docs/how-to/consultation.md``).
"""

from appconf import AppConf

from ..conf import SettingsReader


class ConsultationConf(AppConf):
    # Calendar days a new draft stays open when the editor gives no closing date.
    CONSULTATION_DEFAULT_WINDOW_DAYS = 30
    # The reminder task looks for drafts closing within this many days with opinions waiting.
    CONSULTATION_REMINDER_DAYS = 3
    # (submissions, seconds): opinions one IP address (as its keyed hash) may send per window.
    CONSULTATION_RATE_LIMIT_PER_IP = (5, 600)
    # (submissions, seconds): opinions one e-mail address or phone number may send per window.
    CONSULTATION_RATE_LIMIT_PER_CONTACT = (5, 600)
    # Longest opinion, in characters.
    CONSULTATION_BODY_MAX_LENGTH = 5000
    # A form sent back sooner than this after it was served was filled by a script.
    CONSULTATION_MIN_FILL_SECONDS = 3
    # A form older than this is refused as expired (the reader keeps the text and resends).
    CONSULTATION_FORM_MAX_AGE = 24 * 3600

    # Contact details and IP hashes are erased this many days after a draft's window closed
    # (``manage.py purge_opinion_personal_data``); names and opinions stay in the report.
    CONSULTATION_RETENTION_DAYS = 365

    class Meta:
        prefix = "wagtail_emulation"


app_settings = SettingsReader(ConsultationConf)
