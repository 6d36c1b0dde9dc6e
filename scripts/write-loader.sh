#!/usr/bin/env sh
# Write escalation-guide.js, the one script a page includes, into the build
# that Trunk has just made (Trunk runs this after each build: Trunk.toml).
# It has a stable name, so a host's <script> tag never changes, and it
# knows the hashed names of this build's files. It starts the WebAssembly
# and calls `start` with the widget's stylesheet, each address taken
# relative to the loader itself, so the build works from any folder or
# origin. It is a file, not inline script: pages can run a strict CSP.
set -eu
dir="${TRUNK_STAGING_DIR:?run by Trunk after a build}"
cd "$dir"
find_one() {
  found=$(ls $1 2>/dev/null | grep -v "$2" | head -n 1)
  [ -n "$found" ] || { echo "write-loader: no $1 in $dir" >&2; exit 1; }
  printf '%s' "$found"
}
js=$(find_one 'escalation-guide-*.js' '_bg')
wasm=$(find_one 'escalation-guide-*_bg.wasm' 'none^')
css=$(find_one 'escalation-guide-*.css' 'none^')
cat > escalation-guide.js <<LOADER
// Escalation Guide loader (written by scripts/write-loader.sh for this build).
import init, { start } from "./$js";

const here = (file) => new URL(file, import.meta.url).href;
await init({ module_or_path: here("$wasm") });
start(here("$css"));
LOADER

# With inject_scripts off, Trunk leaves its own marker for the Rust build in
# the page; the loader above does its work.
sed -i '/data-trunk rel="rust"/d' index.html
