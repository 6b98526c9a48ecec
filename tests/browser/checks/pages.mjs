// Each page as a reader meets it: loads cleanly, says its language and direction, switches to its
// translation, fits a phone, and can be used with the keyboard with visible focus.
import { DIR, MISSING } from "../site.mjs";

const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1280, height: 900 };

/// Opens `url` in a fresh page and records console errors, script errors and failed requests.
/// The 404 page is allowed its own 404 status and the HEAD probes it sends to find the site root.
export async function openWatched(context, url, { expectStatus = 200, waitUntil = "networkidle" } = {}) {
  const page = await context.newPage();
  const problems = [];
  const expectedMiss = (u, method) => expectStatus === 404 && (u === url || (method === "HEAD" && /\/assets\/style\.[0-9a-f]+\.css$/.test(new URL(u).pathname)));
  const heads = new Set();
  const answered = new Set();
  page.on("request", (r) => { if (r.method() === "HEAD") heads.add(r.url()); });
  page.on("console", (m) => {
    if (m.type() !== "error") return;
    const at = m.location().url || "";
    if (/Failed to load resource/.test(m.text()) && expectedMiss(at, heads.has(at) ? "HEAD" : "GET")) return;
    problems.push(`console error: ${m.text()}${at ? ` (${at})` : ""}`);
  });
  page.on("pageerror", (e) => problems.push(`script error: ${e.message}`));
  page.on("requestfailed", (r) => {
    // Chromium reports every answered HEAD request as aborted, since it has no body to read.
    if (r.method() === "HEAD" && answered.has(r)) return;
    problems.push(`request failed: ${r.url()} (${r.failure()?.errorText})`);
  });
  page.on("response", (r) => {
    answered.add(r.request());
    if (r.status() >= 400 && !expectedMiss(r.url(), r.request().method())) problems.push(`HTTP ${r.status()} for ${r.url()}`);
  });
  const response = await page.goto(url, { waitUntil });
  if (response && response.status() !== expectStatus) problems.push(`status ${response.status()}, expected ${expectStatus}`);
  return { page, problems };
}

async function checkLangDir(page, lang, kind, fail) {
  const got = await page.evaluate(() => ({
    lang: document.documentElement.getAttribute("lang"),
    dir: document.documentElement.getAttribute("dir"),
    direction: getComputedStyle(document.body).direction,
    sections: Array.from(document.querySelectorAll("main section[lang]")).map((s) => ({
      lang: s.getAttribute("lang"), dir: s.getAttribute("dir"), direction: getComputedStyle(s).direction,
    })),
  }));
  if (kind === "404") {
    // One page for every language: each language gets its own section.
    for (const l of Object.keys(DIR)) {
      const s = got.sections.find((x) => x.lang === l);
      if (!s) { fail(`no section in lang=${l}`); continue; }
      if (s.dir !== DIR[l] || s.direction !== DIR[l]) fail(`section lang=${l} has dir=${s.dir}, computed direction ${s.direction}; expected ${DIR[l]}`);
    }
    return;
  }
  if (got.lang !== lang) fail(`<html lang="${got.lang}">, expected "${lang}"`);
  if (got.dir !== DIR[lang]) fail(`<html dir="${got.dir}">, expected "${DIR[lang]}"`);
  if (got.direction !== DIR[lang]) fail(`computed direction is ${got.direction}, expected ${DIR[lang]}`);
}

// Follows each link of the language switcher (or, on the 404 page, each "back home" link) by
// clicking it, and checks it lands on that language's version of the same page, which links back.
async function checkSwitcher(context, url, lang, kind, fail) {
  const { page } = await openWatched(context, url, { expectStatus: kind === "404" ? 404 : 200, waitUntil: "load" });
  const selector = kind === "404" ? "main a[hreflang]" : ".switcher a[hreflang]";
  const targets = await page.$$eval(selector, (as) => as.map((a) => a.getAttribute("hreflang")));
  const expected = kind === "404" ? Object.keys(DIR) : Object.keys(DIR).filter((l) => l !== lang);
  for (const l of expected) if (!targets.includes(l)) fail(`language switcher has no link to ${l}`);
  for (const target of targets) {
    await page.goto(url, { waitUntil: "load" });
    await Promise.all([page.waitForNavigation({ waitUntil: "load" }), page.click(`${selector}[hreflang="${target}"]`)]);
    const landed = await page.evaluate(() => ({
      lang: document.documentElement.getAttribute("lang"),
      path: location.pathname,
      back: Array.from(document.querySelectorAll(".switcher a[hreflang]")).map((a) => [a.getAttribute("hreflang"), a.href]),
      current: document.querySelector(".switcher [aria-current]")?.getAttribute("lang"),
    }));
    if (landed.lang !== target) fail(`switcher link to ${target} leads to ${landed.path}, a page in lang=${landed.lang}`);
    if (kind === "404") {
      if (!landed.path.endsWith(`/${target}/`)) fail(`home link to ${target} leads to ${landed.path}`);
      continue;
    }
    if (landed.current !== target) fail(`switcher link to ${target} leads to ${landed.path}, which does not mark ${target} as current`);
    const back = landed.back.find(([l]) => l === lang);
    // `a.href` is the encoded URL: a slug in Arabic script comes back percent-encoded.
    if (!back || back[1] !== new URL(url).href) fail(`switcher link to ${target} leads to ${landed.path}, whose ${lang} link is ${back ? back[1] : "missing"}, not ${url}`);
  }
  await page.close();
}

