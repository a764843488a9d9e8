"""Every main screen of the Wagtail admin, signed in with Vietnamese as the admin language,
shows no English: the measure behind ``wagtail_emulation.wagtail_vi``.

The test walks the screens an editor or a site administrator uses (dashboard, explorer, the
editor of every page type with all its tabs and side panels, the block picker, the chooser
modals, images, documents, snippets, users, groups, every settings and report screen, account,
and every screen of the package's own viewsets: listings with their filters opened, add, edit
and inspect forms, imports up to the preview of their example file),
collects the text a person sees there (visible text nodes, placeholders, selected options) and
prints how many English phrases each screen shows. It fails on any phrase outside ALLOWED.

A word counts as English when Wagtail or Django uses it in an English msgid and it cannot be a
Vietnamese syllable written without tone marks ("in", "to", "can" are left alone; "Page",
"Saved", "of" are not). Usernames, slugs and the demo's Vietnamese content are therefore never
counted, and a new Wagtail release that shows a new English string fails the test.
"""

import re
from pathlib import Path

import pytest
from django.contrib.admin.utils import quote
from django.urls import reverse

pytestmark = pytest.mark.browser

# English words an editor legitimately sees in the Vietnamese admin.
ALLOWED = {
    "wagtail",  # the product's name (the admin's footer, "Wagtail version …")
    "english",  # the English admin language, named in its own language in the language picker
    "url",  # Vietnamese IT vocabulary ("Đường dẫn URL"), as in Vietnamese government portals
    "html",
    "id",
    "web", "website",  # adopted words: "trang web", the package's own "Liên kết website"
    "byte", "kb", "mb", "gb",  # file size units ("byte" is also the Vietnamese word)
    # Document numbers and type codes of the legal library's demo entries ("05/TB-STP": TB =
    # Thông báo), as Vietnamese administrative documents write them.
    "tb",
    # An adopted word beside "web" and "website"; one report screen shows it since the search
    # and library sub-apps joined (not traced to its string in this session).
    "site",
    "meta",  # the HTML element, in "mô tả meta" as Vietnamese web editors say
    "menu",  # an adopted word (GLOSSARY.md), as in Vietnamese office software
    # file types, written as their extensions
    "pdf", "jpeg", "jpg", "png", "gif", "webp", "avif", "svg", "heic", "ico", "csv", "xlsx",
    "tsv", "docx",
    "word",  # Microsoft Word by name, as Vietnamese writes it ("tệp Word") beside .docx
    # keys printed on the keyboard, shown by the keyboard shortcuts dialog
    "ctrl", "shift", "alt", "esc", "enter", "tab", "cmd", "option", "backspace", "delete",
}  # fmt: skip

# English that wagtail_vi's catalogues cannot reach, each with its reason (upstream fixes).
# Django 5.2's vi catalogue predates timesince's "%(num)d minute" msgids ("8 minutes ago",
# "0 minutes" on the explorer, history and reports). wagtail_vi holds Wagtail's msgids only
# (tests/core/test_translations.py checks that), so these words stay English for now.
TIMESINCE_WORDS = {
    "minute", "minutes", "hour", "hours", "day", "days", "week", "weeks", "month", "months",
    "year", "years",
}  # fmt: skip
KNOWN_GAPS = {
    # Headings and labels Wagtail builds from field names instead of gettext: the sites
    # listing's columns, the screen-reader label of the page choosers in the group
    # permission and workflow formsets.
    "Port": "field name", "Site name": "field name", "Root page": "field name",
    "Page": "field name",
    # Aging pages report: Wagtail prints None for a page no user published.
    "None": "Wagtail prints a missing user",
    # Records Wagtail's own migrations create in English; editors rename them.
    "Moderators approval": "Wagtail's default workflow and task",
    "Welcome to your new Wagtail site": "Wagtail's initial page, in the site history",
}  # fmt: skip
# Content type identifiers (app_label.model) on the page types usage report, and example
# URLs in help texts ("http://domain.com/tin-tuc/[duong-dan]/").
IDENTIFIER = re.compile(r"^[a-z_]+\.[a-z_]+$|^https?://")

VIETNAMESE_SYLLABLE = re.compile(
    r"^(ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdghklmnrstvx])?[aeiouy]{1,3}(ch|ng|nh|[cmnpt])?$"
)
WORD = re.compile(r"[A-Za-z]+(?:'[a-z]+)?")
PLACEHOLDER = re.compile(r"%\(\w+\)[sdif]|%[sdif]|\{\w*\}")
# Words in any script; a phrase is a run of plain-ASCII words with only spaces and light
# punctuation between them. Vietnamese words carry diacritics and break a run, except the
# few written without tone marks, which the syllable test then tells apart.
# An underscore joins words too, so an identifier (``wagtail_emulation_work_schedule.…``) is
# one run that IDENTIFIER then recognises, not a string of English-looking words.
ANY_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")
JOINER = re.compile(r"[ ,.:;()/&+'’_-]*")


