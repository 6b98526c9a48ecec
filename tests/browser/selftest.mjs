// A check that cannot fail is no check. Each case copies the built site, breaks one page the way
// a real regression would, runs one checker on it and requires the checker to report the problem.
//   node selftest.mjs [public-dir]        (run.mjs runs it after the checks, as "self-test")
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { launch } from "./browser.mjs";
import { startServer } from "./static-server.mjs";
import { Failures } from "./site.mjs";
import { checkPages } from "./checks/pages.mjs";
import { checkSearch } from "./checks/search.mjs";
import { checkFonts } from "./checks/fonts.mjs";
import { checkAxe } from "./checks/axe.mjs";
import { checkVnu } from "./checks/vnu.mjs";
import { checkPrint } from "./checks/print.mjs";
import { checkLayout, WIDTHS } from "./checks/layout.mjs";
import { checkLighthouse } from "./checks/lighthouse.mjs";
import { takeScreenshots } from "./checks/screenshots.mjs";

// Edits of a built page (minified: unquoted attributes, as steppe writes them).
const html = {
  beforeHeadEnd: (extra) => (s) => s.replace("</head>", `${extra}</head>`),
  inMain: (extra) => (s) => s.replace("</main>", `${extra}</main>`),
  replace: (from, to) => (s) => {
    if (!s.includes(from)) throw new Error(`self-test: the page no longer contains ${from}; update the case`);
    return s.replace(from, to);
  },
};

const page = (lang, kind, url) => [{ lang, kind, url }];
const EN_HOME = "en/index.html";

