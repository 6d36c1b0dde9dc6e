#!/usr/bin/env sh
# Run by Trunk before each build (Trunk.toml):
# - join the stylesheets in styles/ into the one the page downloads;
# - make the fallback the widget's own page shows before the widget starts,
#   and without JavaScript (the 999 advice, Exit this page, an outline of
#   the default policy), from the policy data with policy-tool.
set -eu
cd "$(dirname "$0")/.."
sh scripts/bundle-css.sh
mkdir -p target/fallback
cargo run --locked --quiet -p policy-tool -- outline --policy pan-berkshire-2026 > target/fallback/outline.html.tmp
if ! cmp -s target/fallback/outline.html.tmp target/fallback/outline.html 2>/dev/null; then
  mv target/fallback/outline.html.tmp target/fallback/outline.html
else
  rm target/fallback/outline.html.tmp
fi
