# Installs what the build and tests need, skipping anything already present
# at the right version. Sourced by scripts/serve and scripts/test; each
# ensure_* function prints what it checks and what it does.
#
# Tools go to the user's cargo home, the system (apt) and a cache folder
# outside the clone, so a fresh clone on a machine that has them set up
# already skips straight to the build.

set -euo pipefail

REPO_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
# shellcheck source=versions.env
source "$REPO_ROOT/scripts/versions.env"

TOOLS_CACHE="${ESCALATION_GUIDE_TOOLS:-${XDG_CACHE_HOME:-$HOME/.cache}/escalation-guide}"
CARGO_BIN="${CARGO_HOME:-$HOME/.cargo}/bin"
export PATH="$CARGO_BIN:$PATH"

step() { printf '\n\033[1m==> %s\033[0m  [%ds]\n' "$*" "$SECONDS"; }
note() { printf '    %s\n' "$*"; }
fail() { printf '\033[31merror:\033[0m %s\n' "$*" >&2; exit 1; }

# Run as root, or through sudo when there is one.
as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"; elif command -v sudo >/dev/null; then sudo "$@"; else
    fail "need root to run: $* (install it by hand, or run as root)"
  fi
}

ensure_rust_toolchain() {
  step "Rust toolchain and wasm32 target (rust-toolchain.toml)"
  command -v rustup >/dev/null || fail "rustup is not installed; see https://rustup.rs"
  local channel
  channel="$(sed -n 's/^channel *= *"\(.*\)"/\1/p' "$REPO_ROOT/rust-toolchain.toml")"
  if rustup target list --installed --toolchain "$channel" 2>/dev/null | grep -qx wasm32-unknown-unknown \
     && rustup component list --installed --toolchain "$channel" 2>/dev/null | grep -q '^clippy' \
     && rustup component list --installed --toolchain "$channel" 2>/dev/null | grep -q '^rustfmt'; then
    note "Rust $channel with wasm32-unknown-unknown, clippy and rustfmt: present"
  else
    note "installing Rust $channel with the wasm32 target, clippy and rustfmt"
    (cd "$REPO_ROOT" && rustup toolchain install)
  fi
}

# The wasm-bindgen version in Cargo.lock: the CLI must match it exactly.
wasm_bindgen_lock_version() {
  awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' "$REPO_ROOT/Cargo.lock"
}

ensure_trunk() {
  step "Trunk $TRUNK_VERSION"
  if [ "$(trunk --version 2>/dev/null)" = "trunk $TRUNK_VERSION" ]; then
    note "trunk $TRUNK_VERSION: present"
  else
    note "installing trunk $TRUNK_VERSION with cargo (about 9 minutes the first time)"
    (cd "$REPO_ROOT" && cargo install --locked trunk --version "$TRUNK_VERSION")
  fi
}

ensure_wasm_bindgen() {
  local version
  version="$(wasm_bindgen_lock_version)"
  [ -n "$version" ] || fail "no wasm-bindgen crate in Cargo.lock"
  step "wasm-bindgen CLI $version (the version in Cargo.lock)"
  if [ "$(wasm-bindgen --version 2>/dev/null)" = "wasm-bindgen $version" ] \
     && [ "$(wasm-bindgen-test-runner --version 2>/dev/null)" = "wasm-bindgen-test-runner $version" ]; then
    note "wasm-bindgen $version: present"
  else
    # Not --locked: the CLI's own lock file names a dependency version the
    # registry no longer has.
    note "installing wasm-bindgen-cli $version with cargo (about 3 minutes the first time)"
    (cd "$REPO_ROOT" && cargo install wasm-bindgen-cli --version "$version" --force)
  fi
}

ensure_wasm_opt() {
  local major="${BINARYEN_VERSION%%.*}"
  local dir="$TOOLS_CACHE/binaryen-$BINARYEN_VERSION"
  step "wasm-opt version_$major (npm binaryen@$BINARYEN_VERSION)"
  if [ "$("$dir/node_modules/.bin/wasm-opt" --version 2>/dev/null | awk '{print $3}')" = "$major" ]; then
    note "wasm-opt version_$major: present in $dir"
  else
    command -v npm >/dev/null || fail "npm is not installed; it is needed for wasm-opt and the end-to-end tests"
    note "installing binaryen@$BINARYEN_VERSION into $dir"
    mkdir -p "$dir"
    npm install --prefix "$dir" --no-audit --no-fund --loglevel=error "binaryen@$BINARYEN_VERSION"
  fi
  export PATH="$dir/node_modules/.bin:$PATH"
  # Trunk runs offline, so it must be told which wasm-opt to expect.
  export TRUNK_TOOLS_WASM_OPT="version_$major"
}

ensure_browser() {
  step "Chromium and ChromeDriver (Debian: $DEBIAN_BROWSER_PACKAGES)"
  if [ -x /usr/bin/chromium ] && [ -x /usr/bin/chromedriver ]; then
    note "$(/usr/bin/chromium --version 2>/dev/null | head -n 1): present"
  else
    note "installing $DEBIAN_BROWSER_PACKAGES with apt-get (about 1 minute)"
    as_root apt-get update -q
    # shellcheck disable=SC2086
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q $DEBIAN_BROWSER_PACKAGES
  fi
  export CHROMEDRIVER=/usr/bin/chromedriver
}

# zip and unzip make and test the release package (scripts/package).
ensure_zip() {
  step "zip and unzip (Debian: zip unzip)"
  if command -v zip >/dev/null && command -v unzip >/dev/null; then
    note "present"
  else
    note "installing zip and unzip with apt-get"
    as_root apt-get update -q
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q zip unzip
  fi
}

ensure_e2e_dependencies() {
  local e2e="$REPO_ROOT/e2e"
  local stamp="$e2e/node_modules/.installed-from-lock"
  local wanted
  wanted="$(sha256sum "$e2e/package-lock.json" | cut -d' ' -f1)"
  step "End-to-end test dependencies (e2e/package-lock.json)"
  if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$wanted" ]; then
    note "node_modules matches package-lock.json: present"
  else
    note "installing with npm ci"
    (cd "$e2e" && npm ci --no-audit --no-fund --loglevel=error)
    echo "$wanted" > "$stamp"
  fi
}
