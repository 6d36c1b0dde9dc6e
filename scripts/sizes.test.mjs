// The size ratchet's own test: a build whose wasm grows 2 KB (brotli) over
// the recorded figure fails `sizes.mjs --check`; one that grows half a KB
// passes. Run by ./scripts/test with `node --test scripts/*.test.mjs`.
import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const SIZES = new URL("./sizes.mjs", import.meta.url).pathname;
// Trunk's hashes are not always 16 digits long.
const WASM = "escalation-guide-a92931a07c83c0_bg.wasm";

test("the ratchet fails a wasm 2 KB over its record, and passes one half a KB over", () => {
  const work = mkdtempSync(join(tmpdir(), "ratchet-"));
  const ratchet = join(work, "size-ratchet.json");
  const sizes = (name, ...args) => spawnSync("node", [SIZES, join(work, name), ...args, "--ratchet", ratchet], { encoding: "utf8" });
  // Random bytes do not compress: the brotli size follows the raw size.
  const base = randomBytes(100_000);
  const build = (name, bytes) => {
    mkdirSync(join(work, name));
    writeFileSync(join(work, name, WASM), bytes);
  };
  try {
    build("before", base);
    build("grown", Buffer.concat([base, randomBytes(2048)]));
    build("slightly", Buffer.concat([base, randomBytes(512)]));
    assert.equal(sizes("before", "--record").status, 0);
    const failed = sizes("grown", "--check");
    assert.equal(failed.status, 1, failed.stdout + failed.stderr);
    assert.match(failed.stderr, /escalation-guide's wasm is \d+ bytes \(brotli\), 20\d\d over/);
    const passed = sizes("slightly", "--check");
    assert.equal(passed.status, 0, passed.stdout + passed.stderr);
    assert.match(passed.stdout, /escalation-guide \d+ bytes \(brotli\), recorded \d+: within 1 KB/);
    // A folder with no wasm is not a pass.
    mkdirSync(join(work, "empty"));
    assert.equal(sizes("empty", "--check").status, 1);
  } finally {
    rmSync(work, { recursive: true });
  }
});
