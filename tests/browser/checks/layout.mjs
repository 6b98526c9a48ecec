// The layout as measured in the browser, on a phone (390 px) and a desktop (1280 px), in each
// language (issue 19): nothing wider than the viewport, the navigation on one row on a desktop
// and a compact header on a phone that works without JavaScript, chart text between 12 px and
// the body size, a deals table whose every cell can be seen, chart segments at 3:1 against their
// background in the light and the dark scheme, a 404 page with a way on, whole chooser cards as
// links. Each rule is a number read from the page, so a failure says by how much.

export const WIDTHS = { phone: { width: 390, height: 844 }, desktop: { width: 1280, height: 900 } };
const MAX_PHONE_HEADER = 120;
const MIN_CHART_TEXT = 12;
const MIN_SEGMENT_CONTRAST = 3;

/// Runs the layout checks over `targets` ({ lang, kind, url } relative to `base`; kind "root" is
/// the language chooser), at both widths, then the colour and no-script checks.
export async function checkLayout(browser, base, targets, failures, widths = WIDTHS) {
  for (const [name, viewport] of Object.entries(widths)) {
    const context = await browser.newContext({ viewport });
    const page = await context.newPage();
    for (const target of targets) {
      const fail = (m) => failures.add(`${target.lang} ${target.kind} /${target.url} at ${viewport.width}px`, m);
      // The chooser sends a returning reader to the language they read last (stored by site.js
      // on the pages before it): measure it as a first-time reader meets it.
      const fresh = target.kind === "root" ? await browser.newContext({ viewport }) : null;
      const tab = fresh ? await fresh.newPage() : page;
      await open(tab, base + target.url, target.kind);
      await measurePage(tab, target, viewport, name, fail);
      await fresh?.close();
    }
    await context.close();
  }
  for (const colorScheme of ["light", "dark"]) {
    const context = await browser.newContext({ viewport: WIDTHS.desktop, colorScheme });
    const page = await context.newPage();
    for (const target of targets.filter((t) => t.kind === "deals")) {
      await open(page, base + target.url, target.kind);
      await measureContrast(page, (m) => failures.add(`${target.lang} deals /${target.url} (${colorScheme})`, m));
    }
    await context.close();
  }
  // The phone menu must open without JavaScript: a reader may have it off, or the script may fail.
  const context = await browser.newContext({ viewport: WIDTHS.phone, javaScriptEnabled: false });
  const page = await context.newPage();
  for (const target of targets.filter((t) => t.kind === "home")) {
    await open(page, base + target.url, target.kind);
    await measureMenuWithoutScript(page, (m) => failures.add(`${target.lang} home /${target.url} at 390px, no JavaScript`, m));
  }
  await context.close();
}

async function open(page, url, kind) {
  // The 404 page finds the site root by fetching; wait for it, and for fonts, before measuring.
  await page.goto(url, { waitUntil: kind === "404" ? "networkidle" : "load" });
  await page.evaluate(() => document.fonts.ready);
}

async function measurePage(page, { kind }, viewport, name, fail) {
  const wide = await page.evaluate(() => {
    const inner = window.innerWidth;
    const width = document.scrollingElement.scrollWidth;
    if (width <= inner) return null;
    let first = null;
    for (const el of document.body.querySelectorAll("*")) {
      const r = el.getBoundingClientRect();
      if (r.width && (r.right > inner + 1 || r.left < -1)) {
        first = `${el.tagName.toLowerCase()}${el.classList.length ? "." + el.classList[0] : ""} (${Math.round(r.left)}..${Math.round(r.right)})`;
        break;
      }
    }
    return { width, inner, first };
  });
  if (wide) fail(`the page is ${wide.width} px wide, wider than the ${wide.inner} px viewport${wide.first ? `; first element outside: ${wide.first}` : ""}`);
  await measureHeader(page, name, kind, fail);
  if (kind === "deals") {
    await measureChartText(page, fail);
    await measureTable(page, fail);
  }
  if (kind === "404") await measureNotFound(page, fail);
  if (kind === "root") await measureChooser(page, fail);
}

async function measureHeader(page, name, kind, fail) {
  const header = await page.evaluate(() => {
    const el = document.querySelector(".site-header");
    if (!el) return null;
    const items = Array.from(el.querySelectorAll(".site-nav li")).filter((li) => li.getClientRects().length);
    const rows = new Set(items.map((li) => Math.round(li.getBoundingClientRect().top)));
    return { height: Math.round(el.getBoundingClientRect().height), items: items.length, rows: rows.size };
  });
  // The root chooser is the one page without a site header; anywhere else its absence is a
  // failure, not a page with nothing to measure. The 404 page's header has no topic navigation
  // (it serves every language), but its height on a phone still counts.
  if (!header) {
    if (kind !== "root") fail("the page has no site header");
    return;
  }
  if (name === "desktop") {
    if (header.items === 0 && kind !== "404") fail("the navigation shows no links on a desktop");
    else if (header.rows > 1) fail(`the navigation takes ${header.rows} rows, expected one`);
  } else if (header.height > MAX_PHONE_HEADER) {
    fail(`the header is ${header.height} px tall, more than ${MAX_PHONE_HEADER} px`);
  }
}