// { name, file, edit, check(ctx, failures), expect } — `expect` must appear in a reported line.
const CASES = [
  { name: "a script logging an error", file: EN_HOME, edit: html.inMain("<script>console.error('self-test')</script>"),
    check: (c, f) => checkPages(c.browser, c.base, page("en", "home", "en/"), f), expect: "console error: self-test" },
  { name: "an image that does not exist", file: EN_HOME, edit: html.inMain("<img src=missing.png alt=missing>"),
    check: (c, f) => checkPages(c.browser, c.base, page("en", "home", "en/"), f), expect: "HTTP 404 for" },
  { name: "a French page that says it is English", file: "fr/index.html", edit: html.replace("<html data-script=Latn dir=ltr lang=fr>", "<html data-script=Latn dir=ltr lang=en>"),
    check: (c, f) => checkPages(c.browser, c.base, page("fr", "home", "fr/"), f), expect: '<html lang="en">, expected "fr"' },
  { name: "an Arabic page laid out left to right", file: "ar/index.html", edit: html.replace("<html data-script=Arab dir=rtl lang=ar>", "<html data-script=Arab dir=ltr lang=ar>"),
    check: (c, f) => checkPages(c.browser, c.base, page("ar", "home", "ar/"), f), expect: "computed direction is ltr, expected rtl" },
  { name: "a switcher link to the wrong page", file: EN_HOME, edit: html.replace("href=../fr/ hreflang=fr lang=fr", "href=../fr/about/ hreflang=fr lang=fr"),
    check: (c, f) => checkPages(c.browser, c.base, page("en", "home", "en/"), f), expect: "switcher link to fr leads to" },
  { name: "an element wider than a phone", file: EN_HOME, edit: html.inMain("<div style=width:600px>wide</div>"),
    check: (c, f) => checkPages(c.browser, c.base, page("en", "home", "en/"), f), expect: "the page scrolls sideways" },
  { name: "focus styles removed", file: EN_HOME, edit: html.beforeHeadEnd("<style>:focus-visible{outline:none!important}</style>"),
    check: (c, f) => checkPages(c.browser, c.base, page("en", "home", "en/"), f), expect: "is not visible" },
  { name: "a search box out of the Tab order", file: EN_HOME, edit: html.replace("id=site-search", "id=site-search tabindex=-1"),
    check: (c, f) => checkPages(c.browser, c.base, page("en", "home", "en/"), f), expect: "Tab never reaches the search box" },
  { name: "a 404 page whose Arabic section is left to right", file: "404.html", edit: html.replace("<section data-script=Arab dir=rtl id=not-found-ar lang=ar>", "<section data-script=Arab dir=ltr id=not-found-ar lang=ar>"),
    check: (c, f) => checkPages(c.browser, c.base, page("ar", "404", "ar/no-such-page/"), f), expect: "section lang=ar has dir=ltr" },
  { name: "a search form sent to the wrong page", file: EN_HOME, edit: html.replace("action=../en/search/", "action=../en/topics/"),
    check: (c, f) => checkSearch(c.browser, c.base, c.dir, ["en"], f), expect: "the search form leads to" },
  { name: "a missing Arabic search index", file: "pagefind", edit: "delete-ar-index",
    check: (c, f) => checkSearch(c.browser, c.base, c.dir, ["ar"], f), expect: "no results shown" },
  { name: "an image without alt text", file: EN_HOME, edit: html.inMain("<img src=../assets/FAVICON>"),
    check: (c, f) => checkAxe(c.browser, c.base, page("en", "home", "en/"), f), expect: "image-alt" },
  { name: "faint text", file: EN_HOME, edit: html.inMain("<p style=color:#ddd>faint</p>"),
    check: (c, f) => checkAxe(c.browser, c.base, page("en", "home", "en/"), f), expect: "color-contrast" },
  { name: "a duplicate id", file: EN_HOME, edit: html.inMain("<span id=main></span>"),
    check: (c, f) => checkVnu(c.dir, f, [path.join(c.dir, EN_HOME)]), expect: "Duplicate ID" },
  { name: "a stray end tag", file: EN_HOME, edit: html.inMain("</p></span>"),
    check: (c, f) => checkVnu(c.dir, f, [path.join(c.dir, EN_HOME)]), expect: "No “p” element in scope" },
  { name: "navigation left in print", file: "en/topics/deals/index.html", edit: html.beforeHeadEnd("<style>@media print{.site-header,.switcher{display:block!important}}</style>"),
    check: (c, f) => checkPrint(c.browser, c.base, ["en"], c.out, f), expect: "the PDF shows" },
  { name: "a page break before every table row", file: "en/topics/deals/index.html", edit: html.beforeHeadEnd("<style>@media print{tr,li{break-before:page}}</style>"),
    check: (c, f) => checkPrint(c.browser, c.base, ["en"], c.out, f), expect: "A4 pages, expected" },
  { name: "a table too wide for A4", file: "ar/topics/deals/index.html", edit: html.beforeHeadEnd("<style>@media print{.deals-table{min-inline-size:60rem}}</style>"),
    check: (c, f) => checkPrint(c.browser, c.base, ["ar"], c.out, f), expect: "wider than the A4 text width" },
  { name: "a second print note on each source marker", file: "ar/topics/deals/index.html",
    edit: html.inMain("<script>addEventListener('beforeprint',()=>document.querySelectorAll('td.sources a').forEach((a)=>{const r=document.createElement('span');r.className='print-ref';r.textContent='[9]';a.after(r)}))</script>"),
    check: (c, f) => checkPrint(c.browser, c.base, ["ar"], c.out, f), expect: "reference markers carry a second print note" },
  { name: "an Arabic font that is not installed", file: "ar/index.html", edit: html.beforeHeadEnd("<style>body{font-family:\"No Such Naskh\",serif!important}</style>"),
    check: (c, f) => takeScreenshots(c.browser, c.base, [], c.out, f), expect: "is not installed" },
  // The layout check (issue 19): each measurement, broken the way a regression would break it.
  { name: "a desktop page wider than its viewport", file: "en/topics/deals/index.html", edit: html.inMain("<div style=width:1500px>wide</div>"),
    check: (c, f) => checkLayout(c.browser, c.base, page("en", "deals", "en/topics/deals/"), f, { desktop: WIDTHS.desktop }), expect: "wider than the 1280 px viewport" },
  { name: "chart labels too small on a phone", file: "en/topics/deals/index.html", edit: html.beforeHeadEnd("<style>.chart{font-size:9px!important}</style>"),
    check: (c, f) => checkLayout(c.browser, c.base, page("en", "deals", "en/topics/deals/"), f, { phone: WIDTHS.phone }), expect: "smaller than 12 px" },
  { name: "chart labels larger than the body", file: "fr/topics/deals/index.html", edit: html.beforeHeadEnd("<style>.chart{font-size:26px!important}</style>"),
    check: (c, f) => checkLayout(c.browser, c.base, page("fr", "deals", "fr/topics/deals/"), f, { desktop: WIDTHS.desktop }), expect: "larger than the 18 px body text" },
  { name: "a deals table wider than its box", file: "fr/topics/deals/index.html", edit: html.beforeHeadEnd("<style>.deals-table{min-inline-size:70rem}</style>"),
    check: (c, f) => checkLayout(c.browser, c.base, page("fr", "deals", "fr/topics/deals/"), f, { desktop: WIDTHS.desktop }), expect: "px wider than its box" },
  { name: "a deals table cut on a phone", file: "ar/topics/deals/index.html", edit: html.beforeHeadEnd("<style>.deals-table td{white-space:nowrap;overflow:hidden}</style>"),
    check: (c, f) => checkLayout(c.browser, c.base, page("ar", "deals", "ar/topics/deals/"), f, { phone: WIDTHS.phone }), expect: "cut their content" },
  { name: "a navigation on two rows", file: "fr/index.html", edit: html.beforeHeadEnd("<style>.site-nav a{padding-inline:2rem}</style>"),
    check: (c, f) => checkLayout(c.browser, c.base, page("fr", "home", "fr/"), f, { desktop: WIDTHS.desktop }), expect: "the navigation takes 2 rows" },
  { name: "a tall phone header", file: "ar/index.html", edit: html.beforeHeadEnd("<style>.site-header{padding-block:3rem}</style>"),
    check: (c, f) => checkLayout(c.browser, c.base, page("ar", "home", "ar/"), f, { phone: WIDTHS.phone }), expect: "more than 120 px" },
  { name: "a phone menu that does not open", file: EN_HOME, edit: html.beforeHeadEnd("<style>@media (max-width:47.99rem){.menu-panel{display:none}}</style>"),
    check: (c, f) => checkLayout(c.browser, c.base, page("en", "home", "en/"), f, {}), expect: "stay hidden after opening the menu" },
  { name: "a faint range segment in light", file: "en/topics/deals/index.html", edit: html.beforeHeadEnd("<style>.chart-range{opacity:.4}</style>"),
    check: (c, f) => checkLayout(c.browser, c.base, page("en", "deals", "en/topics/deals/"), f, {}), expect: "(light): a range segment has contrast" },
  { name: "a faint bar in dark", file: "ar/topics/deals/index.html", edit: html.beforeHeadEnd("<style>@media (prefers-color-scheme:dark){.chart-bar{background:#2a3036!important}}</style>"),
    check: (c, f) => checkLayout(c.browser, c.base, page("ar", "deals", "ar/topics/deals/"), f, {}), expect: "(dark): a bar segment has contrast" },
  { name: "a 404 section without a search box", file: "404.html", edit: html.replace("type=search", "type=text"),
    check: (c, f) => checkLayout(c.browser, c.base, page("en", "404", "en/no-such-page/"), f, { desktop: WIDTHS.desktop }), expect: "the 404 section in en has no search box" },
  { name: "a chooser card whose description is not a link", file: "index.html", edit: html.replace("<span class=choice-description>", "</a><span class=choice-description>"),
    check: (c, f) => checkLayout(c.browser, c.base, page("en", "root", ""), f, { desktop: WIDTHS.desktop }), expect: "chooser cards that follow no link" },
  { name: "a character no shipped font has", file: "ar/index.html", edit: html.inMain("<p>ڦ</p>"),
    check: (c, f) => checkFonts(c.browser, c.base, page("ar", "home", "ar/"), f), expect: "is in no shipped font" },
  { name: "a font cut that lacks glyphs its range claims", file: "FONTS_CSS", edit: (css) => css.replace(/(font-family: "Noto Naskh Arabic";[^}]*unicode-range: )/g, "$1U+41-5A, U+61-7A, "),
    check: (c, f) => checkFonts(c.browser, c.base, page("ar", "home", "ar/"), f), expect: "the cut lacks its glyph" },
  { name: "Latin words in an Arabic page set in a system font", file: "ar/index.html", edit: html.beforeHeadEnd("<style>.switcher a{font-family:\"Noto Naskh Arabic\",Arial,sans-serif!important}</style>"),
    check: (c, f) => checkFonts(c.browser, c.base, page("ar", "home", "ar/"), f), expect: "is in no shipped font: it falls back to \"Arial\"" },
  { name: "Latin words in an Arabic page set in the Arabic face", file: "FONTS_CSS", edit: (css) => css.replace(/(font-family: "Noto Naskh Arabic";[^}]*unicode-range: )/g, "$1U+41-5A, U+61-7A, "),
    check: (c, f) => checkFonts(c.browser, c.base, page("ar", "home", "ar/"), f), expect: "is set in \"Noto Naskh Arabic\", expected \"Noto Serif\"" },
  { name: "Arabic text in a synthetic italic", file: "ar/index.html", edit: html.beforeHeadEnd("<style>h1{font-style:italic;font-synthesis:style}</style>"),
    check: (c, f) => checkFonts(c.browser, c.base, page("ar", "home", "ar/"), f), expect: "synthetic italic" },
  { name: "a page hidden from search engines", file: EN_HOME, edit: html.beforeHeadEnd("<meta name=robots content=noindex>"),
    check: (c, f) => checkLighthouse(c.origin, ["en/"], null, f), expect: "is-crawlable", root: true },
];

