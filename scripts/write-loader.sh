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
# Training mode's bundle, built by scripts/pre-build.sh just before this
# build: copied in beside the widget's files, for the loader to fetch when
# the user opens the 7-minute briefing.
training_dist="${TRUNK_SOURCE_DIR:?run by Trunk after a build}/target/training-dist"
ls "$training_dist"/escalation-training-*_bg.wasm >/dev/null 2>&1 ||
  { echo "write-loader: no training bundle in $training_dist (scripts/pre-build.sh builds it)" >&2; exit 1; }
cp "$training_dist"/escalation-training-*.js "$training_dist"/escalation-training-*_bg.wasm .
training_js=$(find_one 'escalation-training-*.js' '_bg')
training_wasm=$(find_one 'escalation-training-*_bg.wasm' 'none^')
cat > escalation-guide.js <<LOADER
// Escalation Guide loader (written by scripts/write-loader.sh for this build).
// It imports nothing at the top: Exit this page below works from the moment
// this file runs, however late the widget's own files arrive, or if they
// never do.

const here = (file) => new URL(file, import.meta.url).href;
// Exit this page while the widget is not running: before the WebAssembly
// has started (on a slow phone, seconds), where it could not start, and
// after it has failed (a Rust panic stops it). The fallback's or the
// failure view's button, and Shift pressed three times, still hide the
// page, clear every widget's kept progress, tell other tabs and leave. This
// code needs nothing from the WebAssembly. Once the widget runs, its own
// Exit this page does all this, until a failure marks the page
// (data-escalation-guide-failed, set to the exit address).
const page = document.documentElement;
const STARTING = "data-escalation-guide-starting";
page.setAttribute(STARTING, "");
const neutral = "https://www.bbc.co.uk/weather";
const failedExit = () => page.getAttribute("data-escalation-guide-failed");
const notRunning = () => failedExit() !== null || page.hasAttribute(STARTING);
// Before the widget starts, the site's exit address is the fallback's link.
const exitAddress = () =>
  failedExit() ??
  document.querySelector("[data-escalation-guide] .eg-exit-this-page__button")?.href ??
  neutral;
let leaving = false;
let stillHere;
// In a frame, the only page told of the exit: the origin of the site's
// data-parent-origin if it is a web address (as the widget reads it,
// escalation_core's origin_of), else the frame's own.
const parentOrigin = () => {
  try {
    const given = document.querySelector("[data-escalation-guide][data-parent-origin]")?.getAttribute("data-parent-origin");
    const address = new URL(given);
    if (address.protocol === "https:" || address.protocol === "http:") return address.origin;
  } catch (error) {}
  return location.origin;
};
// An address read as the browser reads it, without its #part: the rule of
// src/exit.rs, so an exit address that is this page leaves for the neutral
// site rather than reloading it.
const pageAddress = (address) => {
  try {
    const parsed = new URL(address, location.href);
    parsed.hash = "";
    return parsed.href;
  } catch (error) {
    return null;
  }
};
const leave = (given) => {
  if (leaving) return;
  leaving = true;
  const url = given && pageAddress(given) !== pageAddress(location.href) ? given : neutral;
  // An address that does not load a page (a download, "204 No Content")
  // leaves the page where it was: after 3 seconds still here, the neutral site.
  if (url !== neutral) {
    stillHere = setTimeout(() => {
      try {
        window.top.location.href = neutral;
      } catch (error) {
        location.href = neutral;
      }
    }, 3000);
  }
  document.documentElement.style.setProperty("visibility", "hidden", "important");
  try {
    for (const key of Object.keys(localStorage)) {
      if (key.startsWith("escalation-guide:progress")) localStorage.removeItem(key);
    }
  } catch (error) {}
  try {
    new BroadcastChannel("escalation-guide-exit").postMessage("exit");
  } catch (error) {}
  try {
    if (window.parent !== window) {
      window.parent.postMessage({ type: "escalation-guide:exit", url }, parentOrigin());
    }
  } catch (error) {}
  for (const target of [url, neutral]) {
    try {
      window.top.location.href = target;
      return;
    } catch (error) {}
    try {
      location.href = target;
      return;
    } catch (error) {}
  }
};
// Once failed, the stopped widget's own listeners must not question the
// leaving, write progress back, or count Shift a second time.
for (const type of ["beforeunload", "pagehide", "keyup"]) {
  window.addEventListener(type, (event) => {
    if (failedExit() !== null) event.stopImmediatePropagation();
  }, true);
}
let shiftPresses = 0;
let shiftTimer;
const exitButton = (event) =>
  event.composedPath().find((node) => node.classList && node.classList.contains("eg-exit-this-page__button"));
