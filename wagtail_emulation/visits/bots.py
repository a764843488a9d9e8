"""Crawler detection with crawlerdetect's maintained patterns, fast enough for every beacon.

crawlerdetect joins its ~1,500 patterns into one alternation; Python's ``re`` then tries every
alternative at every position, about a millisecond per new User-Agent, more than the rest of
a beacon. The answer here is the same, computed faster: most patterns contain a run of plain
characters that any match must contain (e.g. ``bot`` in ``[a-z]bot``). Patterns are indexed by
the first three characters of that run, so a User-Agent is only tested against the few
patterns whose run it contains, plus one combined regex for patterns without such a run.

One of those (``[a-z0-9_-]*(bot|crawl|…)``) backtracks over every run of word characters
from every position: its cost grows with the square of the run's length, 5 s for 8,000 "a"s.
:func:`normalise_user_agent` cuts each long run to its ends before anything is matched
(browsers' tokens are short; crawler names sit at a run's start or end) and the caller cuts
the header itself (``inputs.MAX_USER_AGENT_LENGTH``), so no header costs more than a few
times a browser's.
"""

import functools
import re
from re import _constants as sre_constants
from re import _parser as sre_parser

from crawlerdetect.crawlerdetect import get_compiled_exclusions_regex
from crawlerdetect.providers.crawlers import data as CRAWLER_PATTERNS

MIN_RUN = 3
# Runs of word characters longer than this keep their first and last halves.
MAX_WORD_RUN = 40
_LONG_RUN = re.compile(rf"[A-Za-z0-9_-]{{{MAX_WORD_RUN + 1},}}")


def _cut_run(match):
    run = match.group()
    return run[: MAX_WORD_RUN // 2] + run[-(MAX_WORD_RUN // 2) :]


def normalise_user_agent(user_agent):
    """``user_agent`` with every run of word characters cut to :data:`MAX_WORD_RUN`."""
    return _LONG_RUN.sub(_cut_run, user_agent)


def required_run(pattern):
    """The longest run of literal characters every match of ``pattern`` contains (lowercase).

    Only the top level of the pattern is read: each of its items must match, in order, so a
    run of plain characters there is in every match. ``None`` when there is no such run of at
    least three characters (e.g. the whole pattern is an alternation).
    """
    try:
        items = sre_parser.parse(pattern, re.IGNORECASE)
    except re.error:
        return None
    best, run = "", []
    for op, value in items:
        if op is sre_constants.LITERAL:
            run.append(chr(value))
            continue
        best = max(best, "".join(run), key=len)
        run = []
    best = max(best, "".join(run), key=len)
    return best.lower() if len(best) >= MIN_RUN else None


@functools.cache
def _index():
    by_trigram, unindexed = {}, []
    for pattern in CRAWLER_PATTERNS:
        run = required_run(pattern)
        if run is None:
            unindexed.append(pattern)
        else:
            by_trigram.setdefault(run[:MIN_RUN], []).append((run, pattern))
    rest = re.compile("|".join(f"(?:{p})" for p in unindexed), re.IGNORECASE) if unindexed else None
    return by_trigram, rest


@functools.cache
def _compiled(pattern):
    return re.compile(pattern, re.IGNORECASE)


@functools.lru_cache(maxsize=4096)
def is_crawler(user_agent):
    """What ``CrawlerDetect().is_crawler(user_agent)`` answers, without the slow alternation."""
    agent = get_compiled_exclusions_regex().sub("", user_agent.strip())
    if not agent:
        return False
    by_trigram, rest = _index()
    lowered = agent.lower()
    # Each distinct trigram once: "a/a/a/…" must not test the same patterns at every position.
    trigrams = {lowered[start : start + MIN_RUN] for start in range(len(lowered) - MIN_RUN + 1)}
    for trigram in trigrams:
        for run, pattern in by_trigram.get(trigram, ()):
            if run in lowered and _compiled(pattern).search(agent):
                return True
    return bool(rest and rest.search(agent))
