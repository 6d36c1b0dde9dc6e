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

# The widget's own page carries its two stylesheets inline, so its first
# paint (the 999 advice, Exit this page, the outline) waits for no other
# request, as a static page's would. The widget's shadow root copies the
# marked one (src/embed.rs) instead of fetching the file again. Host pages
# and frame.html link the file, which stays in the build. A site serving
# this page under a strict Content Security Policy adds the hashes written
# to csp.txt (docs/EMBEDDING.md); without them the widget links the file.
page_css=$(find_one 'page-*.css' 'none^')
inline_css() { # file, attributes for the <style> element
  awk -v file="$1" -v attributes="$2" '
    index($0, "href=\"./" file "\"") {
      printf "    <style%s>", attributes
      while ((getline line < file) > 0) printf "%s\n", line
      print "</style>"
      next
    }
    { print }
  ' index.html > index.html.inlined
  grep -q "<style$2>" index.html.inlined || { echo "write-loader: no link to $1 in index.html" >&2; exit 1; }
  mv index.html.inlined index.html
}
inline_css "$page_css" ""
inline_css "$css" " data-escalation-guide-styles"
# The hash of each inline stylesheet, as a CSP source ('sha256-…').
csp_hash() {
  node -e 'const c = require("node:crypto"), fs = require("node:fs");
    const text = fs.readFileSync(process.argv[1], "utf8").replace(/\n?$/, "\n"); // as awk wrote it
    process.stdout.write(c.createHash("sha256").update(text).digest("base64"));' "$1"
}
printf "style-src 'self' 'sha256-%s' 'sha256-%s'\n" "$(csp_hash "$page_css")" "$(csp_hash "$css")" > csp.txt
rm "$page_css"
