// Lighthouse (mobile defaults: emulated phone, simulated slow 4G and CPU) on each language's home
// page, in Debian's chromium: each category must score at least 95. Scores go to docs/lighthouse.md.
import fs from "node:fs";
import path from "node:path";
import { spawnSync } from "node:child_process";
import lighthouse from "lighthouse";
import * as chromeLauncher from "chrome-launcher";
import { BROWSER_FLAGS, executablePath } from "../browser.mjs";

export const CATEGORIES = ["performance", "accessibility", "best-practices", "seo"];
export const MIN_SCORE = 95;

/// Scores of each target page of the site served at `origin` (at the host root, where Lighthouse
/// looks for robots.txt).
export async function lighthouseScores(origin, targets) {
  const chrome = await chromeLauncher.launch({
    chromePath: executablePath(),
    chromeFlags: BROWSER_FLAGS.filter((f) => f !== "--headless").concat("--headless=new"),
    logLevel: "silent",
  });
  const results = [];
  try {
    for (const target of targets) {
      const run = await lighthouse(`${origin}/${target}`, { port: chrome.port, output: "json", logLevel: "error", onlyCategories: CATEGORIES });
      const lhr = run.lhr;
      if (lhr.runtimeError) throw new Error(`Lighthouse on /${target}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
      const scores = Object.fromEntries(CATEGORIES.map((c) => [c, Math.round((lhr.categories[c].score ?? 0) * 100)]));
      // What cost points: audits of each category that count and did not pass.
      const lost = Object.fromEntries(CATEGORIES.map((c) => [c, lhr.categories[c].auditRefs
        .filter((r) => r.weight > 0 && lhr.audits[r.id].score !== null && lhr.audits[r.id].score < 1)
        .map((r) => `${r.id} (${lhr.audits[r.id].displayValue || lhr.audits[r.id].title})`)]));
      results.push({ target, scores, lost, version: lhr.lighthouseVersion, browser: lhr.environment.hostUserAgent });
    }
  } finally {
    await chrome.kill();
  }
  return results;
}

export async function checkLighthouse(origin, targets, docFile, failures) {
  const results = await lighthouseScores(origin, targets);
  for (const { target, scores, lost } of results) {
    console.log(`  /${target}: ${CATEGORIES.map((c) => `${c} ${scores[c]}`).join(", ")}`);
    for (const c of CATEGORIES) {
      if (scores[c] < MIN_SCORE) failures.add(`/${target}`, `${c} scores ${scores[c]}, below ${MIN_SCORE}; failing audits: ${lost[c].join(", ") || "none (timing)"}`);
    }
  }
  if (docFile) writeDoc(docFile, results);
}

function writeDoc(file, results) {
  const chromium = spawnSync(executablePath(), ["--version"], { encoding: "utf8" }).stdout?.trim() || "chromium";
  const rows = results.map(({ target, scores }) => `| \`/${target}\` | ${CATEGORIES.map((c) => scores[c]).join(" | ")} |`);
  const text = `# Lighthouse scores

Written by the browser checks (\`cd tests/browser && node run.mjs ../../public\`, or
\`--only=lighthouse\`) from their last run; every score must be at least ${MIN_SCORE} or the run fails.
Lighthouse ${results[0]?.version} with its mobile defaults (an emulated phone, simulated slow 4G
and 4× slower CPU), in ${chromium}, on the site built as it is published: with \`--base-url\`
(here the local server's address; see \`tests/browser/published.mjs\`). Without a base URL the hreflang links are relative, which
Lighthouse's SEO audit rejects (Google wants absolute alternate URLs): SEO would score 91.

| Page | Performance | Accessibility | Best practices | SEO |
|------|-------------|---------------|----------------|-----|
${rows.join("\n")}
`;
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, text);
  console.log(`  scores written to ${path.relative(process.cwd(), file)}`);
}