// Every piece of text in the chart, at the size it is drawn: SVG text scales with its viewBox,
// so its font size is multiplied by the SVG's scale on screen.
async function measureChartText(page, fail) {
  const sizes = await page.evaluate(() => {
    const figure = document.querySelector(".chart-figure");
    if (!figure) return null;
    const body = parseFloat(getComputedStyle(document.body).fontSize);
    const out = [];
    const walker = document.createTreeWalker(figure, NodeFilter.SHOW_TEXT);
    while (walker.nextNode()) {
      const text = walker.currentNode.textContent.trim();
      const el = walker.currentNode.parentElement;
      if (!text || !el || el.closest("title") || !el.getClientRects().length) continue;
      let size = parseFloat(getComputedStyle(el).fontSize);
      if (el instanceof SVGElement && el.getScreenCTM) {
        const m = el.getScreenCTM();
        size *= Math.hypot(m.a, m.b);
      }
      out.push({ text: text.slice(0, 40), size: Math.round(size * 10) / 10 });
    }
    return { body, out };
  });
  if (!sizes) return fail("no chart (.chart-figure) on the deals page");
  if (!sizes.out.length) return fail("the chart shows no text");
  const small = sizes.out.filter((s) => s.size < MIN_CHART_TEXT);
  const large = sizes.out.filter((s) => s.size > sizes.body + 0.05);
  const list = (xs) => xs.slice(0, 3).map((s) => `"${s.text}" ${s.size} px`).join(", ");
  if (small.length) fail(`${small.length} chart texts are smaller than ${MIN_CHART_TEXT} px: ${list(small)}`);
  if (large.length) fail(`${large.length} chart texts are larger than the ${sizes.body} px body text: ${list(large)}`);
}

// Every cell of the deals table must lie inside the viewport and inside the box that holds the
// table, with its content not cut: a table that needs sideways scrolling hides columns.
async function measureTable(page, fail) {
  const t = await page.evaluate(() => {
    const table = document.querySelector(".deals-table");
    if (!table) return null;
    const box = table.parentElement;
    const boxRect = box.getBoundingClientRect();
    const inner = document.documentElement.clientWidth;
    const heads = Array.from(table.tHead ? table.tHead.rows[0].cells : []).map((c) => c.textContent.trim());
    const hidden = new Map();
    let cut = 0;
    for (const row of table.tBodies[0].rows) {
      Array.from(row.cells).forEach((cell, i) => {
        const r = cell.getBoundingClientRect();
        if (!r.width && !r.height) return;
        const out = Math.max(r.right - Math.min(inner, boxRect.right), Math.max(0, boxRect.left) - r.left);
        if (out > 1) hidden.set(heads[i] || `column ${i + 1}`, Math.max(hidden.get(heads[i] || `column ${i + 1}`) || 0, Math.round(out)));
        if (cell.scrollWidth > cell.clientWidth + 1) cut++;
      });
    }
    return { overflow: box.scrollWidth - box.clientWidth, hidden: [...hidden], cut, rows: table.tBodies[0].rows.length };
  });
  if (!t) return fail("no deals table on the deals page");
  if (!t.rows) return fail("the deals table has no rows");
  if (t.overflow > 1) fail(`the deals table is ${t.overflow} px wider than its box: it scrolls sideways`);
  if (t.hidden.length) fail(`deals table cells outside the visible box: ${t.hidden.map(([c, px]) => `${c} by ${px} px`).join(", ")}`);
  if (t.cut) fail(`${t.cut} deals table cells cut their content`);
}

