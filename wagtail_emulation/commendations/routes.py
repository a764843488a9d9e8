"""The bodies of the register's routes (see :mod:`wagtail_emulation.content.routes`)."""

from .feeds import DecisionFeed


def decision_feed(index_page, request):
    return DecisionFeed()(request, index_page=index_page)
