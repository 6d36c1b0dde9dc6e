// Nothing is stored unless the user turns on "keep my progress on this
// device"; then it is, and "clear everything" wipes it. (Every other test
// checks, through the shared fixture, that nothing is stored, no cookie is
// set and no request leaves for another origin.)
import { test, expect, heading, choose, toFirstStage, START_TITLE, backLink, onScreen, press } from "./helpers.js";

test("with the switch off, a whole journey stores nothing and asks no other origin", async ({ page, privacy }) => {
  await page.goto("/");
  await toFirstStage(page);
  await choose(page, "Yes, it was resolved");
  await page.getByLabel("Agencies involved").fill("Health visiting");
  await page.getByRole("link", { name: "The whole process" }).click();
  await page.getByRole("link", { name: "Your timeline" }).click();
  expect(await page.evaluate(() => localStorage.length + sessionStorage.length)).toBe(0);
  expect(privacy.requests.length, "the page's own files were requested").toBeGreaterThan(3);
});

test("keep my progress: stored on this device, restored on return, wiped by clear everything", async ({ page, privacy }) => {
  privacy.optedIn = true;
  await page.goto("/");
  await expect(page.getByLabel("Keep my progress on this device")).not.toBeChecked();
  await page.getByLabel("Keep my progress on this device").check();
  await toFirstStage(page);
  await choose(page, "Yes, it was resolved");
  await page.getByLabel("Agencies involved").fill("Police and school");
  // Kept once typing pauses, not on every key press.
  await page.clock.runFor(500);
  const stored = await page.evaluate(() => localStorage.getItem("escalation-guide:progress"));
  expect(JSON.parse(stored).journey.record.agencies).toBe("Police and school");

  await page.reload();
  await expect(heading(page)).toHaveText("Check your answers and complete your record");
  await expect(page.getByLabel("Agencies involved")).toHaveValue("Police and school");
  await expect(page.getByLabel("Keep my progress on this device")).toBeChecked();
  // The earlier visit's last write can reach the reloaded page as a change
  // from elsewhere (it once unticked the box here): the same text is no
  // other tab.
  await page.evaluate((text) => {
    window.dispatchEvent(new StorageEvent("storage", { key: "escalation-guide:progress", oldValue: text, newValue: text }));
  }, stored);
  await expect(page.getByLabel("Keep my progress on this device")).toBeChecked();
  await expect(page.getByText("another tab", { exact: false })).toHaveCount(0);

  await press(page, "Clear everything");
  await press(page, "Yes, clear everything");
  await expect(heading(page)).toHaveText(START_TITLE);
  await expect(page.getByText("Everything has been cleared.")).toBeAttached();
  expect(await page.evaluate(() => localStorage.length)).toBe(0);
  await expect(page.getByLabel("Keep my progress on this device")).not.toBeChecked();
});

test("turning the switch off removes what was kept", async ({ page, privacy }) => {
  privacy.optedIn = true;
  await page.goto("/");
  await page.getByLabel("Keep my progress on this device").check();
  await press(page, "Start now");
  await page.clock.runFor(500);
  expect(await page.evaluate(() => localStorage.length)).toBe(1);
  await page.getByLabel("Keep my progress on this device").uncheck();
  expect(await page.evaluate(() => localStorage.length)).toBe(0);
});