async function checkPhoneWidth(context, url, kind, fail) {
  const { page } = await openWatched(context, url, { expectStatus: kind === "404" ? 404 : 200, waitUntil: "load" });
  await page.setViewportSize(PHONE);
  await page.waitForTimeout(50);
  const { scroll, inner, widest } = await page.evaluate(() => {
    const inner = window.innerWidth;
    let widest = null;
    for (const el of document.body.querySelectorAll("*")) {
      const r = el.getBoundingClientRect();
      if ((r.right > inner + 1 || r.left < -1) && !widest) widest = `${el.tagName.toLowerCase()}${el.className ? "." + String(el.className).split(" ")[0] : ""} (${Math.round(r.left)}..${Math.round(r.right)})`;
    }
    return { scroll: document.scrollingElement.scrollWidth, inner, widest };
  });
  if (scroll > inner) fail(`at ${PHONE.width}px the page scrolls sideways: scrollWidth ${scroll} > ${inner}${widest ? `; first element outside: ${widest}` : ""}`);
  await page.close();
}

// Presses Tab until the navigation, the language switcher and the search box have each had focus,
// and checks every focused element shows an outline or a box shadow.
async function checkKeyboard(context, url, kind, fail) {
  const { page } = await openWatched(context, url, { expectStatus: kind === "404" ? 404 : 200, waitUntil: "load" });
  const wanted = kind === "404" ? { home: "main a[hreflang]" } : { navigation: ".site-nav a", switcher: ".switcher a", "search box": kind === "search" ? ".pagefind-ui__search-input" : "#site-search" };
  // The search page has one search box, its own (the header's is hidden there).
  const reached = new Set();
  for (let i = 0; i < 60 && reached.size < Object.keys(wanted).length; i++) {
    await page.keyboard.press("Tab");
    const f = await page.evaluate((wanted) => {
      const el = document.activeElement;
      if (!el || el === document.body) return null;
      const s = getComputedStyle(el);
      const outline = s.outlineStyle !== "none" && parseFloat(s.outlineWidth) > 0;
      const shadow = s.boxShadow && s.boxShadow !== "none";
      const name = el.tagName.toLowerCase() + (el.id ? "#" + el.id : "") + (el.textContent.trim() ? ` "${el.textContent.trim().slice(0, 30)}"` : "");
      const hits = Object.entries(wanted).filter(([, sel]) => el.matches(sel)).map(([k]) => k);
      return { name, visible: el.matches(":focus-visible") && (outline || shadow), hits };
    }, wanted);
    if (!f) continue;
    if (!f.visible) fail(`keyboard focus on ${f.name} is not visible (no outline or box-shadow on :focus-visible)`);
    f.hits.forEach((h) => reached.add(h));
  }
  for (const w of Object.keys(wanted)) if (!reached.has(w)) fail(`Tab never reaches the ${w}`);
  await page.close();
}

/// Runs the page checks over `targets` ({ lang, kind, url } relative to the site root at `base`),
/// one language at a time in parallel.
export async function checkPages(browser, base, targets, failures) {
  const langs = [...new Set(targets.map((t) => t.lang))];
  await Promise.all(langs.map(async (lang) => {
    for (const target of targets.filter((t) => t.lang === lang)) await checkPage(browser, base, target, failures);
  }));
}

async function checkPage(browser, base, { lang, kind, url: rel }, failures) {
  const url = base + rel;
  const fail = (m) => failures.add(`${lang} ${kind} /${rel}`, m);
  const context = await browser.newContext({ viewport: DESKTOP });
  const { page, problems } = await openWatched(context, url, { expectStatus: kind === "404" ? 404 : 200 });
  await checkLangDir(page, lang, kind, fail);
  problems.forEach(fail);
  await page.close();
  await checkSwitcher(context, url, lang, kind, fail);
  await checkPhoneWidth(context, url, kind, fail);
  await checkKeyboard(context, url, kind, fail);
  await context.close();
}

export { MISSING };
