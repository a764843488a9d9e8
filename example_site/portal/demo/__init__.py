"""Demo content for the example portal, built in code and safe to build twice.

Each module in ``BUILDERS`` has ``build(home)`` and creates only what is missing, so a
second ``manage.py load_demo`` changes nothing.
"""

BUILDERS = [
    "example_site.portal.demo.site",
    "example_site.portal.demo.campaigns",
    "example_site.portal.demo.news",
    "example_site.portal.demo.exemplars",
    "example_site.portal.demo.site_search",
    "example_site.portal.demo.legal_documents",
    "example_site.portal.demo.procedures",
    "example_site.portal.demo.commendations",
    "example_site.portal.demo.questions",
    "example_site.portal.demo.agency",
    # After the agency: the schedule's preparing units are the agency's units.
    "example_site.portal.demo.work_schedule",
    "example_site.portal.demo.visits",
    "example_site.portal.demo.consultation",
    "example_site.portal.demo.comments",
    # After the pages it translates (introduction, organisation, leaders, procedures).
    "example_site.portal.demo.english",
    # Last: it rates whatever ratable pages the builders above created.
    "example_site.portal.demo.ratings",
]
# The province's other sites (``load_demo --province``, which ``make demo`` runs): kept apart
# because a second Site makes Wagtail write every page link as a full URL, which tests of
# the one-site demo do not expect.
PROVINCE_BUILDER = "example_site.portal.demo.province"
