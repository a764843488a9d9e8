"""The English version a portal may add (Decree 42/2022 Art. 7(2)), on Wagtail's own
localisation: the switch that turns it on, the language of a request, a page's translations.

Vietnamese is the default language and keeps unprefixed addresses; English pages live in a
Wagtail locale tree served under ``/en/``. A site that does not enable English
(``WAGTAIL_I18N_ENABLED`` off, or no ``en`` in ``WAGTAIL_CONTENT_LANGUAGES``) gets nothing from
this module: no switcher, no alternates, no query, no header.
"""

from django.conf import settings
from django.urls import URLResolver
from django.urls.resolvers import LocalePrefixPattern
from django.utils import translation

ENGLISH = "en"


def english_enabled():
    """True when the site serves an English locale tree (read per call: override_settings)."""
    return bool(getattr(settings, "WAGTAIL_I18N_ENABLED", False)) and ENGLISH in dict(
        getattr(settings, "WAGTAIL_CONTENT_LANGUAGES", ())
    )


def english_page():
    """True while an English page of a site that serves English renders: an editor's admin
    in English, on a site without English, still shows and formats Vietnamese content."""
    return english_enabled() and (translation.get_language() or "").split("-")[0] == ENGLISH


def in_active_language(instance, field):
    """``instance.<field>_en`` on English pages when editors filled it, else ``<field>``:
    Vietnamese is the source, its English version an optional field of the same row."""
    if english_page():
        english = getattr(instance, f"{field}_en", "")
        if english:
            return english
    return getattr(instance, field)


class ContentLanguagePrefix(LocalePrefixPattern):
    """``en/`` while English renders on a site that serves it, else nothing: a site without
    English reverses and resolves page addresses exactly as without the prefix, whatever
    language an editor's admin is in."""

    def __init__(self):
        super().__init__(prefix_default_language=False)

    @property
    def language_prefix(self):
        if not english_enabled():
            return ""
        return super().language_prefix


def language_patterns(*urls):
    """The root URLconf's pages (``include(wagtail.urls)``): Vietnamese unprefixed, English
    under ``/en/`` -- Django's ``i18n_patterns(..., prefix_default_language=False)`` that
    stays silent while English is off. Django caches reversed addresses per language: a test
    that switches English on or off clears them (``django.urls.clear_url_caches``)."""
    return [URLResolver(ContentLanguagePrefix(), list(urls))]


class UrlLanguageMiddleware:
    """Render each request in the language of its address: ``/en/…`` in English, everything
    else in the default language.

    Unlike Django's ``LocaleMiddleware`` it reads neither ``Accept-Language`` nor a cookie and
    adds no ``Vary`` header: the address alone names the language, so one cached copy per
    address serves every reader. With English off it does nothing at all.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not english_enabled():
            return self.get_response(request)
        language = translation.get_language_from_path(request.path_info) or settings.LANGUAGE_CODE
        with translation.override(language):
            request.LANGUAGE_CODE = language
            return self.get_response(request)


def _ordered(pages):
    """Default language first, then as ``WAGTAIL_CONTENT_LANGUAGES`` lists them."""
    order = [code for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES]
    rank = {code: index for index, code in enumerate(order)}
    return sorted(pages, key=lambda page: rank.get(page.locale.language_code, len(rank)))


def live_translations(page):
    """``page`` and its live, public translations, each with its locale (one query); ``[]``
    when English is off or ``page`` is not a saved Wagtail page."""
    from wagtail.models import Page

    if not english_enabled() or not isinstance(page, Page) or page.pk is None:
        return []
    translations = page.get_translations(inclusive=True).live().public().select_related("locale")
    return _ordered(translations)


def language_links(page, request):
    """``[(language code, language name, address)]`` for every
    content language but the active one: the page's translation, else that language's home
    page. A language with neither is left out. ``[]`` when English is off."""
    from wagtail.models import Site

    if not english_enabled():
        return []
    active = translation.get_language()
    versions = {version.locale.language_code: version for version in live_translations(page)}
    site = Site.find_for_request(request) if request is not None else None
    homes = {
        home.locale.language_code: home
        for home in (live_translations(site.root_page) if site else [])
    }
    links = []
    for code, name in settings.WAGTAIL_CONTENT_LANGUAGES:
        if code == active:
            continue
        target = versions.get(code) or homes.get(code)
        url = target.get_url(request) if target is not None else None
        if url:
            links.append((code, name, url))
    return links


def alternate_addresses(page, request):
    """``[(hreflang, full address)]`` of ``page``'s live translations with ``x-default`` (the
    default language's), or ``[]`` when the page has no other language version."""
    versions = live_translations(page)
    if len(versions) < 2:
        return []
    addresses = [
        (version.locale.language_code, url)
        for version in versions
        if (url := version.get_full_url(request))
    ]
    defaults = [url for code, url in addresses if code == settings.LANGUAGE_CODE]
    return addresses + [("x-default", defaults[0])] if defaults else addresses
