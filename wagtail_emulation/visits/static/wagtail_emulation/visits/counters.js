// Replaces the server-rendered snapshot of the visit figures with the live ones from the
// per-reader state endpoint (parts "visits" and "page-views").
import { stateFor } from "../js/state.js";

const group = (number) => String(number).replace(/\B(?=(\d{3})+(?!\d))/g, ".");

async function refresh(root) {
  const { part } = await stateFor(root);
  if (!part) {
    return;
  }
  for (const [name, value] of Object.entries(part)) {
    if (!Number.isInteger(value)) {
      continue;
    }
    root.dataset[name] = String(value);
    const cell = root.querySelector(`[data-figure="${name}"]`);
    if (cell) {
      cell.textContent = group(value);
    }
  }
}

const selector = '[data-emulation="visits"][data-state-url], [data-emulation="page-views"][data-state-url]';
for (const root of document.querySelectorAll(selector)) {
  if (!root.dataset.visitsLive) {
    root.dataset.visitsLive = "1";
    refresh(root);
  }
}
