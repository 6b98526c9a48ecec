// Site search as a reader uses it: type a word in the header's search box, press Enter, and see
// the articles that name it among Pagefind's results, in each language, under a sub-path.
import fs from "node:fs";
import path from "node:path";
import { openWatched } from "./pages.mjs";
import { pageFolders } from "../site.mjs";

export const TERMS = { en: "Boeing", fr: "Boeing", ar: "بوينج" };

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
  }
}
