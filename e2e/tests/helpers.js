// Shared fixtures and checks for the end-to-end journeys.
import { mkdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { test as base, expect } from "@playwright/test";
import AxeBuilder from "@axe-core/playwright";

export { expect };
export const EMERGENCY = "If a child is in immediate danger, call 999.";
export const START_TITLE = "Resolve a professional disagreement about a child’s safety";
const screenshotDir = fileURLToPath(new URL("../screenshots/", import.meta.url));

/**
 * Every test runs with a privacy monitor. Afterwards it checks that no
 * request went to any origin but the page's own, that no cookie was set, and
 * that nothing was written to storage, unless the test says the user turned
 * on "keep my progress" (`privacy.optedIn = true`) or deliberately left
 * through "Exit this page" (`privacy.allowExitTo`).
 */
export const test = base.extend({
  // Time is Playwright's, flowing as real time does, so a test can move it
  // on: a button ignores a second click within a second at the same place
  // (prevent double click), and `press` below waits that second as a
  // person would.
  clock: [
    async ({ page }, use) => {
      await page.clock.install();
      await use(page.clock);
    },
    { auto: true },
  ],
  privacy: [
    async ({ page, context, baseURL }, use) => {
      const origin = new URL(baseURL).origin;
      const requests = [];
      page.on("request", (request) => requests.push(request.url()));
      const privacy = { optedIn: false, allowExitTo: null, allowOrigins: [], requests };
      await use(privacy);
      const foreign = requests.filter((url) => {
        if (url.startsWith("data:") || url.startsWith("blob:")) return false;
        if (privacy.allowExitTo && url.startsWith(privacy.allowExitTo)) return false;
        if (privacy.allowOrigins.includes(new URL(url).origin)) return false;
        return new URL(url).origin !== origin;
      });
      expect(foreign, "requests to other origins").toEqual([]);
      expect(await context.cookies(), "cookies").toEqual([]);
      if (!privacy.optedIn && !page.isClosed() && new URL(page.url()).origin === origin) {
        const stored = await page.evaluate(async () => ({
          local: Object.keys(localStorage),
          session: Object.keys(sessionStorage),
          databases: (await indexedDB.databases()).map((db) => db.name),
        }));
        expect(stored, "storage written without the user's opt-in").toEqual({ local: [], session: [], databases: [] });
      }
    },
    { auto: true },
  ],
});

/** Run axe-core on the page as it stands and fail on any violation. */
export async function expectNoAxeViolations(page, label) {
  const results = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"])
    .analyze();
  const found = results.violations.map(
    (violation) => `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(" ")).join(", ")})`,
  );
  expect(found, `axe-core violations on ${label}`).toEqual([]);
}

/** Full-page screenshots at phone (375 px) and desktop (1280 px) widths. */
export async function screenshots(page, name) {
  mkdirSync(screenshotDir, { recursive: true });
  const original = page.viewportSize();
  for (const width of [375, 1280]) {
    await page.setViewportSize({ width, height: 800 });
    await page.screenshot({ path: `${screenshotDir}${name}-${width}.png`, fullPage: true });
  }
  await page.setViewportSize(original);
}

/** Text on screen, not in the print-only copy of the record. */
export function onScreen(page, text) {
  return page.locator(".eg-page > p, .eg-page > div > p").filter({ hasText: text });
}

export function backLink(page) {
  return page.getByRole("link", { name: "Back", exact: true });
}

export function heading(page) {
  return page.getByRole("heading", { level: 1 });
}

/** Check a page the way every page is checked: heading, 999 advice, axe, and screenshots if named. */
export async function checkPage(page, title, name) {
  await expect(heading(page)).toHaveText(title);
  await expect(page.getByText(EMERGENCY)).toBeVisible();
  await expect(page.getByRole("button", { name: "Emergency Exit this page" })).toBeVisible();
  await expectNoAxeViolations(page, title);
  if (name) await screenshots(page, name);
}

/** Click a button as a person would: not within a second of the last click
 * at the same place (which the widget ignores, as GOV.UK's
 * prevent-double-click does). */
export async function press(page, name) {
  await page.clock.fastForward(1_000);
  await page.getByRole("button", { name }).click();
}

export async function choose(page, label) {
  await page.getByLabel(label, { exact: true }).check();
  await press(page, "Continue");
}

export async function continueOn(page) {
  await press(page, "Continue");
}

/** From the start page to the first stage, for a disagreement with another agency. */
export async function toFirstStage(page, { topic = "Something else", day = "1", month = "apr", year = "2026" } = {}) {
  await press(page, "Start now");
  await choose(page, "No");
  await choose(page, "Someone in another agency");
  await choose(page, topic);
  await continueOn(page); // Before you escalate
  await continueOn(page); // Check your own view
  await page.getByLabel("Day").fill(day);
  await page.getByLabel("Month").fill(month);
  await page.getByLabel("Year").fill(year);
  await continueOn(page);
}

export function readDownload(path) {
  return readFileSync(path, "utf8");
}

/** The widget's own page, with `attributes` added to the element the widget
 * goes in, as a host page would set them. */
export async function withHostAttributes(page, attributes) {
  await page.route("http://127.0.0.1:*/", async (route) => {
    const response = await route.fetch();
    // The release page is minified: attribute quotes and order may vary.
    const marker = /<div [^>]*\bdata-escalation-guide\b/;
    const text = await response.text();
    if (!marker.test(text)) throw new Error("the widget's element is not in the page");
    const body = text.replace(marker, (found) => `${found} ${attributes}`);
    await route.fulfill({ response, body });
  });
}

/** Progress kept on this device by an earlier visit: `entries` (storage key
 * to text) are in localStorage as the page first loads, and not put back on
 * later loads. */
export async function seedKeptProgress(page, entries = { "escalation-guide:progress": "{}" }) {
  await page.addInitScript((entries) => {
    if (!sessionStorage.getItem("seeded")) {
      sessionStorage.setItem("seeded", "1");
      for (const [key, value] of Object.entries(entries)) localStorage.setItem(key, value);
    }
  }, entries);
}

/** Hold back every request matching `pattern` until the returned function is
 * called: a file slow to arrive. */
export async function holdBack(page, pattern) {
  let release;
  const held = new Promise((resolve) => (release = resolve));
  await page.route(pattern, async (route) => {
    await held;
    return route.continue().catch(() => {});
  });
  return release;
}
