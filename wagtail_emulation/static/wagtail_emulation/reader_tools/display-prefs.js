/* Text size and high contrast for {% reader_tools %}, remembered in localStorage.
 *
 * Never a cookie, so the cached HTML stays identical for every reader. This is a classic
 * script loaded from <head> on purpose (not a deferred module): it applies the stored choice
 * before the first paint, so the page does not flash at the default size on every visit, and
 * it names on <html> the tools this browser can run (data-emulation-tools="display print copy
 * speech"), so the stylesheet shows them in their place from the first paint: nothing moves
 * when the scripts wire them up.
 */
(() => {
  "use strict";

  const SIZE_KEY = "wagtail-emulation:text-size";
  const CONTRAST_KEY = "wagtail-emulation:contrast";
  const SIZES = ["small", "normal", "large"];
  const root = document.documentElement;

  const read = (key) => {
    try {
      return window.localStorage.getItem(key);
    } catch {
      return null; // Storage blocked: the defaults apply.
    }
  };
  const write = (key, value) => {
    try {
      if (value === null) window.localStorage.removeItem(key);
      else window.localStorage.setItem(key, value);
    } catch {
      // Storage blocked: the choice lasts for this page only.
    }
  };

  const currentSize = () => root.dataset.emulationTextSize || "normal";
  const highContrast = () => root.dataset.emulationContrast === "high";

  function applySize(size) {
    if (size === "small" || size === "large") root.dataset.emulationTextSize = size;
    else delete root.dataset.emulationTextSize;
  }
  function applyContrast(value) {
    if (value === "high") root.dataset.emulationContrast = "high";
    else delete root.dataset.emulationContrast;
  }

  function reflect(tools) {
    for (const button of tools.querySelectorAll("[data-text-size]")) {
      button.setAttribute("aria-pressed", String(button.dataset.textSize === currentSize()));
    }
    for (const button of tools.querySelectorAll("[data-contrast-toggle]")) {
      button.setAttribute("aria-pressed", String(highContrast()));
    }
  }
  const reflectAll = () => document.querySelectorAll('[data-emulation="reader-tools"]').forEach(reflect);

  function wire(tools) {
    tools.addEventListener("click", (event) => {
      const sizeButton = event.target.closest("[data-text-size]");
      if (sizeButton && SIZES.includes(sizeButton.dataset.textSize)) {
        const size = sizeButton.dataset.textSize;
        applySize(size);
        write(SIZE_KEY, size === "normal" ? null : size);
      } else if (event.target.closest("[data-contrast-toggle]")) {
        const value = highContrast() ? null : "high";
        applyContrast(value);
        write(CONTRAST_KEY, value);
      } else {
        return;
      }
      reflectAll();
    });
    reflect(tools);
  }

  const abilities = ["display"];
  if (typeof window.print === "function") abilities.push("print");
  if (navigator.clipboard && window.isSecureContext) abilities.push("copy");
  if ("speechSynthesis" in window) abilities.push("speech");
  root.dataset.emulationTools = abilities.join(" ");

  applySize(read(SIZE_KEY));
  applyContrast(read(CONTRAST_KEY));

  // Another tab changed the choice: follow it.
  window.addEventListener("storage", (event) => {
    if (event.key === SIZE_KEY) applySize(event.newValue);
    else if (event.key === CONTRAST_KEY) applyContrast(event.newValue);
    else return;
    reflectAll();
  });

  const start = () => document.querySelectorAll('[data-emulation="reader-tools"]').forEach(wire);
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
  else start();
})();
