// Per-reader state for cache-first pages: one request per page, shared by every widget.
//
// Each widget root carries data-emulation="<part>" and data-state-url. A widget script imports
// `stateFor` from this module (a relative import, which the manifest storage rewrites to the
// hashed name; an import statement written out in this comment would be rewritten too, to
// this file's own name, and no hash could ever settle) and calls
//   const { csrfToken, part } = await stateFor(root);
// and the module also dispatches an "emulation:state" event on every widget root, for themes.

const requests = new Map();

function load(url) {
  if (!requests.has(url)) {
    const request = fetch(url, {
      credentials: "same-origin",
      headers: { Accept: "application/json" },
      cache: "no-store",
    })
      .then((response) => (response.ok ? response.json() : null))
      .catch(() => null);
    requests.set(url, request);
  }
  return requests.get(url);
}

export async function stateFor(root) {
  const url = root.dataset.stateUrl;
  const state = url ? await load(url) : null;
  if (!state) {
    return { csrfToken: "", part: null };
  }
  return { csrfToken: state.csrfToken, part: (state.parts || {})[root.dataset.emulation] || null };
}

export function announceState() {
  for (const root of document.querySelectorAll("[data-emulation][data-state-url]")) {
    stateFor(root).then((detail) => {
      root.dispatchEvent(new CustomEvent("emulation:state", { detail, bubbles: true }));
    });
  }
}

if (document.readyState === "loading") {
  document.addEventListener("DOMContentLoaded", announceState, { once: true });
} else {
  announceState();
}
