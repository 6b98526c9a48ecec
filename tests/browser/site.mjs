// What the checks visit: the kinds of page of a built steppe site, found in its output folder
// so a new article or topic needs no change here.
import fs from "node:fs";
import path from "node:path";

export const LANGS = ["en", "fr", "ar"];
export const DIR = { en: "ltr", fr: "ltr", ar: "rtl" };

// A URL no site has, to reach the host's 404 page inside each language.
export const MISSING = "no-such-page/";

/// Whether a built page is an `aliases` redirect to another URL rather than a page of its own.
export function isRedirect(file) {
  return /<meta [^>]*http-equiv=refresh/.test(fs.readFileSync(file, "utf8"));
}

/// The folders under `dir` that hold a page of their own (redirects left out), sorted.
export function pageFolders(dir) {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir)
    .filter((n) => fs.existsSync(path.join(dir, n, "index.html")) && !isRedirect(path.join(dir, n, "index.html")))
    .sort();
}

function firstSubfolder(dir, prefer) {
  const names = pageFolders(dir);
  if (prefer && names.includes(prefer)) return prefer;
  return names[0] || null;
}

/// Every kind of page of one language, as { kind, url } with url relative to the site root.
export function pageKinds(publicDir, lang) {
  const topic = firstSubfolder(path.join(publicDir, lang, "topics"), "abraham-accords");
  const article = firstSubfolder(path.join(publicDir, lang, "articles"));
  const kinds = [
    { kind: "home", url: `${lang}/` },
    { kind: "topics", url: `${lang}/topics/` },
    topic && { kind: "topic", url: `${lang}/topics/${topic}/` },
    { kind: "deals", url: `${lang}/topics/deals/` },
    article && { kind: "article", url: `${lang}/articles/${article}/` },
    { kind: "page", url: `${lang}/about/` },
    { kind: "timeline", url: `${lang}/timeline/` },
    { kind: "people", url: `${lang}/people/` },
    { kind: "search", url: `${lang}/search/` },
    { kind: "404", url: `${lang}/${MISSING}` },
  ];
  // A kind of page the site lacks is not skipped: its check then fails on a 404.
  return kinds.filter(Boolean);
}

/// Every HTML file under the folder, as paths.
export function htmlFiles(dir) {
  const out = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...htmlFiles(full));
    else if (entry.name.endsWith(".html")) out.push(full);
  }
  return out.sort();
}

/// Collects failures of one check, each a line naming the page and what is wrong.
export class Failures {
  constructor(check) { this.check = check; this.lines = []; }
  add(where, message) { this.lines.push(`${where}: ${message}`); }
  get ok() { return this.lines.length === 0; }
}