document.addEventListener("keydown", (event) => {
  if (!notRunning()) return;
  const button = exitButton(event);
  if (button && (event.key === " " || event.key === "Enter")) {
    event.preventDefault();
    leave(button.href || exitAddress());
    return;
  }
  if (event.key !== "Shift") {
    shiftPresses = 0;
    return;
  }
  if (event.repeat) return;
  shiftPresses += 1;
  clearTimeout(shiftTimer);
  shiftTimer = setTimeout(() => (shiftPresses = 0), 5000);
  if (shiftPresses >= 3) leave(exitAddress());
}, true);
for (const type of ["click", "auxclick"]) {
  document.addEventListener(type, (event) => {
    if (!notRunning()) return;
    const button = exitButton(event);
    if (!button) return;
    event.preventDefault();
    leave(button.href || exitAddress());
  }, true);
}

// A browser that keeps pages for its back button brings this one back as
// it left: hidden, and about to go to the neutral site. Back means the
// user stayed, so the page shows again (the failure view's 999 advice and
// Exit this page, never a blank page) and the exit is over.
window.addEventListener("pageshow", (event) => {
  if (!event.persisted || !leaving) return;
  leaving = false;
  clearTimeout(stillHere);
  shiftPresses = 0;
  document.documentElement.style.removeProperty("visibility");
});