def _english_vocabulary():
    import django
    import polib
    import wagtail

    words = set()
    for package in (wagtail, django):
        root = Path(package.__file__).parent
        for catalogue in root.rglob("locale/en/LC_MESSAGES/*.po"):
            for entry in polib.pofile(str(catalogue)):
                for text in (entry.msgid, entry.msgid_plural):
                    words.update(w.lower() for w in WORD.findall(PLACEHOLDER.sub(" ", text)))
    return {w for w in words if len(w) > 1}


def _permission_names():
    """Permission.name is stored in English by Django's migrations ("Can add group", and
    Wagtail's "Publish any page"): the group screen reads them to screen readers, untranslated.
    """
    from django.contrib.auth.models import Permission

    return set(Permission.objects.values_list("name", flat=True))


def _is_english(word, vocabulary):
    lower = word.lower()
    return (
        lower in vocabulary
        and lower not in ALLOWED
        and lower not in TIMESINCE_WORDS
        and not VIETNAMESE_SYLLABLE.match(lower.replace("'", ""))
    )


def english_phrases(texts, vocabulary, allowed=frozenset()):
    """The English phrases in ``texts``: runs of ASCII words holding a word only English has,
    except the ``allowed`` ones."""
    phrases = set()
    for text in texts:
        run = []
        for match in ANY_WORD.finditer(text):
            joined = run and JOINER.fullmatch(text, run[-1].end(), match.start())
            if not match.group().isascii() or (run and not joined):
                phrases.update(_english_run(text, run, vocabulary))
                run = []
            if match.group().isascii():
                run.append(match)
        phrases.update(_english_run(text, run, vocabulary))
    return {p for p in phrases if p not in allowed and not IDENTIFIER.match(p)}


def _english_run(text, run, vocabulary):
    if any(_is_english(m.group(), vocabulary) for m in run):
        yield text[run[0].start() : run[-1].end()]


VISIBLE_TEXT = """
(root) => {
  root = root ? document.querySelector(root) : document.body;
  const texts = [];
  if (!root) return texts;
  const hiddenParts = 'script,style,template,noscript,select,textarea,[hidden],iframe';
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node.textContent.trim();
    const element = node.parentElement;
    if (!text || !element || element.closest(hiddenParts)) continue;
    if (!element.checkVisibility({ checkOpacity: true, checkVisibilityCSS: true })) continue;
    texts.push(text);
  }
  for (const field of root.querySelectorAll('[placeholder]')) {
    if (field.checkVisibility()) texts.push(field.getAttribute('placeholder'));
  }
  for (const select of root.querySelectorAll('select')) {
    if (select.checkVisibility() && select.selectedOptions[0]) {
      texts.push(select.selectedOptions[0].textContent.trim());
    }
  }
  return texts;
}
"""


# Counts the requests the admin's scripts make (fetch and XMLHttpRequest): their answers are
# the only way text reaches a loaded screen later. Images, fonts and style sheets bring none.
COUNT_SCRIPT_REQUESTS = """
(() => {
  window.surveyPendingRequests = 0;
  const settle = () => { window.surveyPendingRequests -= 1; };
  const fetch = window.fetch;
  window.fetch = function (...args) {
    window.surveyPendingRequests += 1;
    return fetch.apply(this, args).finally(settle);
  };
  const send = XMLHttpRequest.prototype.send;
  XMLHttpRequest.prototype.send = function (...args) {
    window.surveyPendingRequests += 1;
    this.addEventListener("loadend", settle, { once: true });
    return send.apply(this, args);
  };
})();
"""
# Resolves once the screen is what a person reads: no script request pending, the document
# unchanged for `quiet` ms, and the animations then showing or hiding a part (a panel fading
# in) finished.
# Stops waiting after `limit` ms (a clock ticking on the screen) and the screen is read then.
SETTLED = """
([quiet, limit]) => new Promise((resolve) => {
  const started = performance.now();
  let timer;
  let finished = false;
  const observer = new MutationObserver(() => arm());
  const left = () => Math.max(limit - (performance.now() - started), 0);
  // What the check's checkVisibility() reads; the sidebar's badge pulses its shadow for 25 s.
  const showsOrHides = (animation) =>
    animation.effect?.getTiming().iterations !== Infinity &&
    animation.effect.getKeyframes().some(
      (frame) => "opacity" in frame || "visibility" in frame || "display" in frame
    );
  const finish = async () => {
    if (finished) return;
    finished = true;
    observer.disconnect();
    clearTimeout(timer);
    const animations = document.getAnimations().filter(showsOrHides);
    await Promise.race([
      Promise.allSettled(animations.map((animation) => animation.finished)),
      new Promise((done) => setTimeout(done, left())),
    ]);
    resolve();
  };
  const check = () => (window.surveyPendingRequests > 0 && left() > 0 ? arm() : finish());
  function arm() {
    clearTimeout(timer);
    timer = setTimeout(check, quiet);
  }
  observer.observe(document, {
    subtree: true, childList: true, characterData: true, attributes: true,
  });
  arm();
  setTimeout(finish, limit);
})
"""


