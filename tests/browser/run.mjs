// Every browser check of the built site, in one command:
//   cd tests/browser && npm ci && node run.mjs ../../public
// Options: --only=pages,layout,search,fonts,axe,vnu,lighthouse,print,screenshots,self-test  (default: all)
//          --skip=<same names>
// Exits 1 if any check fails, after running them all; each failure is printed as
// "check: page: problem". The self-test then proves each check fails on a broken page.
import path from "node:path";
import { fileURLToPath } from "node:url";
import { launch } from "./browser.mjs";
import { startServer } from "./static-server.mjs";
import { LANGS, pageKinds, Failures } from "./site.mjs";
import { checkPages } from "./checks/pages.mjs";
import { checkSearch } from "./checks/search.mjs";
import { checkFonts } from "./checks/fonts.mjs";
import { checkAxe } from "./checks/axe.mjs";
import { checkVnu, checkVnuOnImages } from "./checks/vnu.mjs";
import { checkLighthouse } from "./checks/lighthouse.mjs";
import { checkPrint } from "./checks/print.mjs";
import { checkLayout } from "./checks/layout.mjs";
import { takeScreenshots } from "./checks/screenshots.mjs";
import { selfTest } from "./selftest.mjs";
import { servePublished } from "./published.mjs";

const here = path.dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);
const flag = (name) => args.find((a) => a.startsWith(`--${name}=`))?.split("=")[1]?.split(",");
const publicDir = path.resolve(args.find((a) => !a.startsWith("--")) || path.join(here, "../../public"));
const ALL = ["pages", "layout", "search", "fonts", "axe", "vnu", "lighthouse", "print", "screenshots", "self-test"];
const only = flag("only") || ALL;
const skip = flag("skip") || [];
const wanted = (name) => only.includes(name) && !skip.includes(name);
for (const name of [...only, ...skip]) if (!ALL.includes(name)) { console.error(`unknown check ${name}; known: ${ALL.join(", ")}`); process.exit(2); }

// Pages are served under a sub-path, as a GitHub Pages project site is, so nothing may assume "/".
const SUBPATH = "/steppe/";

const results = [];
async function run(name, fn) {
  if (!wanted(name)) return;
  const started = Date.now();
  const failures = new Failures(name);
  process.stdout.write(`\n== ${name}\n`);
  try {
    await fn(failures);
  } catch (error) {
    failures.add("(check crashed)", error.stack || String(error));
  }
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  for (const line of failures.lines) console.log(`FAIL ${name}: ${line}`);
  console.log(`${failures.ok ? "ok" : "FAILED"} ${name} (${failures.lines.length} problems, ${seconds}s)`);
  results.push(failures);
}

const { server, origin } = await startServer(publicDir, SUBPATH);
const base = origin + SUBPATH;
const browser = await launch();
// The site built with --base-url, as published: for Lighthouse and the HTML checker. Built once,
// when first needed, so a missing steppe binary fails those checks and not the whole run.
let published = null;
const getPublished = async () => (published ??= await servePublished(
  path.join(here, "../.."), process.env.STEPPE || path.join(here, "../../target/release/steppe")));
const targets = LANGS.flatMap((lang) => pageKinds(publicDir, lang).map((k) => ({ lang, ...k })));
try {
  await run("pages", (f) => checkPages(browser, base, targets.filter((t) => ["home", "topic", "article", "search", "404"].includes(t.kind)), f));
  await run("layout", (f) => checkLayout(browser, base, [...targets, { lang: "en", kind: "root", url: "" }], f));
  await run("search", (f) => checkSearch(browser, base, publicDir, LANGS, f));
  // The 404 page finds its stylesheets only once it knows the site root, and on the search page
  // Pagefind's clear button still has its own font (Arial; search styling, issue 19): both are
  // left out for now.
  await run("fonts", (f) => checkFonts(browser, base, targets.filter((t) => !["404", "search"].includes(t.kind)), f));
  await run("axe", (f) => checkAxe(browser, base, [...targets, { lang: "en", kind: "root", url: "" }], f));
  await run("vnu", async (f) => {
    await checkVnu(publicDir, f);
    await checkVnu((await getPublished()).dir, f, undefined, "published build: ");
    await checkVnuOnImages(process.env.STEPPE || path.join(here, "../../target/release/steppe"), f);
  });
  await run("print", (f) => checkPrint(browser, base, ["en", "ar"], path.join(here, "screenshots"), f));
  await run("screenshots", (f) => takeScreenshots(browser, base, LANGS.map((l) => `${l}/`), path.join(here, "screenshots"), f));
  await run("lighthouse", async (f) => checkLighthouse((await getPublished()).origin, LANGS.map((l) => `${l}/`), path.join(here, "../../docs/lighthouse.md"), f));
  await run("self-test", (f) => selfTest(browser, publicDir, f));
} finally {
  await browser.close();
  server.close();
  published?.close();
}

const failed = results.filter((r) => !r.ok);
console.log(`\n${results.length - failed.length}/${results.length} checks passed${failed.length ? `; failed: ${failed.map((r) => r.check).join(", ")}` : ""}`);
process.exit(failed.length ? 1 : 0);
