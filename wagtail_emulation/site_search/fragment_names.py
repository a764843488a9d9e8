"""The names under which search keeps its parts in the shared cache, dropped whenever
content changes (see ``apps.py`` and ``indexing.py``)."""

#: The site's search frame (content types, sections) and the editor's picks.
FRAME = "site_search"
PICKS = "site_search_picks"
#: The ids and count of one page of ranked results.
RANKINGS = "site_search_rankings"
