// Site search as a reader uses it: type a word in the header's search box, press Enter, and see
// the articles that name it among Pagefind's results, in each language, under a sub-path.
import fs from "node:fs";
import path from "node:path";
import { openWatched } from "./pages.mjs";
import { pageFolders } from "../site.mjs";

export const TERMS = { en: "Boeing", fr: "Boeing", ar: "بوينج" };
// Other spellings of the terms that steppe.yaml's search.synonyms declares: each must find what
// the term finds.
export const VARIANTS = { ar: "بوينغ" };

// The articles whose indexed text (Pagefind's data-pagefind-body) contains the term.
async function articlesNaming(context, base, publicDir, lang, term) {
  const folder = path.join(publicDir, lang, "articles");
  const links = pageFolders(folder).map((slug) => `${base}${lang}/articles/${encodeURIComponent(slug)}/`);
  const page = await context.newPage();
  const naming = [];
  for (const link of links) {
    await page.goto(link, { waitUntil: "load" });
    const text = await page.evaluate(() => document.querySelector("[data-pagefind-body]")?.textContent || "");
    if (text.includes(term)) naming.push(new URL(link).pathname);
  }
  await page.close();
  return naming;
}

export async function checkSearch(browser, base, publicDir, langs, failures, terms = TERMS) {
  for (const lang of langs) {
    const term = terms[lang];
    const where = `${lang} search "${term}"`;
    const fail = (m) => failures.add(where, m);
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const expected = await articlesNaming(context, base, publicDir, lang, term);
    if (!expected.length) fail(`no article on /${lang}/ names "${term}", so the test proves nothing`);
    const { page, problems } = await openWatched(context, `${base}${lang}/`, { waitUntil: "load" });
    await page.click("#site-search");
    await page.keyboard.type(term);
    await Promise.all([page.waitForNavigation({ waitUntil: "load" }), page.keyboard.press("Enter")]);
    const landed = new URL(page.url());
    if (!landed.pathname.endsWith(`/${lang}/search/`) || landed.searchParams.get("q") !== term) {
      fail(`the search form leads to ${landed.pathname}${landed.search}, not /${lang}/search/?q=${term}`);
    }
    let found = [];
    try {
      await page.waitForSelector(".pagefind-ui__result-link", { timeout: 10000 });
      await page.waitForTimeout(300);
      found = await page.$$eval(".pagefind-ui__result-link", (as) => as.map((a) => new URL(a.href).pathname));
    } catch {
      const message = await page.$eval(".pagefind-ui__message", (m) => m.textContent).catch(() => "no Pagefind interface");
      fail(`no results shown within 10 s (${message})`);
    }
    for (const want of expected) if (!found.includes(want)) fail(`results do not include ${want}; they are: ${found.join(", ") || "none"}`);
    for (const got of found) if (!got.includes(`/${lang}/`)) fail(`result ${got} is not in ${lang}`);
    const input = await page.$eval(".pagefind-ui__search-input", (i) => i.value).catch(() => null);
    if (input !== term) fail(`Pagefind's search box shows "${input}", not "${term}"`);
    await page.setViewportSize({ width: 390, height: 844 });
    const wide = await page.evaluate(() => document.scrollingElement.scrollWidth - innerWidth);
    if (wide > 0) fail(`with results, at 390px the page scrolls sideways by ${wide}px`);
    problems.forEach(fail);
    if (!failures.lines.some((l) => l.startsWith(where))) console.log(`  ${lang}: "${term}" finds all ${expected.length} articles naming it among ${found.length} results`);
    await context.close();
    if (VARIANTS[lang] && terms === TERMS) await checkVariant(browser, base, lang, VARIANTS[lang], found, failures);
  }
  if (terms === TERMS) await checkSearchPage(browser, base, langs, failures, terms);
}

async function resultsFor(page, url) {
  await page.goto(url, { waitUntil: "load" });
  try {
    await page.waitForSelector(".pagefind-ui__result-link", { timeout: 10000 });
    await page.waitForTimeout(300);
    return await page.$$eval(".pagefind-ui__result-link", (as) => as.map((a) => new URL(a.href).pathname));
  } catch {
    return [];
  }
}

// A spelling the site declares as the same word finds the same articles.
async function checkVariant(browser, base, lang, variant, found, failures) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const got = await resultsFor(page, `${base}${lang}/search/?q=${encodeURIComponent(variant)}`);
  const missing = found.filter((p) => !got.includes(p));
  if (missing.length) failures.add(`${lang} search "${variant}"`, `finds ${got.length} results but not ${missing.join(", ")}, which "${TERMS[lang]}" finds`);
  else console.log(`  ${lang}: the declared spelling "${variant}" finds the same ${found.length} results`);
  await context.close();
}

