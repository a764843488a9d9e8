"""Reader tools in a real browser: keyboard only, remembered across pages, read aloud."""

import pytest

pytestmark = pytest.mark.browser

ABOUT = "/gioi-thieu/"

# Chromium has no voices when headless; this stands in for the browser's speech engine.
FAKE_SPEECH = """
(() => {
  const voices = %s;
  window.__spoken = [];
  window.__speech = [];
  class FakeUtterance extends EventTarget {
    constructor(text) { super(); this.text = text; }
  }
  const queue = [];
  const synth = new EventTarget();
  Object.assign(synth, {
    getVoices: () => voices,
    speak(utterance) {
      queue.push(utterance);
      const { text, lang, voice } = utterance;
      window.__spoken.push({ text, lang, voice: voice.name });
    },
    pause() { window.__speech.push("pause"); },
    resume() { window.__speech.push("resume"); },
    cancel() { window.__speech.push("cancel"); queue.length = 0; },
  });
  window.__finishSpeaking = () => queue.splice(0).forEach((u) => u.dispatchEvent(new Event("end")));
  Object.defineProperty(window, "speechSynthesis", { value: synth, configurable: true });
  window.SpeechSynthesisUtterance = FakeUtterance;
})();
"""
VIETNAMESE_VOICE = '[{"name": "Tiếng Việt (test)", "lang": "vi-VN"}]'
ENGLISH_VOICE = '[{"name": "English (test)", "lang": "en-US"}]'


def tab_to(page, name, limit=60):
    """Press Tab until the focused element's text starts with ``name``; return its locator."""
    for _ in range(limit):
        page.keyboard.press("Tab")
        text = page.evaluate("document.activeElement.innerText.replace(/\\s+/g, ' ').trim()")
        if text.startswith(name):
            return page.locator("*:focus")
    raise AssertionError(f"{name!r} cannot be reached with the Tab key")


def html_font_size(page):
    return page.evaluate("parseFloat(getComputedStyle(document.documentElement).fontSize)")


def test_text_size_and_contrast_by_keyboard_persist_across_pages(portal, page):
    page.goto(portal + ABOUT)
    assert html_font_size(page) == 16

    tab_to(page, "A+").press("Enter")
    assert page.locator("html").get_attribute("data-emulation-text-size") == "large"
    assert html_font_size(page) == 20
    assert page.get_by_role("button", name="A+ (chữ lớn)").get_attribute("aria-pressed") == "true"
    assert page.get_by_role("button", name="A (chữ bình thường)").get_attribute("aria-pressed") == (
        "false"
    )

    contrast = tab_to(page, "Tương phản cao")
    contrast.press("Space")
    assert contrast.get_attribute("aria-pressed") == "true"
    background = page.evaluate("getComputedStyle(document.body).backgroundColor")
    assert background == "rgb(0, 0, 0)"

    # Follow the menu link to the home page, by keyboard too.
    tab_to(page, "Trang chủ").press("Enter")
    page.wait_for_url(portal + "/")
    assert page.locator("html").get_attribute("data-emulation-text-size") == "large"
    assert page.locator("html").get_attribute("data-emulation-contrast") == "high"
    assert html_font_size(page) == 20
    assert page.get_by_role("button", name="Tương phản cao").get_attribute("aria-pressed") == "true"
    assert page.get_by_role("button", name="A+ (chữ lớn)").get_attribute("aria-pressed") == "true"

    # Back to normal; the choice is forgotten, not stored as a value.
    tab_to(page, "A (chữ bình thường)").press("Enter")
    tab_to(page, "Tương phản cao").press("Enter")
    page.reload()
    assert html_font_size(page) == 16
    assert page.locator("html").get_attribute("data-emulation-contrast") is None
    assert page.evaluate("Object.keys(localStorage)") == []
    assert page.console_errors == []


def test_tools_are_hidden_without_javascript_but_share_links_work(portal, browser):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(portal + ABOUT)
    assert not page.locator('[data-emulation="reader-tools"]').is_visible()
    assert not page.get_by_role("button", name="In bài").is_visible()
    assert not page.get_by_role("button", name="Đọc bài").is_visible()
    facebook = page.get_by_role("link", name="Facebook (mở trong thẻ mới)")
    assert facebook.is_visible()
    assert facebook.get_attribute("href").startswith("https://www.facebook.com/sharer/")
    context.close()


