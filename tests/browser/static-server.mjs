// A plain static file server for the built site, mounted at any path prefix, answering unknown
// URLs with the site's 404.html and status 404, as GitHub Pages and most hosts do.
import http from "node:http";
import fs from "node:fs";
import path from "node:path";

const TYPES = {
  ".html": "text/html; charset=utf-8", ".css": "text/css; charset=utf-8",
  ".js": "text/javascript; charset=utf-8", ".json": "application/json",
  ".xml": "application/xml; charset=utf-8", ".txt": "text/plain; charset=utf-8",
  ".svg": "image/svg+xml", ".png": "image/png", ".csv": "text/csv; charset=utf-8",
  ".pf_meta": "application/octet-stream", ".pf_fragment": "application/octet-stream",
  ".pf_index": "application/octet-stream", ".pagefind": "application/octet-stream",
  ".wasm": "application/wasm",
};

export function startServer(dir, prefix = "/") {
  const root = path.resolve(dir);
  const server = http.createServer((req, res) => {
    const url = new URL(req.url, "http://x");
    let pathname = decodeURIComponent(url.pathname);
    const send = (status, file) => {
      let body;
      try {
        body = fs.readFileSync(file);
      } catch {
        // A request still in flight when its test removed the site (a page's late fetch).
        res.writeHead(404, { "content-type": "text/plain" });
        return res.end("gone");
      }
      res.writeHead(status, {
        "content-type": TYPES[path.extname(file)] || "application/octet-stream",
        "content-length": body.length,
      });
      res.end(req.method === "HEAD" ? undefined : body);
    };
    const notFound = () => send(404, path.join(root, "404.html"));
    if (!pathname.startsWith(prefix)) return notFound();
    let file = path.join(root, pathname.slice(prefix.length));
    if (!file.startsWith(root)) return notFound();
    if (fs.existsSync(file) && fs.statSync(file).isDirectory()) {
      if (!pathname.endsWith("/")) { res.writeHead(301, { location: pathname + "/" }); return res.end(); }
      file = path.join(file, "index.html");
    }
    if (!fs.existsSync(file)) return notFound();
    send(200, file);
  });
  return new Promise((resolve) => server.listen(0, "127.0.0.1", () => {
    resolve({ server, origin: `http://127.0.0.1:${server.address().port}`, prefix });
  }));
}
