"""The example portal's frame and home sections kept as fragments: fewer queries on a warm
cache, the same HTML, and gone stale as soon as what they show changes."""

from django.test import Client

from wagtail_emulation.models import EmulationSettings

BROWSER = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 Chrome/131.0 Safari/537.36"


def reader():
    return Client(HTTP_USER_AGENT=BROWSER)


def test_a_warm_home_page_runs_only_routing_queries(demo, django_assert_max_num_queries):
    client = reader()
    first = client.get("/").content
    # Wagtail's routing: the site, its root page, the view-restriction check (2 queries);
    # the masthead, menu, sections, link box and footer come from their kept renders.
    with django_assert_max_num_queries(5):
        assert client.get("/").content == first


def test_a_warm_article_runs_no_query_for_its_frame(demo, django_assert_max_num_queries):
    from wagtail_emulation.news.models import NewsPage

    article = NewsPage.objects.live().first()
    client = reader()
    first = client.get(article.url).content
    with django_assert_max_num_queries(8):
        assert client.get(article.url).content == first


def test_the_menu_marks_the_current_page_in_each_kept_copy(demo, home):
    client = reader()
    about = home.get_children().get(slug="gioi-thieu")
    for url in ("/", about.url, "/", about.url):  # the second round comes from the fragments
        html = client.get(url).content.decode()
        menu = html[html.index('<ul class="portal-nav__list">') : html.index("</nav>")]
        assert menu.count('aria-current="page"') == 1
        assert f'href="{url}" aria-current="page"' in menu


def test_a_published_title_reaches_the_menu_and_the_home_sections(demo, home):
    client = reader()
    about = home.get_children().get(slug="gioi-thieu").specific
    client.get("/")
    client.get(about.url)
    about.title = "Giới thiệu chung về Sở"
    about.save_revision().publish()
    for url in ("/", about.url):
        html = client.get(url).content.decode()
        menu = html[html.index('<ul class="portal-nav__list">') : html.index("</nav>")]
        assert "Giới thiệu chung về Sở" in menu


def test_changed_portal_settings_reach_the_kept_footer(demo, home):
    from wagtail.models import Site

    client = reader()
    client.get("/")
    settings = EmulationSettings.for_site(Site.objects.get(is_default_site=True))
    old_phone = settings.phone
    settings.phone = "0215 3777 777"
    settings.save()
    try:
        footer = client.get("/").content.decode().split('<footer class="portal-footer">')[1]
        assert "0215 3777 777" in footer
    finally:
        settings.phone = old_phone
        settings.save()  # the shared cache outlives the test's transaction