function copySite(publicDir) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "steppe-selftest-"));
  fs.cpSync(publicDir, path.join(dir, "site"), { recursive: true });
  return dir;
}

function breakSite(site, { file, edit }) {
  if (edit === "delete-ar-index") {
    for (const f of fs.readdirSync(path.join(site, "pagefind"))) if (/\.ar[_.]/.test(f)) fs.rmSync(path.join(site, "pagefind", f));
    return;
  }
  const fontsCss = file === "FONTS_CSS" && fs.readdirSync(path.join(site, "assets")).find((f) => /^fonts\.[0-9a-f]+\.css$/.test(f));
  const full = fontsCss ? path.join(site, "assets", fontsCss) : path.join(site, file);
  let text = fs.readFileSync(full, "utf8");
  const favicon = fs.readdirSync(path.join(site, "assets")).find((f) => f.startsWith("favicon."));
  text = edit(text).replace("FAVICON", favicon);
  fs.writeFileSync(full, text);
}

/// Runs every case; a checker that stays silent on its broken page is a failure of the self-test.
export async function selfTest(browser, publicDir, failures, only = null) {
  for (const c of CASES.filter((x) => !only || only.some((o) => x.name.includes(o)))) {
    const tmp = copySite(publicDir);
    const site = path.join(tmp, "site");
    const prefix = c.root ? "/" : "/steppe/";
    const { server, origin } = await startServer(site, prefix);
    const reported = new Failures(c.name);
    // The checkers' progress lines would only be noise here.
    const log = console.log;
    console.log = () => {};
    try {
      breakSite(site, c);
      await c.check({ browser, base: origin + prefix, origin, dir: site, out: path.join(tmp, "out") }, reported);
    } catch (error) {
      reported.add("(crashed)", error.message);
    } finally {
      console.log = log;
      server.close();
      fs.rmSync(tmp, { recursive: true, force: true });
    }
    const hit = reported.lines.find((l) => l.includes(c.expect));
    if (hit) console.log(`  ✓ ${c.name}: ${hit.split("\n")[0].slice(0, 150)}`);
    else failures.add(c.name, `the check did not report "${c.expect}"; it reported: ${reported.lines.join(" | ") || "nothing"}`);
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const here = path.dirname(fileURLToPath(import.meta.url));
  const publicDir = path.resolve(process.argv[2] || path.join(here, "../../public"));
  const browser = await launch();
  const failures = new Failures("self-test");
  await selfTest(browser, publicDir, failures, process.argv.slice(3).length ? process.argv.slice(3) : null);
  await browser.close();
  failures.lines.forEach((l) => console.log(`FAIL self-test: ${l}`));
  process.exit(failures.ok ? 0 : 1);
}
