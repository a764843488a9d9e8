"""Deployment settings of the emulation cycle (``WAGTAIL_EMULATION_COMMENDATIONS_*``).

What editors change lives in the admin instead: the catalogue of titles and forms, the days
off and compensatory working days (in the core), and each notice's own window.
"""

from appconf import AppConf

from ..conf import SettingsReader


class CommendationsConf(AppConf):
    # The window of a new notice of candidates, in working days (editors change it per
    # notice). 10 is the window in the public notices of the Ministry of Home Affairs and of
    # provincial emulation boards, citing Decree 98/2023/NĐ-CP Art. 46 and Decree
    # 152/2025/NĐ-CP Art. 60(3); check it against the decree in force.
    COMMENDATIONS_NOTICE_WORKING_DAYS = 10
    # Whether the day a notice is published counts as the window's first day. False: the
    # window starts the next working day ("kể từ ngày đăng tải" read as the day after).
    COMMENDATIONS_COUNT_PUBLICATION_DAY = False
    # (submissions, seconds): responses to notices one IP address (as a keyed hash) may send.
    COMMENDATIONS_RESPONSE_RATE_LIMIT_PER_IP = (5, 3600)
    # (submissions, seconds): responses one phone number may send.
    COMMENDATIONS_RESPONSE_RATE_LIMIT_PER_PHONE = (3, 3600)
    # A response form sent back sooner than this after it was served was filled by a script.
    COMMENDATIONS_RESPONSE_MIN_FILL_SECONDS = 3
    # A response form older than this is refused as expired (the reader keeps the text).
    COMMENDATIONS_RESPONSE_FORM_MAX_AGE = 24 * 3600
    # Responses are deleted this many days after they were sent (purge_notice_responses).
    COMMENDATIONS_RESPONSE_RETENTION_DAYS = 365
    # Longest response, in characters.
    COMMENDATIONS_RESPONSE_MAX_LENGTH = 5000
    # How many recipients {% honour_board %} shows by default.
    COMMENDATIONS_HONOUR_BOARD_SIZE = 6
    # How many decisions each RSS feed of the register carries.
    COMMENDATIONS_FEED_SIZE = 20
    # How many decisions a campaign's or an exemplar story's page lists at most.
    COMMENDATIONS_SECTION_SIZE = 20

    class Meta:
        prefix = "wagtail_emulation"


app_settings = SettingsReader(CommendationsConf)
