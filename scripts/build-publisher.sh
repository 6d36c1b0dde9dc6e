#!/usr/bin/env bash
# The publisher page as its own bundle (Trunk.publish.toml), copied into
# dist/ beside the widget's files. Run after the widget's release build:
# scripts/test and scripts/package do.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
[ -f dist/escalation-guide.js ] || { echo "build-publisher: build the widget first (trunk build --release)" >&2; exit 1; }
trunk --config Trunk.publish.toml build --release --locked
# Trunk names its page index.html; here it is publish.html, beside the
# widget's. An earlier build's publisher files go first.
rm -f dist/publish.html dist/publish-* dist/publisher-*
cp target/publish-dist/index.html dist/publish.html
cp target/publish-dist/publish-*.js target/publish-dist/publish-*_bg.wasm target/publish-dist/*.css dist/
node scripts/precompress.mjs dist >/dev/null
echo "build-publisher: publish.html and its bundle are in dist/"
