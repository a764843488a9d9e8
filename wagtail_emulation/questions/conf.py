"""Deployment settings of questions and answers (``WAGTAIL_EMULATION_QUESTIONS_*``).

What editors change lives in the admin instead: the list of fields (lĩnh vực), the units,
the days off, and each question's unit, person and deadline.
"""

from appconf import AppConf

from ..conf import SettingsReader


class QuestionsConf(AppConf):
    # Working days the agency gives itself to answer, counted from the working day after a
    # question arrives. No text we could read fixes a time for answering questions sent to a
    # portal, so this is the agency's own service standard: set yours.
    QUESTIONS_ANSWER_WORKING_DAYS = 10
    # Characters in a tracking code (printed as two groups of four: "K7MQ-3XPA").
    QUESTIONS_CODE_LENGTH = 8
    # (questions, seconds): questions one IP address (as a keyed hash) may send.
    QUESTIONS_ASK_RATE_LIMIT_PER_IP = (5, 3600)
    # (questions, seconds): questions one e-mail address, or one telephone number, may send.
    QUESTIONS_ASK_RATE_LIMIT_PER_CONTACT = (3, 3600)
    # (lookups, seconds): code lookups one IP address may make, right or wrong codes alike
    # (None: no limit).
    QUESTIONS_LOOKUP_RATE_LIMIT_PER_IP = (20, 600)
    # A question form sent back sooner than this after it was served was filled by a script.
    QUESTIONS_MIN_FILL_SECONDS = 3
    # A question form older than this is refused as expired (the reader keeps the text).
    QUESTIONS_FORM_MAX_AGE = 24 * 3600
    # Longest question, in characters.
    QUESTIONS_MAX_LENGTH = 5000
    # Largest attachment, in bytes.
    QUESTIONS_ATTACHMENT_MAX_BYTES = 5 * 1024 * 1024
    # The asker's name, contact details, address and attachment are erased this many days
    # after the answer (or the refusal) by ``manage.py purge_question_contacts``.
    QUESTIONS_CONTACT_RETENTION_DAYS = 365
    # Items in each RSS/Atom feed of answered questions.
    QUESTIONS_FEED_SIZE = 20

    class Meta:
        prefix = "wagtail_emulation"


app_settings = SettingsReader(QuestionsConf)
