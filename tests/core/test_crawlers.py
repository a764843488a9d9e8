"""The fast crawler check answers exactly what crawlerdetect answers."""

import re

import pytest
from crawlerdetect import CrawlerDetect
from crawlerdetect.providers.crawlers import data as CRAWLER_PATTERNS

from wagtail_emulation.crawlers import (
    MAX_WORD_RUN,
    is_crawler,
    normalise_user_agent,
    required_run,
)

REFERENCE = CrawlerDetect()
BROWSERS = [
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/131.0.0.0 Safari/537.36",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_6 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like "
    "Gecko) Version/17.6 Mobile/15E148 Safari/604.1",
    "Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0",
    "Mozilla/5.0 (Linux; Android 14; SM-A546E) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/131.0.0.0 Mobile Safari/537.36 Zalo/1.0",
]
BOTS = [
    "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)",
    "Mozilla/5.0 (compatible; bingbot/2.0; +http://www.bing.com/bingbot.htm)",
    "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 HeadlessChrome/131.0.0.0 Safari/537.36",
    "facebookexternalhit/1.1 (+http://www.facebook.com/externalhit_uatext.php)",
    "python-requests/2.32.3",
    "curl/8.5.0",
]


@pytest.mark.parametrize("user_agent", BROWSERS + BOTS)
def test_known_agents(user_agent):
    assert is_crawler(user_agent) is (user_agent in BOTS)
    assert is_crawler(user_agent) == REFERENCE.is_crawler(user_agent)


def _samples(pattern):
    """Agents built from a pattern's plain characters: many match it, some do not."""
    plain = re.sub(r"[\\^$\[\]()?*+.|{}]", "", pattern)
    return [f"Mozilla/5.0 (compatible; {plain}/1.0)", plain, f"x{plain.lower()}y", plain[1:]]


def test_every_crawler_pattern_gives_the_reference_answer():
    differences = [
        (pattern, agent)
        for pattern in CRAWLER_PATTERNS
        for agent in _samples(pattern)
        if agent.strip() and is_crawler(agent) != REFERENCE.is_crawler(agent)
    ]
    assert differences == []
    assert sum(REFERENCE.is_crawler(a) for p in CRAWLER_PATTERNS for a in _samples(p)) > 3000


def test_required_runs_are_in_every_match():
    assert required_run(r"[a-z]bot\b") == "bot"
    assert required_run(r"^Java\/") == "java/"
    assert required_run(r"a?bc") is None  # "a" may be missing, "bc" is too short
    assert required_run(r"(?:spider|crawl)") is None


def test_normalising_keeps_every_reference_answer():
    """Cutting long runs of word characters (against backtracking) changes no answer."""
    differences = [
        (pattern, agent)
        for pattern in CRAWLER_PATTERNS
        for agent in _samples(pattern)
        if agent.strip() and is_crawler(normalise_user_agent(agent)) != REFERENCE.is_crawler(agent)
    ]
    assert differences == []


def test_normalising_cuts_long_runs_to_their_ends():
    agent = "Mozilla/5.0 " + "a" * 100 + "bot/1.0"
    normal = normalise_user_agent(agent)
    half = MAX_WORD_RUN // 2
    assert normal == "Mozilla/5.0 " + "a" * half + ("a" * 100 + "bot")[-half:] + "/1.0"
    assert is_crawler(normal)
