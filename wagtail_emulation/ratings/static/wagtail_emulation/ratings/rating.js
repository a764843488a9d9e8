// Star ratings in place: post the chosen score with fetch and update the figures.
// Without this module the widget is a plain form that posts and comes back to the page.
// Every text shown comes translated from the server (JSON or data- attributes).
import { stateFor } from "../js/state.js";

function say(element, text) {
  element.textContent = text || "";
  element.hidden = !text;
}

function showFigures(root, figures) {
  root.dataset.count = String(figures.count);
  root.dataset.average = Number(figures.average).toFixed(2);
  root.querySelector("[data-rating-summary]").textContent = figures.summary;
}

function showOwnScore(root, score, text) {
  const input = score && root.querySelector(`input[name="score"][value="${Number(score)}"]`);
  if (input) {
    input.checked = true;
  }
  say(root.querySelector("[data-rating-own]"), text);
}

async function send(root, form) {
  const error = root.querySelector("[data-rating-error]");
  const status = root.querySelector("[data-rating-status]");
  const button = form.querySelector('button[type="submit"]');
  say(error, "");
  status.textContent = "";
  if (!form.querySelector('input[name="score"]:checked')) {
    say(error, root.dataset.chooseError);
    form.querySelector('input[name="score"]').focus();
    return;
  }
  button.disabled = true;
  try {
    const { csrfToken } = await stateFor(root);
    const response = await fetch(form.action, {
      method: "POST",
      body: new FormData(form),
      credentials: "same-origin",
      headers: { Accept: "application/json", "X-CSRFToken": csrfToken },
    });
    const body = await response.json();
    if (!response.ok) {
      say(error, (body.error && body.error.message) || root.dataset.networkError);
      return;
    }
    showFigures(root, body);
    showOwnScore(root, body.score, body.own);
    status.textContent = body.message;
  } catch {
    say(error, root.dataset.networkError);
  } finally {
    button.disabled = false;
  }
}

function enhance(root) {
  const form = root.querySelector("form");
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    send(root, form);
  });
  stateFor(root).then(({ part }) => {
    if (part) {
      showFigures(root, part);
      showOwnScore(root, part.score, part.own);
    }
  });
}

for (const root of document.querySelectorAll('[data-emulation="rating"]')) {
  if (!root.dataset.enhanced) {
    root.dataset.enhanced = "1";
    enhance(root);
  }
}
