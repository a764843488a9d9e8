"""Crawler detection with crawlerdetect's maintained patterns, fast enough for every beacon.

Shared by the sub-apps (:func:`names_a_crawler`): visits leave crawlers uncounted, reader
forms serve them no captcha challenge.

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

from crawlerdetect.crawlerdetect import get_compiled_exclusions_regex
from crawlerdetect.providers.crawlers import data as CRAWLER_PATTERNS

from .inputs import user_agent

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


# Escaped characters that stand for themselves (``\.``, ``\/``…); an escaped letter or digit
# is a class, an anchor or a back-reference.
_PLAIN_ESCAPE = re.compile(r"\\([^A-Za-z0-9])")
_QUANTIFIER = re.compile(r"[?*+]\??|\{[0-9,]*\}\??")
LITERAL, QUANTIFIER, OTHER = "literal", "quantifier", "other"


def _closing(pattern, index):
    """The index just past the group or class that opens at ``index``."""
    opening = pattern[index]
    closing, depth = {"(": ")", "[": "]"}[opening], 0
    while index < len(pattern):
        char = pattern[index]
        if char == "\\":
            index += 2
            continue
        if char == opening and (opening == "(" or depth == 0):
            depth += 1
        elif char == closing:
            depth -= 1
            if depth == 0:
                return index + 1
        index += 1
    return index


def _top_level_tokens(pattern):
    """``(kind, text)`` for each token of ``pattern`` outside any group or class, or ``None``
    when the pattern is an alternation at its top level (no token is then in every match)."""
    tokens, index = [], 0
    while index < len(pattern):
        char = pattern[index]
        quantifier = _QUANTIFIER.match(pattern, index)
        if quantifier:
            tokens.append((QUANTIFIER, quantifier.group()))
            index = quantifier.end()
        elif char == "\\":
            escaped = _PLAIN_ESCAPE.match(pattern, index)
            tokens.append((LITERAL, escaped.group(1)) if escaped else (OTHER, ""))
            index += 2
        elif char in "([":
            end = _closing(pattern, index)
            tokens.append((OTHER, pattern[index:end]))
            index = end
        elif char == "|":
            return None
        else:
            tokens.append((OTHER, char) if char in ".^$" else (LITERAL, char))
            index += 1
    return tokens


def required_run(pattern):
    """The longest run of literal characters every match of ``pattern`` contains (lowercase).

    Only the top level of the pattern is read: each of its tokens must match, in order, so a
    run of plain characters there is in every match. A character made optional (``?``, ``*``,
    ``{…}``) is left out and ends the run; one repeated (``+``) ends it after itself. ``None``
    when there is no such run of at least three characters (e.g. the whole pattern is an
    alternation). A small scanner of our own reads the pattern, so no private part of ``re`` is
    relied on; whatever it does not recognise only ends a run.
    """
    tokens = _top_level_tokens(pattern)
    if tokens is None:
        return None
    runs, run = [], []
    for position, (kind, text) in enumerate(tokens):
        following = tokens[position + 1] if position + 1 < len(tokens) else (OTHER, "")
        if kind == QUANTIFIER:
            continue
        if kind == LITERAL and following[0] != QUANTIFIER:
            run.append(text)
            continue
        if kind == LITERAL and following[1].startswith("+"):
            run.append(text)
        runs.append("".join(run))
        run = []
    runs.append("".join(run))
    best = max(runs, key=len)
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


def names_a_crawler(request):
    """True when the request's User-Agent matches a known crawler (Googlebot, bingbot,
    headless browsers…); a request without one is not matched."""
    agent = user_agent(request)
    return bool(agent) and is_crawler(normalise_user_agent(agent))