function relativeLuminance([r, g, b]) {
  const lin = (c) => { c /= 255; return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4; };
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

export function contrast(a, b) {
  const [x, y] = [relativeLuminance(a), relativeLuminance(b)].sort((p, q) => q - p);
  return (x + 0.05) / (y + 0.05);
}

// Each bar segment's colour (SVG fill and opacity, or an HTML background) composited over the
// first opaque background behind it, and the contrast of the two.
async function measureContrast(page, fail) {
  const segments = await page.evaluate(() => {
    const parse = (c) => {
      const m = c && c.match(/rgba?\(([^)]+)\)/);
      if (!m) return null;
      const p = m[1].split(/[\s,/]+/).filter(Boolean).map(Number);
      return [p[0], p[1], p[2], p.length > 3 ? p[3] : 1];
    };
    const over = (top, under) => top.slice(0, 3).map((c, i) => c * top[3] + under[i] * (1 - top[3])).concat(1);
    const behind = (el) => {
      const layers = [];
      for (let e = el.parentElement; e; e = e.parentElement) {
        const c = parse(getComputedStyle(e).backgroundColor);
        if (c && c[3] > 0) { layers.push(c); if (c[3] >= 1) break; }
      }
      return layers.reduceRight((acc, c) => over(c, acc), [255, 255, 255, 1]);
    };
    return Array.from(document.querySelectorAll(".chart-figure .chart-bar, .chart-figure .chart-range")).map((el) => {
      const s = getComputedStyle(el);
      let color;
      if (el instanceof SVGElement) {
        color = parse(s.fill);
        if (color) color[3] *= parseFloat(s.fillOpacity) * parseFloat(s.opacity);
      } else {
        color = parse(s.backgroundColor);
        if (color) color[3] *= parseFloat(s.opacity);
      }
      const bg = behind(el);
      return { kind: el.classList.contains("chart-range") ? "range" : "bar", color: color && over(color, bg), bg };
    });
  });
  if (!segments.length) return fail("the chart has no bar segments (.chart-bar, .chart-range)");
  const seen = new Set();
  for (const s of segments) {
    if (!s.color) { fail(`a ${s.kind} segment has no colour the check can read`); continue; }
    const ratio = contrast(s.color, s.bg);
    const key = `${s.kind} ${s.color.map(Math.round).join(",")}`;
    if (ratio < MIN_SEGMENT_CONTRAST && !seen.has(key)) {
      seen.add(key);
      fail(`a ${s.kind} segment has contrast ${ratio.toFixed(2)}:1 against its background, less than ${MIN_SEGMENT_CONTRAST}:1 (rgb ${s.color.slice(0, 3).map(Math.round).join(" ")} on ${s.bg.slice(0, 3).map(Math.round).join(" ")})`);
    }
  }
}

const visibleLinks = (page) => page.evaluate(() => Array.from(document.querySelectorAll(".site-nav a")).map((a) => {
  const r = a.getBoundingClientRect();
  const s = getComputedStyle(a);
  return r.width > 0 && r.height > 0 && r.left >= -1 && r.right <= innerWidth + 1 && s.visibility !== "hidden";
}));

async function measureMenuWithoutScript(page, fail) {
  let shown = await visibleLinks(page);
  if (!shown.length) return fail("the page has no navigation links");
  if (shown.every(Boolean)) return;
  // A collapsed menu: its toggle must open it with no script.
  const toggle = await page.$(".site-header summary") || await page.$(".site-header a[href^='#']:not(.skip-link)");
  if (!toggle) return fail(`${shown.filter((v) => !v).length} of ${shown.length} navigation links are hidden and the header has no menu toggle`);
  await toggle.click();
  shown = await visibleLinks(page);
  const hidden = shown.filter((v) => !v).length;
  if (hidden) fail(`${hidden} of ${shown.length} navigation links stay hidden after opening the menu`);
}

// The 404 page is a way on in every language: the site header, and in each language's section a
// search box and links to that language's topics.
async function measureNotFound(page, fail) {
  const found = await page.evaluate(() => ({
    header: !!document.querySelector(".site-header"),
    sections: Array.from(document.querySelectorAll("main section[lang]")).map((s) => ({
      lang: s.getAttribute("lang"),
      search: !!s.querySelector("input[type=search]"),
      topics: Array.from(s.querySelectorAll("a[href]")).filter((a) => new URL(a.href).pathname.includes(`/${s.getAttribute("lang")}/topics/`)).length,
    })),
  }));
  if (!found.header) fail("the 404 page has no site header");
  if (!found.sections.length) fail("the 404 page has no section per language");
  for (const s of found.sections) {
    if (!s.search) fail(`the 404 section in ${s.lang} has no search box`);
    if (s.topics < 2) fail(`the 404 section in ${s.lang} links ${s.topics} topic pages, expected its topics`);
  }
}

// A click anywhere on a chooser card, its description and padding included, must follow a link.
async function measureChooser(page, fail) {
  const misses = await page.evaluate(() => Array.from(document.querySelectorAll(".choices > li")).flatMap((li) => {
    li.scrollIntoView({ block: "center" });
    const r = li.getBoundingClientRect();
    const p = li.querySelector("p")?.getBoundingClientRect();
    const points = [[r.left + 4, r.top + 4], [r.right - 4, r.bottom - 4]];
    if (p) points.push([p.left + p.width / 2, p.top + p.height / 2]);
    return points.filter(([x, y]) => !document.elementFromPoint(x, y)?.closest("a[href]"))
      .map(([x, y]) => `${li.getAttribute("lang")} card at (${Math.round(x)}, ${Math.round(y)}) hits ${document.elementFromPoint(x, y)?.tagName.toLowerCase()}`);
  }));
  if (misses.length) fail(`clicks on the chooser cards that follow no link: ${misses.slice(0, 4).join("; ")}${misses.length > 4 ? ` and ${misses.length - 4} more` : ""}`);
}
