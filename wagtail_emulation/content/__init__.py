"""The content layer every content sub-app (campaigns, news, exemplar stories…) builds on.

* :mod:`.pages` — the abstract article and index page bases;
* :mod:`.structured_data` — schema.org JSON-LD (one document per page) and breadcrumbs;
* :mod:`.metadata` — what a response shows (description, canonical address) and the agency
  as a schema.org organization;
* :mod:`.feeds` — the base of the RSS and Atom feeds of index pages;
* :mod:`.filters` — the no-JavaScript filter forms and paging of index pages;
* :mod:`.images` — the rendition specs the shared templates use, prepared on publish;
* :mod:`.campaign_link` — the optional link from any page to an emulation campaign.

The shared templates live under ``templates/wagtail_emulation/content/`` and the stylesheets
under ``static/wagtail_emulation/content/``. Nothing here has a database table.
"""
