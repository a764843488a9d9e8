"""Query parameters of the article's own URL that the comments block reads.

They are part of any cache's key, so there are few and their values are fixed: ``binh-luan``
chooses the page of comments, ``binh-luan-gui`` shows the notice after a no-JavaScript post.
"""

PAGE_PARAM = "binh-luan"
NOTICE_PARAM = "binh-luan-gui"
NOTICE_SLUGS = {"pending": "cho-duyet", "published": "da-dang"}
NOTICES = {slug: notice for notice, slug in NOTICE_SLUGS.items()}
