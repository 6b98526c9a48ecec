// The W3C Nu HTML Checker (vnu-jar, run with Java) over every HTML page of the site, in one run:
// errors fail, warnings are counted and shown.
import { spawnSync } from "node:child_process";
import path from "node:path";
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
