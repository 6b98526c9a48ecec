// axe-core in the browser on every kind of page, in the light and the dark colour scheme:
// any violation (WCAG 2.x A/AA and axe's best practices) fails.
import { createRequire } from "node:module";
import { TERMS } from "./search.mjs";

const axePath = createRequire(import.meta.url).resolve("axe-core/axe.min.js");

export async function checkAxe(browser, base, targets, failures) {
  for (const colorScheme of ["light", "dark"]) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, colorScheme });
    const page = await context.newPage();
    for (const { lang, kind, url } of targets) {
      // The search page is checked with results on it, so Pagefind's markup is checked too.
      const query = kind === "search" ? `?q=${encodeURIComponent(TERMS[lang])}` : "";
      await page.goto(base + url + query, { waitUntil: "load" });
      if (kind === "search") await page.waitForSelector(".pagefind-ui__result-link", { timeout: 10000 }).catch(() => {});
      await page.addScriptTag({ path: axePath });
      const violations = await page.evaluate(async () => {
        const result = await window.axe.run(document, { resultTypes: ["violations"] });
        return result.violations.map((v) => ({
          id: v.id, impact: v.impact, help: v.help,
          nodes: v.nodes.map((n) => `${n.target.join(" ")}${n.failureSummary ? ` — ${n.failureSummary.split("\n").slice(1).join(" ").trim()}` : ""}`),
        }));
      });
      for (const v of violations) {
        failures.add(`${lang} ${kind} /${url}${query} (${colorScheme})`, `${v.id} (${v.impact}): ${v.help}\n    ${v.nodes.slice(0, 5).join("\n    ")}${v.nodes.length > 5 ? `\n    … and ${v.nodes.length - 5} more` : ""}`);
      }
    }
    await context.close();
  }
}
