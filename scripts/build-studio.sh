#!/usr/bin/env bash
# The policy studio as its own bundle (Trunk.studio.toml), copied into
# dist/ beside the widget's files. Run after the widget's release build:
# scripts/test and scripts/package do.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
[ -f dist/escalation-guide.js ] || { echo "build-studio: build the widget first (trunk build --release)" >&2; exit 1; }
trunk --config Trunk.studio.toml build --release --locked
# Trunk names its page index.html; here it is studio.html, beside the
# widget's. An earlier build's studio files go first.
rm -f dist/studio.html dist/studio-*
cp target/studio-dist/index.html dist/studio.html
cp target/studio-dist/studio-*.js target/studio-dist/studio-*_bg.wasm dist/
for css in target/studio-dist/*.css; do cp "$css" dist/; done
node scripts/precompress.mjs dist >/dev/null
echo "build-studio: studio.html and its bundle are in dist/"
