// Prints the raw, gzip and brotli size of every file in a build folder, and
// their totals: what a browser downloads when the page is served compressed.
// Usage: node scripts/sizes.mjs dist [--json]
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";

const root = process.argv[2] ?? "dist";
const asJson = process.argv.includes("--json");

function files(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

const rows = files(root)
  .sort()
  .map((path) => {
    const bytes = readFileSync(path);
    const brotli = brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
    return { file: relative(root, path), raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length, brotli };
  });
const total = rows.reduce(
  (sum, row) => ({ raw: sum.raw + row.raw, gzip: sum.gzip + row.gzip, brotli: sum.brotli + row.brotli }),
  { raw: 0, gzip: 0, brotli: 0 },
);

if (asJson) {
  console.log(JSON.stringify({ files: rows, total }, null, 2));
} else {
  const kb = (n) => `${(n / 1024).toFixed(1)} KB`.padStart(10);
  const width = Math.max(5, ...rows.map((row) => row.file.length));
  console.log(`${"file".padEnd(width)} ${"raw".padStart(10)} ${"gzip".padStart(10)} ${"brotli".padStart(10)}`);
  for (const row of rows) console.log(`${row.file.padEnd(width)} ${kb(row.raw)} ${kb(row.gzip)} ${kb(row.brotli)}`);
  console.log(`${"total".padEnd(width)} ${kb(total.raw)} ${kb(total.gzip)} ${kb(total.brotli)}`);
}
