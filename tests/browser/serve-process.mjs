// Runs `steppe serve` on a free port for browser tests and benchmarks: copies a site into a
// temporary folder, starts the real binary, parses the address it prints, and collects its lines.
import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

export const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
export const STEPPE = process.env.STEPPE || path.join(REPO, "target/release/steppe");

// Same as tests/it/support.rs DEFAULT_CONFIG: the fixtures expect these topics.
const FIXTURE_CONFIG = `languages:
  - {code: en, name: English, locale: en-GB}
  - {code: fr, name: Français}
  - {code: ar, name: العربية}
title: {en: Briefing, fr: Dossier, ar: الموجز}
description: {en: Lede, fr: Chapeau, ar: مقدمة}
topics:
  - key: deals
    name: {en: Deals, fr: Accords, ar: الصفقات}
  - key: culture
    name: {en: Culture, fr: Culture, ar: الثقافة}
`;

/** A temporary copy of tests/fixtures/sites/<name> with the repository's theme. */
export function fixtureSite(name) {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), "steppe-serve-"));
  fs.cpSync(path.join(REPO, "themes/briefing"), path.join(root, "themes/briefing"), { recursive: true });
  fs.writeFileSync(path.join(root, "steppe.yaml"), FIXTURE_CONFIG);
  fs.cpSync(path.join(REPO, "tests/fixtures/sites", name), root, { recursive: true });
  return root;
}

/** A temporary copy of the repository's own site (steppe.yaml, content/, themes/, templates/). */
export function repositorySite() {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), "steppe-serve-"));
  for (const entry of ["steppe.yaml", "content", "themes", "templates"]) {
    const from = path.join(REPO, entry);
    if (fs.existsSync(from)) fs.cpSync(from, path.join(root, entry), { recursive: true });
  }
  return root;
}

/** Starts `steppe serve --port 0` in `root`; resolves once the first build is served. */
export async function startServe(root, args = []) {
  const child = spawn(STEPPE, ["serve", "--port", "0", ...args], { cwd: root, stdio: ["ignore", "ignore", "pipe"] });
  const lines = [];
  const waiters = [];
  let buffer = "";
  child.stderr.setEncoding("utf8");
  child.stderr.on("data", (chunk) => {
    buffer += chunk;
    let at;
    while ((at = buffer.indexOf("\n")) >= 0) {
      const line = buffer.slice(0, at);
      buffer = buffer.slice(at + 1);
      lines.push(line);
      for (const waiter of [...waiters]) waiter(line);
    }
  });
  const exited = new Promise((resolve) => child.on("exit", resolve));

  /** Resolves with the next line (from now on, or already seen after `from`) matching `pattern`. */
  function waitForLine(pattern, { from = lines.length, timeoutMs = 30000 } = {}) {
    const seen = lines.slice(from).find((l) => pattern.test(l));
    if (seen) return Promise.resolve(seen);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        waiters.splice(waiters.indexOf(check), 1);
        reject(new Error(`no line matching ${pattern} in ${timeoutMs} ms; output:\n${lines.join("\n")}`));
      }, timeoutMs);
      function check(line) {
        if (!pattern.test(line)) return;
        clearTimeout(timer);
        waiters.splice(waiters.indexOf(check), 1);
        resolve(line);
      }
      waiters.push(check);
    });
  }

  const listening = await Promise.race([
    waitForLine(/Serving the site at http:\/\//, { from: 0 }),
    exited.then((code) => { throw new Error(`steppe serve exited with ${code}:\n${lines.join("\n")}`); }),
  ]);
  await waitForLine(/^Built |^Build failed/, { from: 0 });
  const url = listening.match(/http:\/\/\S+/)[0];
  return {
    url,
    lines,
    waitForLine,
    async stop() {
      child.kill("SIGINT");
      await Promise.race([exited, new Promise((r) => setTimeout(r, 5000))]);
      if (child.exitCode === null) child.kill("SIGKILL");
    },
  };
}
