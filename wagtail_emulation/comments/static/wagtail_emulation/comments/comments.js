// Reader comments: the page's HTML (cached, the same for everyone) holds the approved list and
// a link to the uncached comment page. This module loads the form from its uncached fragment
// URL into the page when the reader asks for it, submits it in place, and swaps captcha images.
// Without it, the link and the plain form work on their own.

const REQUEST = { credentials: "same-origin", cache: "no-store", headers: { "X-Requested-With": "fetch" } };

async function show(slot, url, options = {}) {
  const response = await fetch(url, { ...REQUEST, ...options });
  if (response.status >= 500) {
    throw new Error(`comment form: HTTP ${response.status}`);
  }
  slot.innerHTML = await response.text();
  const message = slot.querySelector("[data-form-errors], [data-comment-notice]");
  const target = message || slot.querySelector("input:not([type=hidden]):not([tabindex='-1']), textarea");
  if (target) {
    target.focus();
  }
}

function submitInPlace(slot, fallbackUrl) {
  slot.addEventListener("submit", (event) => {
    const form = event.target.closest("[data-comment-form]");
    if (!form || (event.submitter && event.submitter.name === "refresh_captcha")) {
      return;
    }
    event.preventDefault();
    const button = form.querySelector("[type=submit]:not([name])");
    if (button) {
      button.disabled = true;
    }
    show(slot, form.action, { method: "POST", body: new FormData(form) }).catch(() => {
      window.location.assign(fallbackUrl);
    });
  });
}

function enhanceBlock(root) {
  const slot = root.querySelector("[data-comment-slot]");
  const link = slot && slot.querySelector("[data-comment-open]");
  if (!link || !root.dataset.formUrl) {
    return;
  }
  submitInPlace(slot, link.href);
  link.addEventListener("click", (event) => {
    event.preventDefault();
    show(slot, root.dataset.formUrl).catch(() => window.location.assign(link.href));
  });
}

async function refreshCaptcha(button) {
  const box = button.closest("[data-captcha]");
  const field = box && box.parentElement;
  const response = await fetch(box.dataset.refreshUrl, REQUEST);
  if (!response.ok) {
    throw new Error(`captcha refresh: HTTP ${response.status}`);
  }
  const challenge = await response.json();
  const image = box.querySelector("[data-captcha-image]");
  image.src = challenge.image_url;
  if (image.srcset) {
    image.srcset = `${challenge.image_2x_url} 2x`;
  }
  const audio = box.querySelector("[data-captcha-audio]");
  if (audio && challenge.audio_url) {
    audio.href = challenge.audio_url;
  }
  field.querySelector("input[name$='captcha_0']").value = challenge.key;
  const answer = field.querySelector("input[name$='captcha_1']");
  answer.value = "";
  answer.focus();
}

// "New code" is a submit button so it works without JavaScript (the server sends the form
// back with the reader's text and a new picture); with JavaScript only the picture changes.
document.addEventListener("click", (event) => {
  const button = event.target.closest("[data-captcha-refresh]");
  if (!button) {
    return;
  }
  event.preventDefault();
  refreshCaptcha(button).catch(() => button.form.requestSubmit(button));
});

for (const root of document.querySelectorAll('[data-emulation="comments"]')) {
  enhanceBlock(root);
}

// On the comment page (the no-JavaScript path, here with JavaScript after all) a re-rendered
// form starts at its error summary, as it does when loaded into the article.
const pageErrors = document.querySelector(".emulation-comment-page [data-form-errors]");
if (pageErrors) {
  pageErrors.focus();
}
