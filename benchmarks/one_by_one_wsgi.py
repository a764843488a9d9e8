"""The example site with the route plans of the kept fragments switched off: every kept part
read from Redis one by one, as before ``wagtail_emulation.fragments.ReadPlans``. The "before"
server of ``benchmarks/article_in_process.py --gunicorn``."""

from example_site.wsgi import application  # noqa: F401 - what gunicorn serves
from wagtail_emulation.fragments import plans

plans.get = lambda route: None
