// Screenshots of each language's home page, desktop and mobile, for people to look at
// (tests/browser/screenshots/, git-ignored). Fails only if Arabic would render without its font.
import fs from "node:fs";
import path from "node:path";

export const VIEWPORTS = { desktop: { width: 1280, height: 900 }, mobile: { width: 390, height: 844 } };

export async function takeScreenshots(browser, base, targets, outDir, failures) {
  fs.mkdirSync(outDir, { recursive: true });
  for (const [name, viewport] of Object.entries(VIEWPORTS)) {
    const context = await browser.newContext({ viewport });
    const page = await context.newPage();
    for (const target of targets) {
      await page.goto(base + target, { waitUntil: "load" });
      await page.evaluate(() => document.fonts.ready);
      const file = path.join(outDir, `${target.replace(/\/$/, "").replace(/\//g, "_") || "root"}-${name}.png`);
      await page.screenshot({ path: file, fullPage: true });
      console.log(`  ${path.relative(process.cwd(), file)}`);
    }
    await context.close();
  }
  await checkArabicFont(browser, base, failures);
}

// A missing font falls back silently; compare the width of Arabic text set in the theme's Arabic
// font against the same text in the fallback alone.
async function checkArabicFont(browser, base, failures) {
  const page = await browser.newPage();
  await page.goto(`${base}ar/`, { waitUntil: "load" });
  const found = await page.evaluate(() => {
    const family = getComputedStyle(document.body).fontFamily.split(",")[0].trim().replace(/"/g, "");
    const width = (font) => {
      const span = document.createElement("span");
      span.textContent = "ملف العلاقات الأمريكية الكازاخستانية";
      span.style.font = `20px ${font}`;
      document.body.appendChild(span);
      const w = span.getBoundingClientRect().width;
      span.remove();
      return w;
    };
    return { family, installed: width(`"${family}", monospace`) !== width("monospace") };
  });
  if (!found.installed) failures.add("ar home", `the Arabic font "${found.family}" is not installed (apt-get install fonts-noto-core): Arabic falls back to another font`);
  await page.close();
}