class Survey:
    # Milliseconds: the document unchanged this long counts as settled; at most this long.
    QUIET, LIMIT = 150, 10_000

    def __init__(self, page, base):
        self.page = page
        self.base = base
        self.vocabulary = _english_vocabulary()
        self.allowed = set(KNOWN_GAPS) | _permission_names()
        self.found = {}
        page.add_init_script(COUNT_SCRIPT_REQUESTS)

    def record(self, screen, root=None):
        # Not "networkidle": it waits half a second after the last image or font too, on
        # each of ~170 screens, for nothing the check reads.
        self.page.evaluate(SETTLED, [self.QUIET, self.LIMIT])
        texts = self.page.evaluate(VISIBLE_TEXT, root)
        found = english_phrases(texts, self.vocabulary, self.allowed)
        self.found.setdefault(screen, set()).update(found)

    def visit(self, screen, path, root=None):
        response = self.page.goto(self.base + path)
        assert response.status == 200, f"{screen}: {path} answered {response.status}"
        self.record(screen, root)

    def filters(self, screen):
        """Open the listing's filters as an editor does: the drilldown, then each filter."""
        drilldown = self.page.locator("#filters-drilldown")
        if not drilldown.count():
            return
        drilldown.locator("[data-w-dropdown-target=toggle]").click()
        self.record(screen)
        toggles = drilldown.locator(".w-drilldown__toggle")
        for index in range(toggles.count()):
            toggles.nth(index).click()
            self.record(screen)
            drilldown.locator(".w-drilldown__submenu:not([hidden]) .w-drilldown__back").click()
        self.page.keyboard.press("Escape")

    def modal(self, screen, path):
        """Open a chooser the way the editor's buttons do, through Wagtail's ModalWorkflow."""
        self.page.evaluate("(url) => { window.ModalWorkflow({ url }); }", self.base + path)
        self.page.locator(
            ".modal-body form, .modal-body table, .modal-body .listing"
        ).first.wait_for()
        self.record(screen, ".modal.fade.in, .modal")
        self.page.keyboard.press("Escape")

    def report(self):
        lines = [f"{'screen':<48} English phrases"]
        for screen, phrases in self.found.items():
            lines.append(f"{screen:<48} {len(phrases):>3}")
        lines.append(f"{'TOTAL (distinct)':<48} {len(set().union(*self.found.values())):>3}")
        return "\n".join(lines)


def _menu_urls(user, menu):
    from django.test import RequestFactory

    request = RequestFactory().get("/admin/")
    request.user = user
    urls = []
    for item in sorted(menu.menu_items_for_request(request), key=lambda i: i.order):
        if getattr(item, "menu", None):
            urls += _menu_urls(user, item.menu)
        else:
            urls.append((item.label, item.url))
    return urls


def _page_editor(survey, page_obj):
    page = survey.page
    name = f"page editor: {page_obj.specific_class.__name__}"
    survey.visit(name, reverse("wagtailadmin_pages:edit", args=[page_obj.pk]))
    tabs = page.locator(".w-tabs__list [role=tab]")
    for index in range(tabs.count()):
        tabs.nth(index).evaluate("tab => tab.click()")  # floating buttons may cover it
        survey.record(f"{name} (tab {index + 1})")
    if tabs.count():
        tabs.first.evaluate("tab => tab.click()")
    toggles = page.locator("[data-side-panel-toggle]")
    for index in range(toggles.count()):
        if toggles.nth(index).is_visible():
            toggles.nth(index).evaluate("toggle => toggle.click()")
            survey.record(f"{name} (side panels)")
            toggles.nth(index).evaluate("toggle => toggle.click()")
    return page.locator("button.c-sf-add-button:visible")


