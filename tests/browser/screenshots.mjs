// Screenshots of any pages, desktop and mobile, into screenshots/ (git-ignored); run.mjs takes
// those of each language's home page. Usage: node screenshots.mjs [public-dir] [page ...]
import path from "node:path";
import { fileURLToPath } from "node:url";
import { startServer } from "./static-server.mjs";
import { launch } from "./browser.mjs";
import { takeScreenshots } from "./checks/screenshots.mjs";
import { Failures } from "./site.mjs";

const here = path.dirname(fileURLToPath(import.meta.url));
const dir = process.argv[2] || path.join(here, "../../public");
const pages = process.argv.slice(3);
const { server, origin } = await startServer(dir, "/");
const browser = await launch();
const failures = new Failures("screenshots");
await takeScreenshots(browser, `${origin}/`, pages.length ? pages : ["en/", "fr/", "ar/"], path.join(here, "screenshots"), failures);
await browser.close();
server.close();
failures.lines.forEach((l) => console.error(l));
process.exit(failures.ok ? 0 : 1);
