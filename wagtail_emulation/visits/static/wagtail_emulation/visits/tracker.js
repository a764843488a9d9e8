// Counts this page view with one beacon. The page HTML is the same for every reader (and may
// come from a cache), so counting happens here, not while the server renders the page.
function send(url) {
  if (navigator.sendBeacon && navigator.sendBeacon(url)) {
    return;
  }
  fetch(url, { method: "POST", keepalive: true, credentials: "omit" }).catch(() => {});
}

for (const tracker of document.querySelectorAll('[data-emulation="tracker"][data-url]')) {
  send(tracker.dataset.url);
}
