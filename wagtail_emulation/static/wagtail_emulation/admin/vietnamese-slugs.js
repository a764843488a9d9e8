// Teach Wagtail's slug fields Vietnamese: its transliteration turns "đ" into "dj" and, with
// Unicode slugs allowed, keeps tone-marked letters. The CleanController (w-slug) applies its
// `formatters` value before slugifying, so we hand it the transliteration table the server
// uses (read from a json_script element, nothing inline to run: CSP-safe).
(() => {
  const source = document.getElementById("wagtail-emulation-slug-formatters");
  if (!source) {
    return;
  }
  const formatters = source.textContent;
  const apply = (root) => {
    for (const input of root.querySelectorAll('[data-controller~="w-slug"]')) {
      if (!input.hasAttribute("data-w-slug-formatters-value")) {
        input.setAttribute("data-w-slug-formatters-value", formatters);
      }
    }
  };
  apply(document);
  // Slug fields can arrive later (panels rendered by JS, modals).
  new MutationObserver((records) => {
    for (const record of records) {
      for (const node of record.addedNodes) {
        if (node.nodeType === Node.ELEMENT_NODE) {
          apply(node.parentNode || node);
        }
      }
    }
  }).observe(document.body, { childList: true, subtree: true });
})();
