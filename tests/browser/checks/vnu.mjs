// The W3C Nu HTML Checker (vnu-jar, run with Java) over every HTML page of the site, in one run:
// errors fail, warnings are counted and shown.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import zlib from "node:zlib";
import vnu from "vnu-jar";
import { htmlFiles } from "../site.mjs";

export async function checkVnu(publicDir, failures, files = htmlFiles(publicDir), label = "") {
  const java = process.env.JAVA || "java";
  const run = spawnSync(java, ["-Xss4m", "-jar", String(vnu), "--format", "json", "--stdout", ...files], {
    encoding: "utf8", maxBuffer: 64 * 1024 * 1024,
  });
  if (run.error) throw new Error(`cannot run ${java}: ${run.error.message} (install a Java runtime, e.g. apt-get install default-jre-headless)`);
  let messages;
  try {
    messages = JSON.parse(run.stdout).messages;
  } catch {
    throw new Error(`vnu gave no JSON report (exit ${run.status}):\n${run.stdout}\n${run.stderr}`);
  }
  const where = (m) => `${label}${path.relative(publicDir, new URL(m.url).pathname)}${m.lastLine ? `:${m.lastLine}:${m.lastColumn}` : ""}`;
  let warnings = 0;
  for (const m of messages) {
    if (m.type === "info") { warnings++; continue; }
    failures.add(where(m), `${m.type}: ${m.message}${m.extract ? `\n    ${m.extract.replace(/\s+/g, " ").trim()}` : ""}`);
  }
  console.log(`  ${label}${files.length} pages checked, ${warnings} warnings`);
  for (const m of messages.filter((x) => x.type === "info").slice(0, 10)) console.log(`  warning ${where(m)}: ${m.message}`);
}

// A PNG of `width`×`height` in two colours, made here so the check needs no image file or tool.
function png(width, height) {
  const chunk = (type, data) => {
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(zlib.crc32(body) >>> 0);
    return Buffer.concat([length, body, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8); // 8-bit RGB
  const rows = [];
  for (let y = 0; y < height; y++) {
    const row = Buffer.alloc(1 + width * 3);
    for (let x = 0; x < width; x++) row.set(x < width / 2 ? [30, 90, 110] : [220, 200, 150], 1 + x * 3);
    rows.push(row);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header),
    chunk("IDAT", zlib.deflateSync(Buffer.concat(rows))),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

// The briefing has no photographs, so the markup steppe writes for an image (`<picture>`,
// `srcset`, `sizes`, `width`, `height`) is validated on a site made for it: `steppe init`, one
// article with an image in its body, built and handed to the Nu HTML Checker.
export async function checkVnuOnImages(steppe, failures) {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "steppe-images-"));
  try {
    const root = path.join(tmp, "site");
    const init = spawnSync(steppe, ["init", root, "--languages", "en,fr"], { encoding: "utf8" });
    if (init.status !== 0) throw new Error(`steppe init failed: ${init.stderr}`);
    fs.mkdirSync(path.join(root, "content/media"), { recursive: true });
    fs.writeFileSync(path.join(root, "content/media/field.png"), png(1200, 700));
    fs.writeFileSync(path.join(root, "content/media/field.png.yaml"),
      'credit: "Check image"\nalt:\n  en: "Two colour fields side by side"\n');
    fs.writeFileSync(path.join(root, "content/articles/picture.en.md"),
      "---\ntitle: A picture\ndate: 2026-12-02\nsummary: An article with an image.\ntopics: [getting-started]\n---\n\n" +
      "Text before the image.\n\n![Two colour fields](field.png \"Two fields\")\n\nText after it.\n");
    const out = path.join(tmp, "public");
    const build = spawnSync(steppe, ["build", "--root", root, "--output", out], { encoding: "utf8" });
    if (build.status !== 0) throw new Error(`steppe build of the image site failed: ${build.stderr}`);
    const page = path.join(out, "en/articles/picture/index.html");
    const html = fs.readFileSync(page, "utf8");
    for (const attribute of ["srcset=", "sizes=", "width=", "height="]) {
      if (!html.includes(attribute)) failures.add("image site: en/articles/picture/", `no ${attribute} on the article's image`);
    }
    await checkVnu(out, failures, [page], "image site: ");
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}
