// Every page of one journey at 320 CSS px wide (WCAG 1.4.10 reflow) and at
// 200 % zoom of a 1280 × 800 screen (1.4.4 resize text: Chromium's page
// zoom lays the page out in 640 × 400 CSS px at two device pixels each):
// axe-core clean, no horizontal scrolling, and every control reached with
// Tab shown clear of the sticky "Exit this page" button (2.4.11 focus not
// obscured, and stricter: not even partly).
import { test, expect, expectNoAxeViolations, heading, press, choose, continueOn } from "./helpers.js";

const PROFILES = [
  { name: "320 px wide", viewport: { width: 320, height: 640 }, deviceScaleFactor: 1 },
  { name: "200 % zoom", viewport: { width: 640, height: 400 }, deviceScaleFactor: 2 },
];

/** Horizontal overflow of the page, in CSS px (0 when it reflows). */
function horizontalOverflow(page) {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}

/**
 * Tab through every control on the page, from the top down and then with
 * Shift+Tab from the bottom up (where the browser scrolls each control in
 * from the top edge, under the sticky button), and return those that end
 * up wholly or partly under the sticky Exit button, or off screen.
 */
async function obscuredWhenFocused(page) {
  return [...(await tabThrough(page, "Tab")), ...(await tabThrough(page, "Shift+Tab"))];
}

async function tabThrough(page, key) {
  await page.evaluate((up) => {
    window.scrollTo(0, up ? document.documentElement.scrollHeight : 0);
    document.activeElement?.blur();
  }, key !== "Tab");
  const problems = [];
  const seen = new Set();
  for (let step = 0; step < 80; step += 1) {
    await page.keyboard.press(key);
    const found = await page.evaluate(() => {
      let element = document.activeElement;
      while (element?.shadowRoot?.activeElement) element = element.shadowRoot.activeElement;
      if (!element || element === document.body) return null;
      const root = element.getRootNode();
      const exit = root.querySelector?.(".eg-exit-this-page");
      const box = element.getBoundingClientRect();
      const name = `${element.tagName.toLowerCase()} “${(element.textContent || element.getAttribute("aria-label") || element.id || "").trim().slice(0, 40)}”`;
      const key = `${name}@${Math.round(box.top + window.scrollY)}:${Math.round(box.left)}`;
      if (exit?.contains(element)) return { key, name, fine: true };
      const bar = exit?.getBoundingClientRect();
      const overlaps =
        bar && box.width > 0 && box.height > 0 && box.top < bar.bottom && box.bottom > bar.top && box.left < bar.right && box.right > bar.left;
      const offScreen = box.bottom <= 0 || box.top >= window.innerHeight;
      return { key, name, fine: !overlaps && !offScreen, overlaps, offScreen, box: [box.top, box.bottom], bar: bar && [bar.top, bar.bottom] };
    });
    if (!found) continue;
    if (seen.has(found.key)) break; // back round to the first control
    seen.add(found.key);
    if (!found.fine) problems.push(found);
  }
  expect(seen.size, "controls reached with Tab").toBeGreaterThan(1);
  return problems;
}

async function checkReflow(page, label) {
  await expect(heading(page)).toBeVisible();
  expect(await horizontalOverflow(page), `horizontal scrolling on ${label}`).toBeLessThanOrEqual(0);
  // axe looks at the page from its top: after an error the page has
  // scrolled to the error summary, and axe counts the links scrolled under
  // the sticky Exit button as too small. Where focus lands is checked next.
  await page.evaluate(() => window.scrollTo(0, 0));
  await expectNoAxeViolations(page, label);
  expect(await obscuredWhenFocused(page), `focused controls hidden on ${label}`).toEqual([]);
}

for (const profile of PROFILES) {
  test.describe(profile.name, () => {
    test.use({ viewport: profile.viewport, deviceScaleFactor: profile.deviceScaleFactor });

    test(`every page of a journey reflows, passes axe and keeps focus in view (${profile.name})`, async ({ page }) => {
      test.setTimeout(180_000); // thirteen pages, each checked with axe and every control focused
      const pages = [];
      const check = async () => {
        const title = await heading(page).textContent();
        pages.push(title);
        await checkReflow(page, `“${title}” at ${profile.name}`);
      };
      await page.goto("./");
      await check(); // start page
      await press(page, "Start now");
      await check(); // is a child at risk?
      await press(page, "Continue"); // nothing chosen: the error summary
      await expect(page.getByRole("alert").first()).toBeVisible();
      await checkReflow(page, `the error summary at ${profile.name}`);
      await choose(page, "No");
      await check(); // who
      await choose(page, "Someone in another agency");
      await check(); // topic
      await choose(page, "Something else");
      await check(); // before you escalate
      await continueOn(page);
      await check(); // check your own view
      await continueOn(page);
      await check(); // start date
      await page.getByLabel("Day").fill("31");
      await page.getByLabel("Month").fill("2");
      await page.getByLabel("Year").fill("2026");
      await continueOn(page);
      await checkReflow(page, `an impossible date at ${profile.name}`);
      await page.getByLabel("Day").fill("2");
      await page.getByLabel("Month").fill("3");
      await continueOn(page);
      while ((await heading(page).textContent()).startsWith("Stage")) {
        await check();
        await choose(page, "No, it was not resolved");
      }
      await check(); // end of the process
      await press(page, "Continue to your record");
      await check(); // check your answers and the record
      expect(pages.length).toBeGreaterThanOrEqual(11);
    });
  });
}
