// Training mode is a bundle of its own (src/hand_over.rs): the widget's page
// does not download it, and opening the 7-minute briefing does, carrying on
// exactly where the user was.
import { test, expect, heading, choose, toFirstStage, START_TITLE, EMERGENCY, press, checkPage } from "./helpers.js";

const PART_1 = "Part 1 of 7";
const part = (page) => page.locator("h1.eg-present__title");

/** The browser's back button, one page at a time, to the start page. */
async function backToStart(page) {
  for (let step = 0; step < 12; step++) {
    const title = await heading(page).textContent();
    if (title === START_TITLE) return;
    await page.goBack();
    await expect(heading(page)).not.toHaveText(title);
  }
  throw new Error("the back button did not reach the start page");
}

test("the widget's page downloads no training mode; opening the briefing does, and the guide carries on where the user was", async ({ page, privacy }) => {
  privacy.optedIn = true;
  const training = () => privacy.requests.filter((url) => url.includes("escalation-training"));
  await page.goto("/");
  await page.getByLabel("Keep my progress on this device").check();
  await toFirstStage(page);
  await choose(page, "Yes, it was resolved");
  await page.getByLabel("Agencies involved").fill("Police and school");
  expect(training(), "training mode downloaded before it was opened").toEqual([]);

  await backToStart(page);
  await page.getByRole("link", { name: "Run a 7-minute briefing" }).click();
  await expect(part(page)).toContainText(PART_1);
  expect(training().length, "training mode's script and WebAssembly").toBe(2);
  // Focus follows, as on any new page.
  await expect(part(page)).toBeFocused();

  // The guide now running holds everything typed, and keeps it: its own
  // write (on the briefing) carries the record typed before.
  await page.clock.runFor(500);
  const kept = JSON.parse(await page.evaluate(() => localStorage.getItem("escalation-guide:progress")));
  expect(JSON.stringify(kept.journey.trail)).toContain("Briefing");
  expect(kept.journey.record.agencies).toBe("Police and school");

  // The browser's back button carries on across the hand-over, and keeping
  // is still on, with no word of another tab.
  await page.goBack();
  await expect(heading(page)).toHaveText(START_TITLE);
  await expect(page.getByLabel("Keep my progress on this device")).toBeChecked();
  await expect(page.getByText("another tab")).toHaveCount(0);
  await page.goForward();
  await expect(part(page)).toContainText(PART_1);
});

test("if training mode cannot be downloaded, the page says so with Exit this page and the 999 advice, and Try again brings it", async ({ page }) => {
  let refuse = true;
  await page.route(/escalation-training-[0-9a-f]+_bg\.wasm/, (route) => (refuse ? route.abort() : route.fallback()));
  await page.goto("/");
  await page.getByRole("link", { name: "Run a 7-minute briefing" }).click();
  await checkPage(page, "The 7-minute briefing could not be opened", "training-not-downloaded");
  await expect(page.getByText(EMERGENCY)).toBeVisible();
  // Training mode's pages have no back link: this page has its own.
  await page.getByRole("link", { name: "Go back" }).click();
  await expect(heading(page)).toHaveText(START_TITLE);
  await page.getByRole("link", { name: "Run a 7-minute briefing" }).click();
  await expect(heading(page)).toHaveText("The 7-minute briefing could not be opened");

  refuse = false;
  await press(page, "Try again");
  await expect(part(page)).toContainText(PART_1);
  await page.goBack();
  await expect(heading(page)).toHaveText(START_TITLE);
});
