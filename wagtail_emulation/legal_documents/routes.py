"""The bodies of the library's routes (see :mod:`wagtail_emulation.content.routes`)."""

from .exports import export_response
from .feeds import LibraryAtomFeed, LibraryRssFeed
from .listing import library_context


def listing_context(index_page, request, pages, **sub_list):
    return library_context(index_page, request, pages, **sub_list)


def rss_feed(index_page, request):
    return LibraryRssFeed()(request, index_page=index_page)


def atom_feed(index_page, request):
    return LibraryAtomFeed()(request, index_page=index_page)


def export(index_page, request, file_format):
    return export_response(index_page, request, file_format)