// Training mode (the 7-minute briefing) is a bundle of its own, fetched
// once, when a widget asks for it (src/hand_over.rs): that widget stops,
// handing over where its user was, and the bundle puts the guide back in
// its place. If the bundle cannot be fetched, or has not arrived within
// TRAINING_WAIT_MS (a request that never ends), or the guide has failed on
// the page, the widget says so, with Try again; nothing is handed to a
// bundle that cannot take it.
const TRAINING_WAIT_MS = 30000;
let guide;
// Training mode's bundle: on its way, or arrived.
let training;
// The last wait for it ran out. The next try asks again, at another
// address, and takes whichever arrives first: a slow download keeps its
// progress, a request that never ends is passed by.
let overdue = false;
// A download that failed, or is overdue, is not asked for again at the
// same address (script and WebAssembly both), which the browser might
// answer from the same stuck or failed request.
let attempts = 0;
const fetchTraining = () => {
  const again = attempts++ ? \`?attempt=\${attempts}\` : "";
  return import(\`./$training_js\${again}\`).then(async (bundle) => {
    await bundle.default({ module_or_path: here(\`$training_wasm\${again}\`) });
    return bundle;
  });
};
// Each widget's latest request: an earlier one's wait running out says
// nothing to a widget that has asked again since.
const asks = new WeakMap();
document.addEventListener("escalation-guide:training", async (event) => {
  const host = event.target;
  const ask = (asks.get(host) ?? 0) + 1;
  asks.set(host, ask);
  let timer;
  try {
    if (failedExit() !== null) throw new Error("the guide has failed on this page");
    if (!training || overdue) {
      const asked = training ? Promise.any([training, fetchTraining()]) : fetchTraining();
      training = asked;
      overdue = false;
      asked.then(
        // Arrived, however late: nothing more to ask for.
        () => {
          if (training === asked) overdue = false;
        },
        // Failed for good: the next try starts afresh.
        () => {
          if (training === asked) training = undefined;
        },
      );
    }
    const late = new Promise((_, refuse) => {
      timer = setTimeout(() => {
        overdue = true;
        refuse(new Error(\`not arrived after \${TRAINING_WAIT_MS / 1000} seconds\`));
      }, TRAINING_WAIT_MS);
    });
    const bundle = await Promise.race([training, late]);
    // A bundle that failed (a Rust panic marks the page) since it arrived
    // is not given another widget.
    if (failedExit() !== null) throw new Error("the guide has failed on this page");
    const handed = guide.hand_over(host);
    if (handed !== undefined) bundle.take_over(host, handed);
  } catch (error) {
    console.error("Escalation Guide: training mode could not be loaded:", error);
    if (asks.get(host) === ask) guide?.hand_over_failed(host);
  } finally {
    clearTimeout(timer);
  }
});

try {
  guide = await import("./$js");
  await guide.default({ module_or_path: here("$wasm") });
  guide.start(here("$css"));
  // Running: the widget's own Exit this page takes over (unless no widget
  // could start, which marks the page as failed).
  page.removeAttribute(STARTING);
} catch (error) {
  // Still "starting", for good: Exit this page above stays the loader's,
  // and the fallback (the 999 advice, Exit this page) stays on the page.
  console.error("Escalation Guide: the guide could not be loaded:", error);
}
LOADER


# The widget's own page carries its two stylesheets inline, so its first
# paint (the 999 advice, Exit this page, the outline) waits for no other
# request, as a static page's would. The widget's shadow root copies the
# marked one (src/embed.rs) instead of fetching the file again. Host pages
# and frame.html link the file, which stays in the build. A site serving
# this page under a strict Content Security Policy adds the hashes written
# to csp.txt (docs/EMBEDDING.md); without them the widget links the file.
page_css=$(find_one 'page-*.css' 'none^')
node - "$page_css" "$css" "$js" "$wasm" <<'INLINE'
const { createHash } = require("node:crypto");
const { readFileSync, writeFileSync } = require("node:fs");
const [pageCss, widgetCss, glue, wasm] = process.argv.slice(2);
// With inject_scripts off, Trunk leaves its own marker for the Rust build
// in the page (minified or not); the loader above does its work.
let html = readFileSync("index.html", "utf8").replace(/<link[^>]*\brel="?rust"?[^>]*>\n?/, "");
// The loader, its glue and the WebAssembly are fetched as the page is
// parsed, side by side, rather than one after the other as each asks for
// the next (three round trips on a phone). The wasm preload matches the
// glue's own fetch (CORS mode, same-origin credentials), so it is reused.
const preloads =
  `<link rel="modulepreload" href="./escalation-guide.js">` +
  `<link rel="modulepreload" href="./${glue}">` +
  `<link rel="preload" href="./${wasm}" as="fetch" type="application/wasm" crossorigin>`;
if (!html.includes("</title>")) throw new Error("write-loader: no </title> in index.html");
html = html.replace("</title>", () => `</title>${preloads}`);
const hashes = [];
for (const [file, attributes] of [[pageCss, ""], [widgetCss, " data-escalation-guide-styles"]]) {
  const link = new RegExp(`<link[^>]*href="?\\./${file.replace(/[.]/g, "\\.")}"?[^>]*>`);
  if (!link.test(html)) throw new Error(`write-loader: no link to ${file} in index.html`);
  // Line ends as the HTML parser leaves them, for the hash to match.
  const css = readFileSync(file, "utf8").replace(/\r\n?/g, "\n");
  // The hash of exactly what goes between <style> and </style>.
  hashes.push(`'sha256-${createHash("sha256").update(css).digest("base64")}'`);
  html = html.replace(link, () => `<style${attributes}>${css}</style>`);
}
writeFileSync("index.html", html);
writeFileSync("csp.txt", `style-src 'self' ${hashes.join(" ")}\n`);
INLINE
rm "$page_css"

# Release builds carry a brotli and a gzip copy of each file, for hosts
# that serve precompressed files (docs/EMBEDDING.md).
if [ "${TRUNK_PROFILE:-}" = release ]; then
  node "${TRUNK_SOURCE_DIR:?}/scripts/precompress.mjs" "$dir"
fi
