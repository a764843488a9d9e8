"""``comment_list_changed`` fires after a commit that changed what a page's public list shows.

A host caching page HTML itself (beyond ``wagtail.contrib.frontend_cache``, which the package
purges on its own) connects here to drop its copies of those pages.
"""

from django.dispatch import Signal

comment_list_changed = Signal()  # sender=ReaderComment, page_ids=[...]
