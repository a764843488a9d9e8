"""Emulation campaigns, news, exemplar stories and reader feedback for Wagtail portals."""

__version__ = "0.1.0"
"""The version of the next release; see CHANGELOG.md."""
