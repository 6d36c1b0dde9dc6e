// Prints the raw, gzip and brotli size of every file in a build folder, and
// their totals: what a browser downloads when the page is served compressed.
// The .br and .gz copies beside each file are alternatives, not counted.
//
// The size ratchet: with --check, it fails when a bundle's wasm (brotli) is
// more than 1 KB over the figure recorded in scripts/size-ratchet.json, so
// growth is a decision (record the new figure, and say why in the commit),
// not a drift. --record writes the figures of this build there.
// Usage: node scripts/sizes.mjs dist [--json] [--check | --record] [--ratchet FILE]
import { readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";

const root = process.argv[2] ?? "dist";
const asJson = process.argv.includes("--json");
const ratchetAt = process.argv.indexOf("--ratchet");
const RATCHET =
  ratchetAt > 0 ? process.argv[ratchetAt + 1] : join(dirname(fileURLToPath(import.meta.url)), "size-ratchet.json");
const SLACK_BYTES = 1024;

function files(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

// A bundle's wasm by its name without the build's hash:
// escalation-guide-0123abcd_bg.wasm is escalation-guide.
const bundleOf = (file) => file.match(/^(?:.*\/)?(.+?)-[0-9a-f]{6,}_bg\.wasm$/)?.[1];

const rows = files(root)
  .filter((path) => !/\.(br|gz)$/.test(path))
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

const wasm = Object.fromEntries(rows.filter((row) => bundleOf(row.file)).map((row) => [bundleOf(row.file), row.brotli]));
if (process.argv.includes("--record")) {
  writeFileSync(RATCHET, `${JSON.stringify({ wasm_brotli_bytes: wasm }, null, 2)}\n`);
  console.log(`Recorded in ${RATCHET}: ${JSON.stringify(wasm)}`);
}
if (process.argv.includes("--check")) {
  const recorded = JSON.parse(readFileSync(RATCHET, "utf8")).wasm_brotli_bytes;
  let failed = false;
  if (Object.keys(wasm).length === 0) {
    console.error(`size ratchet: no bundle's wasm found in ${root} (NAME-HASH_bg.wasm)`);
    failed = true;
  }
  for (const [bundle, bytes] of Object.entries(wasm)) {
    const limit = recorded[bundle];
    if (limit === undefined) {
      console.error(`size ratchet: ${bundle} has no recorded size; run node scripts/sizes.mjs dist --record`);
      failed = true;
    } else if (bytes > limit + SLACK_BYTES) {
      console.error(
        `size ratchet: ${bundle}'s wasm is ${bytes} bytes (brotli), ${bytes - limit} over the ${limit} recorded in ${RATCHET}. ` +
          "Make it smaller, or record the new size (--record) and say why in the commit.",
      );
      failed = true;
    } else if (bytes < limit - SLACK_BYTES) {
      console.log(`size ratchet: ${bundle} is ${limit - bytes} bytes under its record; record the smaller figure (--record) to keep it.`);
    } else {
      console.log(`size ratchet: ${bundle} ${bytes} bytes (brotli), recorded ${limit}: within 1 KB.`);
    }
  }
  if (failed) process.exit(1);
}
