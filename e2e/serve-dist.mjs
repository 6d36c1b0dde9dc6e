// Serves a build folder on 127.0.0.1, for the end-to-end tests and the
// benchmark. Only static files; .wasm gets application/wasm so the browser
// can compile it while it downloads.
// With --compress, files are sent as a host serving precompressed files
// sends them (the benchmark): the build's .br copy to a browser that
// accepts brotli, else its .gz copy (made here when the build has none, as
// the bare Yew baseline), else the file itself. The tests serve files as
// they are.
// Usage: node serve-dist.mjs <folder> <port> [--compress]
import { createServer } from "node:http";
import { readFile } from "node:fs/promises";
import { extname, join, normalize, resolve } from "node:path";
import { gzipSync } from "node:zlib";

const root = resolve(process.argv[2] ?? "../dist");
// The example host pages, beside the build, as a partnership's site would be.
const examples = resolve(root, "../examples");
const port = Number(process.argv[3] ?? 4173);
const compress = process.argv.includes("--compress");
const gzipped = new Map();
const types = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".wasm": "application/wasm",
  ".json": "application/json",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
};

createServer(async (request, response) => {
  const path = decodeURIComponent(new URL(request.url, "http://localhost").pathname);
  // For the tests: a server that sends its headers, then stalls (the body
  // never ends), and one that says its file is a gigabyte.
  if (path.startsWith("/__test/stall-body")) {
    response.writeHead(200, { "content-type": "application/json", "cache-control": "no-store" });
    response.write("{");
    return;
  }
  if (path.startsWith("/__test/gigabyte")) {
    response.writeHead(200, { "content-type": "application/json", "content-length": String(1024 ** 3) });
    response.write("{");
    return;
  }
  const base = path.startsWith("/examples/") ? examples : root;
  const within = path.startsWith("/examples/") ? path.slice("/examples".length) : path;
  const file = normalize(join(base, within.endsWith("/") ? `${within}index.html` : within));
  if (!file.startsWith(base)) {
    response.writeHead(403).end();
    return;
  }
  try {
    let body = await readFile(file);
    const headers = {
      "content-type": types[extname(file)] ?? "application/octet-stream",
      "cache-control": "no-store",
    };
    const accepts = (encoding) => new RegExp(`\\b${encoding}\\b`).test(request.headers["accept-encoding"] ?? "");
    const precompressed = compress && accepts("br") ? await readFile(`${file}.br`).catch(() => null) : null;
    if (precompressed) {
      body = precompressed;
      headers["content-encoding"] = "br";
      headers.vary = "accept-encoding";
    } else if (compress && extname(file) !== ".png" && accepts("gzip")) {
      if (!gzipped.has(file)) gzipped.set(file, await readFile(`${file}.gz`).catch(() => gzipSync(body)));
      body = gzipped.get(file);
      headers["content-encoding"] = "gzip";
      headers.vary = "accept-encoding";
    }
    response.writeHead(200, headers);
    response.end(body);
  } catch {
    response.writeHead(404, { "content-type": "text/plain" }).end("not found");
  }
}).listen(port, "127.0.0.1", () => console.log(`serving ${root} on http://127.0.0.1:${port}/`));
