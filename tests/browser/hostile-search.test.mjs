// Hostile text through the search box (issue 10): an article whose title, summary and body carry
// script, event-handler and iframe payloads is built with its search index, and Pagefind's
// interface shows it as a result. The payload must appear as text and never run or become
// an element.
//   cargo build --release && cd tests/browser && node hostile-search.test.mjs
// Exits 1 when a payload runs or turns into markup.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { execFileSync } from "node:child_process";
import { launch } from "./browser.mjs";
import { fixtureSite, STEPPE } from "./serve-process.mjs";
import { startServer } from "./static-server.mjs";

const PAYLOAD = `</title><script>window.__ran("script")</script><img src=x onerror="window.__ran('img')"> ` +
  `<svg onload="window.__ran('svg')"></svg><iframe src="javascript:window.parent.__ran('iframe')"></iframe> "><b>bold</b>`;
const LIVE = "#search script, #search img, #search svg, #search iframe, #search b";

const root = fixtureSite("trilingual");
const article = path.join(root, "content/articles/accord.en.md");
const yamlText = (s) => JSON.stringify(s);
fs.writeFileSync(
  article,
  fs.readFileSync(article, "utf8")
    .replace('title: "Aircraft order signed"', `title: ${yamlText(`Zanzibarite order ${PAYLOAD}`)}`)
    .replace('summary: "An order for Boeing 787-9 aircraft."', `summary: ${yamlText(`Summary ${PAYLOAD}`)}`)
    .replace("The order is worth", `Zanzibarite ${PAYLOAD} The order is worth`),
);
const out = fs.mkdtempSync(path.join(os.tmpdir(), "steppe-hostile-"));
execFileSync(STEPPE, ["build", "--root", root, "--output", out], { stdio: ["ignore", "ignore", "inherit"] });

const { server, origin, prefix } = await startServer(out, "/briefing/");
const browser = await launch();
const failures = [];
try {
  const page = await browser.newPage();
  const ran = [];
  await page.exposeFunction("__ran", (what) => ran.push(what));
  page.on("dialog", (d) => { ran.push(`dialog: ${d.message()}`); d.dismiss(); });
  await page.goto(`${origin}${prefix}en/search/?q=Zanzibarite`, { waitUntil: "load" });
  await page.waitForSelector(".pagefind-ui__result-link", { timeout: 10000 });
  // Pagefind fills in the excerpt after the title; give it and any payload time to act.
  await page.waitForTimeout(1000);
  const title = await page.$eval(".pagefind-ui__result-link", (a) => a.textContent);
  const excerpt = await page.$eval(".pagefind-ui__result-excerpt", (p) => p.textContent).catch(() => "");
  const live = await page.$$eval(LIVE, (nodes) => nodes.map((n) => n.outerHTML.slice(0, 80)));
  if (!title.includes("<script>")) failures.push(`the result title does not show the payload as text: ${title}`);
  if (!excerpt.includes("Zanzibarite")) failures.push(`the excerpt does not show the matched text: ${excerpt}`);
  if (live.length) failures.push(`payload became elements in the results: ${live.join(" | ")}`);
  if (ran.length) failures.push(`payload ran: ${ran.join(", ")}`);
  if (!failures.length) console.log(`ok the payload shows as text in the result title and excerpt and never runs`);
} finally {
  await browser.close();
  server.close();
  fs.rmSync(root, { recursive: true, force: true });
  fs.rmSync(out, { recursive: true, force: true });
}
for (const f of failures) console.error(`FAIL ${f}`);
process.exit(failures.length ? 1 : 0);
