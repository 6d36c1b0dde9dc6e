// Prints the raw and gzip-compressed size of every file in a build folder,
// and their totals: what a browser downloads when the page is served gzipped.
// Usage: node scripts/sizes.mjs dist [--json]
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { gzipSync } from "node:zlib";

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
    return { file: relative(root, path), raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
  });
const total = rows.reduce((sum, row) => ({ raw: sum.raw + row.raw, gzip: sum.gzip + row.gzip }), { raw: 0, gzip: 0 });

if (asJson) {
  console.log(JSON.stringify({ files: rows, total }, null, 2));
} else {
  const kb = (n) => `${(n / 1024).toFixed(1)} KB`.padStart(10);
  const width = Math.max(5, ...rows.map((row) => row.file.length));
  console.log(`${"file".padEnd(width)} ${"raw".padStart(10)} ${"gzip".padStart(10)}`);
  for (const row of rows) console.log(`${row.file.padEnd(width)} ${kb(row.raw)} ${kb(row.gzip)}`);
  console.log(`${"total".padEnd(width)} ${kb(total.raw)} ${kb(total.gzip)}`);
}
