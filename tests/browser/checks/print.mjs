// Printing: the deals page of each language prints to an A4 PDF of a sensible number of pages,
// with no navigation (checked in the PDF's text and in the print layout) and nothing cut off.
import fs from "node:fs";
import path from "node:path";
import { spawnSync } from "node:child_process";

// The deals page holds the text, a chart, an eight-row table, sources and a timeline: two pages at
// the least; more than eight means the layout broke (a blank page per row, a table one word wide).
export const PAGE_RANGE = { min: 2, max: 8 };
// A4 width minus the 16 mm side margins of the theme's @page rule, in CSS pixels.
const A4_CONTENT_PX = Math.floor(((210 - 2 * 16) / 25.4) * 96);
const CHROME = [".site-header", ".site-nav", ".switcher", ".search-form", ".skip-link", ".site-footer"];

export function countPdfPages(pdf) {
  return (pdf.toString("latin1").match(/\/Type\s*\/Page(?![a-zA-Z])/g) || []).length;
}

function pdfText(file) {
  const run = spawnSync("pdftotext", ["-enc", "UTF-8", file, "-"], { encoding: "utf8" });
  if (run.error) throw new Error(`cannot run pdftotext (apt-get install poppler-utils): ${run.error.message}`);
  return run.stdout;
}

export async function checkPrint(browser, base, langs, outDir, failures, page_ = "topics/deals/") {
  fs.mkdirSync(outDir, { recursive: true });
  for (const lang of langs) {
    const rel = `${lang}/${page_}`;
    const fail = (m) => failures.add(`${lang} print /${rel}`, m);
    const context = await browser.newContext({ viewport: { width: A4_CONTENT_PX, height: 1000 } });
    const page = await context.newPage();
    await page.goto(base + rel, { waitUntil: "load" });
    // What the navigation says on screen, to look for in the PDF.
    const chromeText = await page.evaluate(() => [
      document.querySelector(".skip-link")?.textContent,
      document.querySelector(".search-form button")?.textContent,
      ...Array.from(document.querySelectorAll(".switcher a"), (a) => a.textContent),
    ].filter(Boolean).map((t) => t.trim()));
    if (chromeText.length < 3) fail(`found only ${chromeText.length} navigation labels to look for; the check needs the skip link, search button and switcher`);

    const file = path.join(outDir, `print-${lang}-${page_.replace(/\/$/, "").replace(/\//g, "_")}.pdf`);
    const pdf = await page.pdf({ path: file, preferCSSPageSize: true, printBackground: true });
    const pages = countPdfPages(pdf);
    if (pages < PAGE_RANGE.min || pages > PAGE_RANGE.max) fail(`prints on ${pages} A4 pages, expected ${PAGE_RANGE.min} to ${PAGE_RANGE.max}`);
    const text = pdfText(file).replace(/\s+/g, " ");
    for (const label of chromeText) if (text.includes(label)) fail(`the PDF shows "${label}" from the navigation`);
    // A marker such as [1] already points to a numbered list on the page; a print note of its own
    // ([1][3]) would give the reader two numbers for one source. Read from the page as printed
    // (the notes exist between beforeprint and afterprint): the PDF's text of RTL pages is reordered.
    const doubled = await page.evaluate(() => {
      dispatchEvent(new Event("beforeprint"));
      const found = Array.from(document.querySelectorAll("a + .print-ref"), (ref) => ref.previousElementSibling.textContent.trim() + ref.textContent)
        .filter((t) => /^\[\d+\]\[\d+\]$/.test(t));
      dispatchEvent(new Event("afterprint"));
      return found;
    });
    if (doubled.length) fail(`${doubled.length} reference markers carry a second print note, as "${doubled[0]}"`);
    // One numbering: a number in brackets, whether a source marker of the table or a print note,
    // stands for one address only, the one the numbered source list or the notes give it.
    // Topic tags and linked names are navigation and get no note.
    const numbering = await page.evaluate(() => {
      dispatchEvent(new Event("beforeprint"));
      const meaning = {};
      const add = (n, href) => (meaning[n] ??= new Set()).add(href);
      document.querySelectorAll("ol.source-list > li").forEach((li, i) => { const a = li.querySelector("a[href]"); if (a) add(i + 1, a.href); });
      document.querySelectorAll("#main a[href]").forEach((a) => {
        const marker = /^\[(\d+)\]$/.exec(a.textContent.trim());
        if (marker) add(Number(marker[1]), a.href);
      });
      const notes = Array.from(document.querySelectorAll(".print-notes ol"));
      notes.forEach((ol) => Array.from(ol.children).forEach((li, i) => add(ol.start + i, li.textContent.trim())));
      const refs = Array.from(document.querySelectorAll("a + .print-ref"));
      refs.forEach((ref) => add(Number(ref.textContent.replace(/\D/g, "")), ref.previousElementSibling.href));
      const navigation = refs.filter((ref) => ref.previousElementSibling.matches(".tag, .name-link")).length;
      dispatchEvent(new Event("afterprint"));
      const clashes = Object.entries(meaning).filter(([, hrefs]) => hrefs.size > 1).map(([n, hrefs]) => `[${n}] → ${[...hrefs].join(" | ")}`);
      return { clashes, navigation, notes: refs.length };
    });
    if (numbering.clashes.length) fail(`${numbering.clashes.length} numbers stand for two addresses, as ${numbering.clashes[0]}`);
    if (numbering.navigation) fail(`${numbering.navigation} topic tags or linked names get a print note`);

    // The same layout as the PDF, inspected: navigation boxes gone, nothing wider than the page.
    await page.emulateMedia({ media: "print" });
    const layout = await page.evaluate((selectors) => ({
      shown: selectors.filter((s) => Array.from(document.querySelectorAll(s)).some((el) => el.getClientRects().length > 0)),
      width: document.scrollingElement.scrollWidth,
      inner: innerWidth,
    }), CHROME);
    for (const s of layout.shown) fail(`${s} is laid out when printing`);
    // Arabic print needs a larger body than Latin for its dots and marks: 12 to 13 pt.
    const bodyPt = await page.evaluate(() => {
      // The body text: the paragraph of the page with the most text.
      const longest = Array.from(document.querySelectorAll("#main p")).sort((a, b) => b.textContent.length - a.textContent.length)[0];
      return parseFloat(getComputedStyle(longest || document.body).fontSize) * 0.75;
    });
    if (lang === "ar" && (bodyPt < 12 || bodyPt > 13)) fail(`Arabic body text prints at ${bodyPt.toFixed(1)} pt, not 12 to 13 pt`);
    if (layout.width > layout.inner) fail(`printed content is ${layout.width}px wide, wider than the A4 text width (${layout.inner}px): it is shrunk or cut off`);
    console.log(`  ${lang}: ${pages} pages → ${path.relative(process.cwd(), file)}`);
    await context.close();
  }
}