# The example file each import is previewed with: the ones shipped for editors in docs/examples/.
EXAMPLES = Path(__file__).resolve().parents[2] / "docs" / "examples"
IMPORT_EXAMPLES = {
    "ScheduleImport": "lich-cong-tac.csv",
    "ProcedureImport": "thu-tuc-hanh-chinh.csv",
    "LegalDocumentImport": "van-ban.csv",
    "RegistrationImport": "dang-ky-thi-dua.csv",
}


def _package_viewsets():
    """The admin viewsets the package and its sub-apps register (groups unpacked)."""
    from wagtail.admin.viewsets import viewsets

    return [
        viewset
        for viewset in viewsets.viewsets
        if type(viewset).__module__.startswith("wagtail_emulation.")
    ]


def _url(viewset, *view_names, args=()):
    """The address of the first of ``view_names`` the viewset serves, or ``None``."""
    from django.urls import NoReverseMatch

    for view_name in view_names:
        try:
            return reverse(viewset.get_url_name(view_name), args=args)
        except NoReverseMatch:
            continue
    return None


def _imports(viewset):
    """(address, importer class name) of each spreadsheet import the viewset serves."""
    from wagtail_emulation.spreadsheets.views import SpreadsheetImportView

    for pattern in viewset.get_urlpatterns():
        view_class = getattr(pattern.callback, "view_class", None)
        if view_class and issubclass(view_class, SpreadsheetImportView):
            yield _url(viewset, pattern.name), view_class.importer_class.__name__


def _import_preview(survey, screen, url, importer):
    """Upload the example file and read the preview (the dry run) the import shows."""
    assert importer in IMPORT_EXAMPLES, f"add an example file for {importer} to IMPORT_EXAMPLES"
    page = survey.page
    survey.visit(screen, url)
    form = page.locator("form:has(input[type=file][name=file])")
    example = EXAMPLES / IMPORT_EXAMPLES[importer]
    form.locator("input[type=file][name=file]").set_input_files(example)
    selects = form.locator("select[required]")
    for index in range(selects.count()):
        if not selects.nth(index).input_value():
            selects.nth(index).select_option(index=1)
    form.locator("[type=submit]").first.click()
    page.wait_for_url(re.compile(r"[?&]job=[0-9]+"))
    survey.record(f"{screen} (preview)")


def _package_screens(survey):
    """Every admin screen of the package and its sub-apps: each listing with its filters
    opened, the create and edit forms of its first object, each report and statistics
    screen, and each import up to the preview of its example file."""
    from wagtail.admin.viewsets.chooser import ChooserViewSet

    for viewset in _package_viewsets():
        screen = type(viewset).__name__
        model = getattr(viewset, "model", None)
        if isinstance(viewset, ChooserViewSet):  # its views answer a modal, in JSON
            chooser = reverse(viewset.get_url_name("choose"))
            survey.modal(f"{screen}: {model._meta.label}", chooser)
            continue
        survey.visit(screen, _url(viewset, "index", "list") or viewset.menu_url)
        survey.filters(f"{screen} (filters)")
        if model is not None:
            add = _url(viewset, "add")
            if add:
                survey.visit(f"{screen}: add", add)
            first = model._default_manager.order_by("pk").first()
            for view_name in ("edit", "inspect") if first is not None else ():
                url = _url(viewset, view_name, args=[quote(first.pk)])
                if url:
                    survey.visit(f"{screen}: {view_name}", url)
        for url, importer in _imports(viewset):
            _import_preview(survey, f"{screen}: import", url, importer)


