"""Emulation campaigns, news, exemplar stories and reader feedback for Wagtail portals."""

__version__ = "0.1.0"
