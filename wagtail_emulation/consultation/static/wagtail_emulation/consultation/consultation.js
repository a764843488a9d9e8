// Draft consultation: the draft page (cached, the same for everyone) links each article to the
// uncached opinion page. This module opens that form in place beside the article, sends it in
// place, and brings the per-article counts up to date from the state endpoint. Without it,
// the links and the plain form work on their own.

const REQUEST = { credentials: "same-origin", cache: "no-store", headers: { "X-Requested-With": "fetch" } };

async function show(slot, url, options = {}) {
  const response = await fetch(url, { ...REQUEST, ...options });
  if (response.status >= 500) {
    throw new Error(`opinion form: HTTP ${response.status}`);
  }
  slot.innerHTML = await response.text();
  const message = slot.querySelector("[data-form-errors], [data-opinion-notice], [data-opinion-closed]");
  const target = message || slot.querySelector("textarea, input:not([type=hidden]):not([tabindex='-1'])");
  if (target) {
    if (!target.hasAttribute("tabindex") && message) {
      target.setAttribute("tabindex", "-1");
    }
    target.focus();
  }
}

function formUrl(root, article) {
  const url = new URL(root.dataset.formUrl, window.location.href);
  if (article) {
    url.searchParams.set("article", article);
  }
  return url.toString();
}

function slotFor(root, article) {
  return [...root.querySelectorAll("[data-opinion-slot]")].find((slot) => slot.dataset.article === article);
}

function enhance(root, stateSettled) {
  root.addEventListener("click", (event) => {
    const link = event.target.closest("[data-opinion-open]");
    if (!link) {
      return;
    }
    const slot = slotFor(root, link.dataset.article);
    if (!slot) {
      return;
    }
    event.preventDefault();
    // One form at a time: its fields' ids must stay unique on the page.
    for (const other of root.querySelectorAll("[data-opinion-slot]")) {
      if (other !== slot) {
        other.replaceChildren();
      }
    }
    stateSettled
      .then(() => show(slot, formUrl(root, link.dataset.article)))
      .catch(() => window.location.assign(link.href));
  });
  root.addEventListener("submit", (event) => {
    const form = event.target.closest("[data-opinion-form]");
    const slot = form && form.closest("[data-opinion-slot]");
    if (!slot) {
      return;
    }
    event.preventDefault();
    const body = new FormData(form);
    if (event.submitter && event.submitter.name) {
      body.append(event.submitter.name, event.submitter.value);
    }
    show(slot, form.action, { method: "POST", body }).catch(() => form.submit());
  });
}

async function refreshCounts(root) {
  const response = await fetch(root.dataset.stateUrl, REQUEST);
  if (!response.ok) {
    return;
  }
  const state = (await response.json()).parts.consultation;
  if (!state) {
    return;
  }
  for (const counter of root.querySelectorAll("[data-opinion-count]")) {
    const count = state.articles[counter.dataset.opinionCount] || 0;
    counter.textContent = counter.textContent.replace(/^[\d.]+/, count.toLocaleString("vi-VN"));
  }
}

for (const root of document.querySelectorAll('[data-emulation="consultation"]')) {
  // The state answer sets the CSRF cookie of a first visit: a form fetched while it is on its
  // way would carry a token for the other cookie, and be refused. Forms wait for it.
  const stateSettled = refreshCounts(root).catch(() => {});
  enhance(root, stateSettled);
}

// On the opinion page (the no-JavaScript path) a re-rendered form starts at its error summary.
const pageErrors = document.querySelector(".draft-form-page [data-form-errors]");
if (pageErrors) {
  pageErrors.focus();
}
