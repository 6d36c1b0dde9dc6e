// Shared checks for the end-to-end journeys.
import { mkdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { expect } from "@playwright/test";
import AxeBuilder from "@axe-core/playwright";

export const EMERGENCY = "If a child is in immediate danger, call 999.";
const screenshotDir = fileURLToPath(new URL("../screenshots/", import.meta.url));

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

/** The page heading, which every page of the journey has exactly one of. */
export function heading(page) {
  return page.getByRole("heading", { level: 1 });
}

/** Check a page the way every page is checked: heading, 999 advice, axe, screenshots. */
export async function checkPage(page, { title, name }) {
  await expect(heading(page)).toHaveText(title);
  await expect(page.getByText(EMERGENCY)).toBeVisible();
  await expectNoAxeViolations(page, title);
  if (name) await screenshots(page, name);
}
