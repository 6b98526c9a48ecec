// Launches Debian's chromium through playwright-core with the flags this network needs.
// playwright gives every launch a fresh, empty profile of its own.
import { chromium } from "playwright-core";

// Without the networking flags chromium stalls on a closed network (docs: ARCHITECTURE.md).
export const BROWSER_FLAGS = [
  "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
  "--disable-background-networking", "--disable-component-update", "--disable-sync",
];

export function executablePath() {
  return process.env.CHROMIUM || process.env.CHROME_PATH || "/usr/bin/chromium";
}

export async function launch() {
  return chromium.launch({ executablePath: executablePath(), args: BROWSER_FLAGS });
}
