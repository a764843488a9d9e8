// Print, copy link and "Đọc bài" (read aloud) for {% article_tools %}.
// Every label comes from the element's data- attributes, rendered from the translations.
// The buttons are already in place (display-prefs.js told the stylesheet which ones this
// browser can run); this module only wires them up.

const READ_SELECTOR = "h1, h2, h3, h4, h5, h6, p, li, blockquote, figcaption, dt, dd, th, td";
// Widgets (ratings, comments…), navigation and forms are not part of the article's text.
const SKIP_SELECTOR = "[data-emulation], nav, aside, form, [hidden], [aria-hidden='true'], .emulation-visually-hidden";
// Long utterances stall in some browsers; speak sentence-sized pieces instead.
const MAX_CHUNK = 200;

function vietnameseVoice() {
  return window.speechSynthesis.getVoices().find((voice) => /^vi([-_]|$)/i.test(voice.lang));
}

function articleElement(tools) {
  const target = document.querySelector(tools.dataset.readTarget || "main");
  if (!target) return null;
  return target.querySelector("article") || target;
}

function splitLong(text) {
  const pieces = [];
  let rest = text;
  while (rest.length > MAX_CHUNK) {
    const head = rest.slice(0, MAX_CHUNK);
    // Cut at the end of a sentence, else after a comma, else at a space.
    let cut = Math.max(...[". ", "! ", "? ", "; ", ": "].map((mark) => head.lastIndexOf(mark)));
    if (cut < MAX_CHUNK / 2) cut = head.lastIndexOf(", ");
    if (cut < MAX_CHUNK / 2) cut = head.lastIndexOf(" ");
    if (cut <= 0) cut = MAX_CHUNK - 1;
    pieces.push(rest.slice(0, cut + 1).trim());
    rest = rest.slice(cut + 1).trim();
  }
  if (rest) pieces.push(rest);
  return pieces;
}

export function articleText(article) {
  const blocks = [...article.querySelectorAll(READ_SELECTOR)].filter(
    (element) => !element.closest(SKIP_SELECTOR) && !element.querySelector(READ_SELECTOR),
  );
  const texts = blocks.map((element) => element.innerText.replace(/\s+/g, " ").trim());
  return texts.filter(Boolean).flatMap(splitLong);
}

function setupReadAloud(tools, announce) {
  const controls = tools.querySelector("[data-read-aloud]");
  if (!controls || !("speechSynthesis" in window)) return;
  const readButton = controls.querySelector('[data-action="read"]');
  const stopButton = controls.querySelector('[data-action="stop"]');
  const synth = window.speechSynthesis;
  let state = "idle"; // idle | reading | paused
  let run = 0; // Ends of utterances from a cancelled run must not reset a newer one.

  function show(next) {
    state = next;
    const label = { idle: "labelRead", reading: "labelPause", paused: "labelResume" }[state];
    readButton.textContent = tools.dataset[label];
    stopButton.disabled = state === "idle";
  }

  function start() {
    const voice = vietnameseVoice();
    const article = articleElement(tools);
    if (!voice || !article) return;
    synth.cancel();
    const thisRun = ++run;
    const pieces = articleText(article);
    pieces.forEach((text, index) => {
      const utterance = new SpeechSynthesisUtterance(text);
      utterance.voice = voice;
      utterance.lang = voice.lang;
      if (index === pieces.length - 1) {
        utterance.addEventListener("end", () => thisRun === run && show("idle"));
      }
      synth.speak(utterance);
    });
    show("reading");
    announce(tools.dataset.statusReading);
  }

  readButton.addEventListener("click", () => {
    if (state === "idle") start();
    else if (state === "reading") {
      synth.pause();
      show("paused");
      announce(tools.dataset.statusPaused);
    } else {
      synth.resume();
      show("reading");
      announce(tools.dataset.statusReading);
    }
  });
  stopButton.addEventListener("click", () => {
    run++;
    synth.cancel();
    show("idle");
    readButton.focus(); // The stop button is now disabled: keep keyboard focus in the tools.
    announce(tools.dataset.statusStopped);
  });
  window.addEventListener("pagehide", () => synth.cancel());

  // Offered only where the browser has a Vietnamese voice; voices may load late, so the
  // stylesheet keeps the controls' box (invisible) until then: nothing moves when they show.
  const offer = () => {
    controls.toggleAttribute("data-voice", Boolean(vietnameseVoice()));
  };
  offer();
  synth.addEventListener("voiceschanged", offer);
}

function setupCopy(tools, announce) {
  const item = tools.querySelector("[data-copy-item]");
  if (!item || !navigator.clipboard || !window.isSecureContext) return;
  const button = item.querySelector('[data-action="copy"]');
  button.addEventListener("click", async () => {
    try {
      await navigator.clipboard.writeText(button.dataset.url);
      announce(tools.dataset.statusCopied);
    } catch {
      announce(tools.dataset.statusCopyFailed);
    }
  });
}

function setup(tools) {
  const status = tools.querySelector("[data-status]");
  const announce = (message) => {
    status.textContent = message;
  };
  const print = tools.querySelector('[data-action="print"]');
  if (print && typeof window.print === "function") {
    print.addEventListener("click", () => window.print());
  }
  setupCopy(tools, announce);
  setupReadAloud(tools, announce);
}

document.querySelectorAll('[data-emulation="article-tools"]').forEach(setup);
