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

# Training mode's bundle (Trunk.training.toml), which the loader fetches
# when the user opens the 7-minute briefing: built first, so that
# scripts/write-loader.sh can copy it in and name its files. Trunk's own
# variables for this build are not passed on to that one.
profile=""
[ "${TRUNK_PROFILE:-}" = release ] && profile="--release"
env -u TRUNK_STAGING_DIR -u TRUNK_DIST_DIR -u TRUNK_HTML_FILE -u TRUNK_SOURCE_DIR -u TRUNK_PROFILE -u TRUNK_PUBLIC_URL \
  trunk --config Trunk.training.toml build $profile --locked
