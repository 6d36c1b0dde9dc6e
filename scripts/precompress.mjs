// Writes a brotli (.br, quality 11) and a gzip (.gz, level 9) copy beside
// every file of a release build that compresses, so a host that serves
// precompressed files (nginx gzip_static and brotli_static, Caddy's
// precompressed, Netlify, many CDNs) sends them with no settings and no
// work per request. Run by Trunk after each release build (Trunk.toml).
// Usage: node scripts/precompress.mjs <folder>
import { readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { extname, join } from "node:path";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";

// Not the pages: a host edits frame.html's element (its settings), and a
// server that sends a .br or .gz copy would send the unedited page.
const COMPRESSIBLE = new Set([".js", ".css", ".wasm", ".json", ".svg", ".txt"]);

function files(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

const root = process.argv[2];
if (!root) throw new Error("usage: node scripts/precompress.mjs <folder>");
let written = 0;
for (const path of files(root)) {
  if (!COMPRESSIBLE.has(extname(path))) continue;
  const bytes = readFileSync(path);
  writeFileSync(`${path}.br`, brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length } }));
  writeFileSync(`${path}.gz`, gzipSync(bytes, { level: 9 }));
  written += 2;
}
console.log(`precompress: ${written} files written in ${root}`);
