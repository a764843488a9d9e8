// Lighthouse on several pages in one Node process and one Chromium (tests/browser/validators.py).
//
//   node lighthouse-pages.mjs OUTPUT_FOLDER CATEGORIES URL...
//
// Writes OUTPUT_FOLDER/<n>.json for the n-th URL: Lighthouse's JSON report, or {"error": …}
// when Lighthouse failed on it. The CLI started Node, loaded Lighthouse's config and launched
// Chromium once per page; Lighthouse resets the page's storage and cache before each run, so a
// page is judged as by a fresh browser. Chromium is CHROME_PATH, launched as the CLI launches it.
import { writeFile } from "node:fs/promises";
import path from "node:path";

import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";

const [folder, categories, ...urls] = process.argv.slice(2);
// A failed trace recording (NO_NAVSTART…) is Lighthouse's own hiccup: it asks to be run again
// (twice seen in a row on a loaded machine). Any other failure, or a third one, is reported.
const ATTEMPTS = 3;

const chrome = await chromeLauncher.launch({
  chromeFlags: ["--headless", "--no-sandbox", "--disable-gpu"],
});
try {
  for (const [number, url] of urls.entries()) {
    let outcome;
    for (let attempt = 1; attempt <= ATTEMPTS; attempt++) {
      outcome = await judge(url);
      if (!outcome.error?.includes("run Lighthouse again")) break;
    }
    await writeFile(path.join(folder, `${number}.json`), JSON.stringify(outcome));
  }
} finally {
  await chrome.kill();
}

async function judge(url) {
  try {
    const result = await lighthouse(url, {
      port: chrome.port,
      output: "json",
      logLevel: "error",
      // The screenshot only illustrates the HTML report's elements; no audit's score reads it.
      disableFullPageScreenshot: true,
      onlyCategories: categories.split(","),
    });
    const { runtimeError } = result.lhr;
    return runtimeError ? { error: `${runtimeError.code}: ${runtimeError.message}` } : result.lhr;
  } catch (error) {
    return { error: String(error?.stack ?? error) };
  }
}