// The search page as the site's own: one search box, the site's type, sizes and colours in
// both schemes and both widths, right to left in Arabic, the result count phrased by the
// theme, and a language switcher that keeps the query.
async function checkSearchPage(browser, base, langs, failures, terms) {
  for (const lang of langs) {
    for (const scheme of ["light", "dark"]) {
      for (const width of [1280, 390]) {
        const where = `${lang} search page ${width}px ${scheme}`;
        const fail = (m) => failures.add(where, m);
        const context = await browser.newContext({ viewport: { width, height: 900 }, colorScheme: scheme });
        const page = await context.newPage();
        const found = await resultsFor(page, `${base}${lang}/search/?q=${encodeURIComponent(terms[lang])}`);
        if (!found.length) { fail("no results to inspect"); await context.close(); continue; }
        const look = await page.evaluate(() => {
          const css = (el) => getComputedStyle(el);
          // The colour a site variable computes to, as a browser writes it.
          const variable = (name, property) => {
            const probe = document.createElement("span");
            probe.style.setProperty(property, `var(${name})`);
            document.body.appendChild(probe);
            const value = css(probe).getPropertyValue(property);
            probe.remove();
            return value;
          };
          const excerpt = document.querySelector(".pagefind-ui__result-excerpt");
          const mark = document.querySelector(".pagefind-ui__result-excerpt mark");
          const input = document.querySelector(".pagefind-ui__search-input");
          const message = document.querySelector(".pagefind-ui__message");
          return {
            boxes: Array.from(document.querySelectorAll("input[type=search], input.pagefind-ui__search-input")).filter((i) => i.getClientRects().length > 0).length,
            bodyFont: css(document.body).fontFamily,
            excerptFont: css(excerpt).fontFamily,
            excerptSize: parseFloat(css(excerpt).fontSize),
            bodySize: parseFloat(css(document.body).fontSize),
            markBg: mark ? css(mark).backgroundColor : null,
            accentSoft: variable("--accent-soft", "background-color"),
            inputBg: css(input).backgroundColor,
            surface: variable("--surface", "background-color"),
            inputColor: css(input).color,
            text: variable("--text", "color"),
            excerptDir: css(excerpt).direction,
            messageDir: css(message).direction,
            pageDir: document.documentElement.dir,
            message: message.textContent.trim(),
          };
        });
        if (look.boxes !== 1) fail(`${look.boxes} search boxes are shown, not one`);
        if (look.excerptFont !== look.bodyFont) fail(`excerpts are set in ${look.excerptFont}, not the site's ${look.bodyFont}`);
        if (look.excerptSize < Math.min(16, look.bodySize)) fail(`excerpts are ${look.excerptSize}px, smaller than 16px`);
        if (look.markBg !== look.accentSoft) fail(`matched words are highlighted in ${look.markBg}, not the site's ${look.accentSoft}`);
        if (look.inputBg !== look.surface) fail(`the search box is ${look.inputBg}, not the site's surface ${look.surface}`);
        if (look.inputColor !== look.text) fail(`the search box text is ${look.inputColor}, not the site's ${look.text}`);
        if (look.excerptDir !== look.pageDir || look.messageDir !== look.pageDir) fail(`results run ${look.excerptDir}, the message ${look.messageDir}, on a ${look.pageDir} page`);
        if (!look.message.includes(terms[lang])) fail(`the result count "${look.message}" does not name the search`);
        // Arabic: "3 نتائج ل بوينج" is Pagefind's; a preposition stands attached to its noun.
        if (lang === "ar" && /(^|\s)ل\s/.test(look.message)) fail(`the result count "${look.message}" has a detached ل`);
        if (width === 1280 && scheme === "light") {
          const other = await page.$$eval(".switcher a[hreflang]", (as) => as.map((a) => ({ href: a.href, lang: a.hreflang })));
          if (!other.length) fail("no language switcher link");
          for (const { href, lang: to } of other) {
            if (new URL(href).searchParams.get("q") !== terms[lang]) fail(`the switcher's link to ${to} drops the query: ${href}`);
          }
          if (other.length) {
            await Promise.all([page.waitForNavigation({ waitUntil: "load" }), page.click(`.switcher a[hreflang="${other[0].lang}"]`)]);
            await page.waitForSelector(".pagefind-ui__search-input", { timeout: 10000 }).catch(() => {});
            await page.waitForTimeout(500);
            const kept = await page.$eval(".pagefind-ui__search-input", (i) => i.value).catch(() => null);
            if (kept !== terms[lang]) fail(`after switching to ${other[0].lang}, the search box shows "${kept}", not "${terms[lang]}"`);
          }
        }
        if (!failures.lines.some((l) => l.startsWith(where))) console.log(`  ${where}: one box, site type and colours, "${look.message}"`);
        await context.close();
      }
    }
  }
}
