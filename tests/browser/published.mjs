// The site as it is published: built by steppe with --base-url (as the Pages workflow does), here
// the address of a local server that then serves it. Only such a build has absolute canonical and
// hreflang links, so Lighthouse and the HTML checker look at it too.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { spawnSync } from "node:child_process";
import { startServer } from "./static-server.mjs";

/// Builds the site at `repoRoot` with `steppe` into a temporary folder and serves it at the root of
/// a local server. Returns { dir, origin, close }.
export async function servePublished(repoRoot, steppe) {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "steppe-published-"));
  const dir = path.join(tmp, "site");
  fs.mkdirSync(dir);
  const { server, origin } = await startServer(dir, "/");
  const build = spawnSync(steppe, ["build", "--root", repoRoot, "--output", dir, "--base-url", origin], { encoding: "utf8" });
  const close = () => { server.close(); fs.rmSync(tmp, { recursive: true, force: true }); };
  if (build.error || build.status !== 0) {
    close();
    throw new Error(`cannot build the site with ${steppe} (run cargo build --release, or set STEPPE): ${build.error?.message || build.stderr}`);
  }
  return { dir, origin, close };
}