def test_print_and_copy_link(portal, browser):
    context = browser.new_context(locale="vi-VN", permissions=["clipboard-read", "clipboard-write"])
    page = context.new_page()
    page.add_init_script("window.print = () => { window.__printed = true; };")
    page.goto(portal + ABOUT)
    tab_to(page, "In bài").press("Enter")
    assert page.evaluate("window.__printed") is True

    tab_to(page, "Sao chép liên kết").press("Enter")
    status = page.locator('[data-emulation="article-tools"] [role="status"]')
    status.filter(has_text="Đã sao chép liên kết.").wait_for()
    assert page.evaluate("navigator.clipboard.readText()") == portal + ABOUT
    context.close()


def test_read_aloud_in_vietnamese_by_keyboard(portal, page):
    page.add_init_script(FAKE_SPEECH % VIETNAMESE_VOICE)
    page.goto(portal + ABOUT)
    read = tab_to(page, "Đọc bài")
    read.press("Enter")

    spoken = page.evaluate("window.__spoken")
    texts = [item["text"] for item in spoken]
    assert texts[0] == "Giới thiệu"  # the heading, then the article's paragraphs
    assert len(texts) > 1 and all(len(text) <= 200 for text in texts)
    assert {(item["lang"], item["voice"]) for item in spoken} == {("vi-VN", "Tiếng Việt (test)")}
    assert not any("Chia sẻ" in text or "Liên kết website" in text for text in texts)
    assert read.inner_text() == "Tạm dừng"
    status = page.locator('[data-emulation="article-tools"] [role="status"]')
    assert status.inner_text() == "Đang đọc bài viết."

    read.press("Enter")
    assert read.inner_text() == "Đọc tiếp"
    read.press("Enter")
    assert page.evaluate("window.__speech") == ["cancel", "pause", "resume"]

    page.keyboard.press("Tab")  # to "Dừng"
    page.keyboard.press("Enter")
    assert page.evaluate("window.__speech")[-1] == "cancel"
    assert read.inner_text() == "Đọc bài"
    assert read.evaluate("element => element === document.activeElement")
    assert page.get_by_role("button", name="Dừng").is_disabled()
    assert status.inner_text() == "Đã dừng đọc."

    # Reading to the end returns the tools to their resting state.
    read.press("Enter")
    page.evaluate("window.__finishSpeaking()")
    assert read.inner_text() == "Đọc bài"
    assert page.console_errors == []


@pytest.mark.parametrize("voices", [ENGLISH_VOICE, None], ids=["english-voice-only", "headless"])
def test_read_aloud_is_hidden_without_a_vietnamese_voice(portal, page, voices):
    if voices:
        page.add_init_script(FAKE_SPEECH % voices)
    page.goto(portal + ABOUT)
    page.wait_for_load_state("networkidle")
    has_vietnamese = page.evaluate(
        "speechSynthesis.getVoices().some((voice) => voice.lang.startsWith('vi'))"
    )
    if has_vietnamese:
        pytest.skip("this Chromium has a Vietnamese voice")
    assert not page.get_by_role("button", name="Đọc bài").is_visible()
    assert page.get_by_role("button", name="In bài").is_visible()


def test_high_contrast_shows_links_in_yellow_on_black(portal, page):
    page.goto(portal + "/")
    page.evaluate("localStorage.setItem('wagtail-emulation:contrast', 'high')")
    page.goto(portal + ABOUT)
    link = page.get_by_role("link", name="Facebook (mở trong thẻ mới)")
    colours = link.evaluate(
        "element => [getComputedStyle(element).color, getComputedStyle(element).backgroundColor]"
    )
    assert colours == ["rgb(255, 235, 59)", "rgb(0, 0, 0)"]


def test_high_contrast_keeps_a_state_shown_by_colour(portal, page):
    """A widget marks its coloured state with --emulation-hc-color; high contrast keeps it."""
    page.goto(portal + "/")
    page.evaluate("localStorage.setItem('wagtail-emulation:contrast', 'high')")
    page.goto(portal + ABOUT)
    colours = page.evaluate(
        """() => {
          const main = document.querySelector("main");
          main.insertAdjacentHTML("beforeend",
            '<p id="plain">★</p><p id="chosen">★</p>');
          // The CSSOM, as a widget's stylesheet would: the CSP refuses style attributes.
          document.getElementById("chosen").style.setProperty("--emulation-hc-color", "#ffeb3b");
          return ["plain", "chosen"].map(
            (id) => getComputedStyle(document.getElementById(id)).color);
        }"""
    )
    assert colours == ["rgb(255, 255, 255)", "rgb(255, 235, 59)"]