def _walk_admin(survey, user):
    from django.contrib.auth.models import Group
    from wagtail.admin.wagtail_hooks import reports_menu, settings_menu
    from wagtail.documents import get_document_model
    from wagtail.images import get_image_model
    from wagtail.models import Page, Site, Task, Workflow
    from wagtail.snippets.models import get_snippet_models

    home_site = Site.objects.get(is_default_site=True)
    home = home_site.root_page
    survey.visit("dashboard", reverse("wagtailadmin_home"))
    survey.visit("page explorer (root)", reverse("wagtailadmin_explore_root"))
    survey.visit("page explorer (home)", reverse("wagtailadmin_explore", args=[home.pk]))
    survey.visit("page search", reverse("wagtailadmin_pages:search") + "?q=thi+dua")
    survey.visit(
        "create a page (type choice)", reverse("wagtailadmin_pages:add_subpage", args=[home.pk])
    )
    survey.visit("page history", reverse("wagtailadmin_pages:history", args=[home.pk]))

    block_picker = None
    seen_types = set()
    for page_obj in Page.objects.filter(depth__gt=1).specific().order_by("path"):
        if type(page_obj) in seen_types:
            continue
        seen_types.add(type(page_obj))
        add_button = _page_editor(survey, page_obj)
        if block_picker is None and add_button.count():
            add_button.first.evaluate("button => button.click()")
            survey.page.locator(".w-combobox, [role=listbox]").first.wait_for()
            survey.record("block picker")
            survey.page.keyboard.press("Escape")
            block_picker = page_obj
    assert block_picker, "no demo page has a StreamField to open the block picker on"
    model = type(block_picker)
    survey.visit(
        f"page editor: new {model.__name__}",
        reverse(
            "wagtailadmin_pages:add",
            args=[model._meta.app_label, model._meta.model_name, home.pk],
        ),
    )

    survey.modal("page chooser", reverse("wagtailadmin_choose_page"))
    survey.modal("image chooser", reverse("wagtailimages_chooser:choose"))
    survey.modal("document chooser", reverse("wagtaildocs_chooser:choose"))

    image = get_image_model().objects.first()
    survey.visit("images", reverse("wagtailimages:index"))
    survey.visit("images: upload", reverse("wagtailimages:add_multiple"))
    if image:
        survey.visit("images: edit", reverse("wagtailimages:edit", args=[image.pk]))
    document = get_document_model().objects.first()
    survey.visit("documents", reverse("wagtaildocs:index"))
    survey.visit("documents: upload", reverse("wagtaildocs:add_multiple"))
    if document:
        survey.visit("documents: edit", reverse("wagtaildocs:edit", args=[document.pk]))
    survey.visit("snippets", reverse("wagtailsnippets:index"))
    for snippet_model in get_snippet_models():
        viewset = snippet_model.snippet_viewset
        survey.visit(f"snippets: {snippet_model.__name__}", viewset.menu_url)

    survey.visit("users: add", reverse("wagtailusers_users:add"))
    survey.visit("users: edit", reverse("wagtailusers_users:edit", args=[user.pk]))
    group = Group.objects.order_by("pk").first()
    if group:
        survey.visit("groups: edit", reverse("wagtailusers_groups:edit", args=[group.pk]))
    survey.visit("sites: edit", reverse("wagtailsites:edit", args=[home_site.pk]))
    survey.visit("collections: add", reverse("wagtailadmin_collections:add"))
    workflow = Workflow.objects.first()
    if workflow:
        survey.visit("workflows: edit", reverse("wagtailadmin_workflows:edit", args=[workflow.pk]))
    task = Task.objects.first()
    if task:
        survey.visit("tasks: edit", reverse("wagtailadmin_workflows:edit_task", args=[task.pk]))
    survey.visit("redirects: add", reverse("wagtailredirects:add"))
    _package_screens(survey)
    for label, url in _menu_urls(user, settings_menu):
        survey.visit(f"settings menu: {label}", url)
    for label, url in _menu_urls(user, reports_menu):
        survey.visit(f"reports menu: {label}", url)
    survey.visit("account", reverse("wagtailadmin_account"))


@pytest.mark.slow  # the longest browser test: started first (tests/conftest.py)
def test_admin_screens_speak_vietnamese(portal, editor_page, capsys):
    from django.contrib.auth import get_user_model

    user = get_user_model().objects.get(username="bientap")
    survey = Survey(editor_page, portal)
    _walk_admin(survey, user)
    with capsys.disabled():
        print("\n" + survey.report())
    english = "\n".join(
        f"{screen}: {sorted(found)}" for screen, found in survey.found.items() if found
    )
    assert not english, f"English on these admin screens (translate in wagtail_vi):\n{english}"


def test_javascript_strings_are_vietnamese(portal, editor_page):
    """Strings the page editor's scripts render come from wagtail_vi's djangojs catalogue."""
    from wagtail.fields import StreamField
    from wagtail.models import Page

    page = editor_page
    streamfield_page = next(
        p
        for p in Page.objects.filter(depth__gt=1).specific()
        if any(isinstance(field, StreamField) for field in p._meta.fields)
    )
    page.goto(portal + reverse("wagtailadmin_pages:edit", args=[streamfield_page.pk]))
    page.get_by_role("button", name="Thu gọn tất cả").first.wait_for()
    assert page.evaluate("gettext('Write something or type ‘/’ to insert a block')") == (
        "Viết nội dung hoặc gõ ‘/’ để chèn khối"
    )
    assert page.evaluate("ngettext('%(num)s error', '%(num)s errors', 3)") == "%(num)s lỗi"
