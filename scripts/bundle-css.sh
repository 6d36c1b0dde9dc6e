#!/usr/bin/env sh
# Join the widget's stylesheets, one per component in styles/, into the one
# file the page downloads: target/styles/escalation-guide.css, in the order
# styles/bundle.txt gives. Trunk runs this before every build (Trunk.toml).
# Fails if a listed file is missing or a stylesheet is not listed, so none
# is forgotten.
set -eu
cd "$(dirname "$0")/.."
list=styles/bundle.txt
out=target/styles/escalation-guide.css
mkdir -p target/styles
listed=$(grep -v '^#' "$list" | sed '/^$/d')
for file in styles/*.css; do
  name=$(basename "$file")
  [ "$name" = page.css ] && continue
  [ "$name" = publisher.css ] && continue
  [ "$name" = studio.css ] && continue
  if ! printf '%s\n' "$listed" | grep -qx "$name"; then
    echo "bundle-css: $file is not listed in $list" >&2
    exit 1
  fi
done
tmp="$out.tmp"
: > "$tmp"
for name in $listed; do
  if [ ! -f "styles/$name" ]; then
    echo "bundle-css: $list lists $name, which is not in styles/" >&2
    exit 1
  fi
  printf '/* styles/%s */\n' "$name" >> "$tmp"
  cat "styles/$name" >> "$tmp"
  printf '\n' >> "$tmp"
done
# Replace only when changed, so a watching Trunk is not woken for nothing.
if ! cmp -s "$tmp" "$out" 2>/dev/null; then mv "$tmp" "$out"; else rm "$tmp"; fi
