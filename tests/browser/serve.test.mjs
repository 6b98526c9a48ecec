// `steppe serve` in a real browser (Debian's chromium): a page follows edits by itself.
//   cargo build --release && cd tests/browser && node serve.test.mjs
// Under --base-path /briefing/, as a GitHub Pages project site. Checks, without ever telling the
// page to reload: a content edit shows; a CSS edit restyles the page without reloading it; a
// broken front matter shows the error overlay (file, line, message) over the old page; fixing
// it reloads. Exits 1 on the first failure.
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { launch } from "./browser.mjs";
import { fixtureSite, startServe } from "./serve-process.mjs";

const TIMEOUT = 15000;
const here = path.dirname(fileURLToPath(import.meta.url));
const root = fixtureSite("trilingual");
const article = path.join(root, "content/articles/accord.en.md");
const stylesheet = path.join(root, "themes/briefing/static/style.css");
const original = fs.readFileSync(article, "utf8");
const server = await startServe(root, ["--base-path", "/briefing/"]);
const browser = await launch();
let failed = false;

function check(condition, message) {
  if (!condition) throw new Error(message);
  console.log(`ok ${message}`);
}

try {
  const page = await browser.newPage();
  const errors = [];
  page.on("pageerror", (e) => errors.push(String(e)));
  await page.goto(`${server.url}en/articles/accord/`);
  check((await page.textContent("h1")).includes("Aircraft order signed"), "the article is served under /briefing/");
  await page.waitForFunction(() => document.querySelector('script[src$="__steppe/livereload.js"]'));

  // A content edit: the page reloads itself and shows the new title.
  fs.writeFileSync(article, original.replace("Aircraft order signed", "Aircraft order revised"));
  await page.waitForFunction(() => document.querySelector("h1")?.textContent.includes("Aircraft order revised"), null, { timeout: TIMEOUT });
  check(true, "a content edit shows without being told to reload");

  // A CSS edit: the stylesheet is swapped in place; the page is not reloaded.
  await page.evaluate(() => { window.__steppeSamePage = true; });
  fs.appendFileSync(stylesheet, "\nbody { outline: 7px solid rgb(1, 2, 3); }\n");
  await page.waitForFunction(() => getComputedStyle(document.body).outlineColor === "rgb(1, 2, 3)", null, { timeout: TIMEOUT });
  check(await page.evaluate(() => window.__steppeSamePage === true), "a CSS edit restyles the page without reloading it");
  const sheets = await page.evaluate(() => [...document.querySelectorAll('link[rel~="stylesheet"]')].map((l) => new URL(l.href).pathname));
  check(sheets.every((s) => s.startsWith("/briefing/")), `stylesheets stay under the base path: ${sheets.join(", ")}`);

  // A broken front matter: the old page stays, the overlay says where and what.
  fs.writeFileSync(article, original.replace('title: "Aircraft order signed"', "title: [unclosed"));
  const overlay = await page.waitForSelector("#__steppe-error", { timeout: TIMEOUT });
  const where = await overlay.$eval(".where", (e) => e.textContent);
  const message = await overlay.$eval(".message", (e) => e.textContent);
  check(/content\/articles\/accord\.en\.md:\d+/.test(where), `the overlay names the file and line: ${where}`);
  check(message.length > 0, `the overlay gives the message: ${message.split("\n")[0]}`);
  check((await page.textContent("h1")).includes("Aircraft order revised"), "the last good page stays under the overlay");
  fs.mkdirSync(path.join(here, "screenshots"), { recursive: true });
  await page.screenshot({ path: path.join(here, "screenshots/serve-error-overlay.png") });

  // Fixing it reloads the page by itself: the overlay goes, the fix shows.
  fs.writeFileSync(article, original.replace("Aircraft order signed", "Aircraft order fixed"));
  await page.waitForFunction(
    () => !document.getElementById("__steppe-error") && document.querySelector("h1")?.textContent.includes("Aircraft order fixed"),
    null,
    { timeout: TIMEOUT },
  );
  check(true, "fixing the error reloads the page and removes the overlay");
  check(errors.length === 0, `no script errors on the page ${errors.join("; ")}`);
} catch (error) {
  failed = true;
  console.error(`FAIL ${error.message}\nserver output:\n${server.lines.join("\n")}`);
} finally {
  await browser.close();
  await server.stop();
  fs.rmSync(root, { recursive: true, force: true });
}
process.exit(failed ? 1 : 0);
