// Edit-to-reload latency of `steppe serve`, measured in Debian's chromium (a benchmark, not a test).
//
//   cargo build --release
//   node bench/serve_latency.mjs                  # the repository's briefing site (a temporary copy)
//   node bench/serve_latency.mjs --generated 1000 # bench/generate.py's site, N articles per language
//   options: --edits N (default 10 of each kind), --site DIR (any site folder, copied first)
//
// For each edit it saves a file and measures, on the same clock:
//   rebuild: the server's own figure, first file event → new site served (its "Rebuilt … in X ms")
//   page:    save → the page showing the change (DOMContentLoaded of the reloaded page for a
//            content edit; the first frame with the new style for a CSS edit, which is not reloaded)
// Prints a Markdown table; docs/serve.md keeps the last results.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { launch } from "../tests/browser/browser.mjs";
import { REPO, repositorySite, startServe } from "../tests/browser/serve-process.mjs";

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const at = args.indexOf(`--${name}`);
  return at >= 0 ? args[at + 1] : fallback;
};
const edits = Number(option("edits", 10));
const generated = option("generated", null);
const given = option("site", null);

function prepareSite() {
  if (generated) {
    const out = fs.mkdtempSync(path.join(os.tmpdir(), "steppe-bench-"));
    execFileSync("python3", [path.join(REPO, "bench/generate.py"), generated, out], { stdio: "ignore" });
    return { root: path.join(out, "steppe"), label: `generated, ${generated} articles per language`, cleanup: out };
  }
  if (given) {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), "steppe-bench-"));
    fs.cpSync(given, root, { recursive: true });
    return { root, label: path.basename(path.resolve(given)), cleanup: root };
  }
  const root = repositorySite();
  return { root, label: "briefing (this repository)", cleanup: root };
}

const stats = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (q) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
  return { n: sorted.length, median: at(0.5), p90: at(0.9), max: sorted[sorted.length - 1] };
};

const site = prepareSite();
const articles = path.join(site.root, "content/articles");
const articleFile = fs.readdirSync(articles).filter((f) => f.endsWith(".en.md")).sort()[0];
const slug = articleFile.replace(/\.en\.md$/, "");
const articlePath = path.join(articles, articleFile);
const cssPath = path.join(site.root, "themes/briefing/static/style.css");
const original = fs.readFileSync(articlePath, "utf8");
const originalCss = fs.readFileSync(cssPath, "utf8");

const server = await startServe(site.root);
const firstBuild = server.lines.find((l) => l.startsWith("Built "));
const browser = await launch();
const page = await browser.newPage();
await page.goto(`${server.url}en/articles/${slug}/`);
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const rebuildMs = (line) => Number(line.match(/ in (\d+) ms/)[1]);
const results = { content: { rebuild: [], page: [] }, css: { rebuild: [], page: [] } };

try {
  for (let i = 1; i <= edits; i += 1) {
    // A content edit: a new paragraph; the page reloads itself.
    const marker = `latency-marker-${i}-${Date.now()}`;
    const from = server.lines.length;
    const saved = Date.now();
    fs.writeFileSync(articlePath, `${original}\n\n${marker}\n`);
    await page.waitForFunction((m) => document.body?.textContent.includes(m), marker, { timeout: 600000, polling: 50 });
    const shown = await page.evaluate(() => {
      const nav = performance.getEntriesByType("navigation")[0];
      return performance.timeOrigin + nav.domContentLoadedEventEnd;
    });
    results.content.page.push(shown - saved);
    results.content.rebuild.push(rebuildMs(await server.waitForLine(/^Rebuilt/, { from, timeoutMs: 600000 })));
    await sleep(300);

    // A CSS edit: the stylesheet is swapped in place.
    const color = `rgb(${i}, 2, 3)`;
    const cssFrom = server.lines.length;
    await page.evaluate(() => { window.__seenAt = 0; });
    const cssSaved = Date.now();
    fs.writeFileSync(cssPath, `${originalCss}\nbody { outline: 3px solid ${color}; }\n`);
    await page.waitForFunction((c) => {
      if (getComputedStyle(document.body).outlineColor !== c) return false;
      window.__seenAt = window.__seenAt || Date.now();
      return true;
    }, color, { timeout: 600000, polling: "raf" });
    results.css.page.push((await page.evaluate(() => window.__seenAt)) - cssSaved);
    results.css.rebuild.push(rebuildMs(await server.waitForLine(/^Rebuilt/, { from: cssFrom, timeoutMs: 600000 })));
    await sleep(300);
  }
} finally {
  await browser.close();
  await server.stop();
  fs.rmSync(site.cleanup, { recursive: true, force: true });
}

console.log(`site: ${site.label}; ${firstBuild}; ${os.cpus().length} cores; ${edits} edits of each kind\n`);
console.log("| edit | measure | median ms | p90 ms | max ms |");
console.log("|---|---|---:|---:|---:|");
for (const [kind, label] of [["content", "article text (page reloads)"], ["css", "style.css (stylesheet swapped)"]]) {
  for (const [measure, name] of [["rebuild", "change seen → site rebuilt"], ["page", "save → page shows it"]]) {
    const s = stats(results[kind][measure]);
    console.log(`| ${label} | ${name} | ${Math.round(s.median)} | ${Math.round(s.p90)} | ${Math.round(s.max)} |`);
  }
}
