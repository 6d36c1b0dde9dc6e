// Training mode is a bundle of its own (src/hand_over.rs): the widget's page
// does not download it, and opening the 7-minute briefing does, carrying on
// exactly where the user was.
import { readFileSync } from "node:fs";
import { test, expect, heading, choose, toFirstStage, START_TITLE, EMERGENCY, press, checkPage, withHostAttributes } from "./helpers.js";

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

/** Serve a host's JSON file once: a second fetch (offline by then, say) fails. */
async function serveOnce(page, address, body) {
  const served = { count: 0 };
  await page.route(address, (route) =>
    served.count++ ? route.abort() : route.fulfill({ contentType: "application/json", body }),
  );
  return served;
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

test("a host's own policy goes over with the guide: training mode does not fetch it again", async ({ page }) => {
  const file = readFileSync(new URL("../../policies/white-rock-preschool.json", import.meta.url), "utf8");
  await withHostAttributes(page, 'data-policy-url="/host/policies/ours.json"');
  const served = await serveOnce(page, "**/host/policies/ours.json", file);
  await page.goto("/");
  await expect(heading(page)).toHaveText(START_TITLE);
  await page.getByRole("link", { name: "Run a 7-minute briefing" }).click();
  await expect(part(page)).toContainText(PART_1);
  await expect(page.getByText("White Rock Pre-school").first()).toBeVisible();
  expect(served.count).toBe(1);
});

test("a host's contacts file goes over too: the handout names them with no second fetch", async ({ page }) => {
  const contacts = JSON.stringify({ "partnership-business-manager": { service: "Our partnership unit", phone: "0118 000 0000" } });
  await withHostAttributes(page, 'data-contacts="/host/contacts.json"');
  const served = await serveOnce(page, "**/host/contacts.json", contacts);
  await page.goto("/");
  await expect(heading(page)).toHaveText(START_TITLE);
  await expect.poll(() => served.count).toBe(1);
  await page.getByRole("link", { name: "Run a 7-minute briefing" }).click();
  await expect(part(page)).toContainText(PART_1);
  await page.getByRole("link", { name: "One-sheet handout" }).first().click();
  await expect(page.getByText("Our partnership unit").first()).toBeVisible();
  expect(served.count).toBe(1);
});

test("on the iframe page the frame keeps its height across the hand-over, never collapsing", async ({ page }) => {
  await page.goto("/examples/iframe.html");
  const frameElement = page.locator("#escalation-guide-frame");
  const frame = page.frameLocator("#escalation-guide-frame");
  await expect(frame.getByRole("heading", { level: 1 })).toHaveText(START_TITLE);
  await expect.poll(() => frameElement.evaluate((element) => element.style.height)).toMatch(/^\d+px$/);
  // Every height the page around the frame is told from now on.
  await frameElement.evaluate((element) => {
    window.heights = [];
    new MutationObserver(() => window.heights.push(parseFloat(element.style.height))).observe(element, { attributes: true });
  });
  await frame.getByRole("link", { name: "Run a 7-minute briefing" }).click();
  await expect(frame.locator("h1.eg-present__title")).toContainText(PART_1);
  await expect.poll(() => page.evaluate(() => window.heights.length)).toBeGreaterThan(0);
  const heights = await page.evaluate(() => window.heights);
  expect(Math.min(...heights), `heights told: ${heights.join(", ")}`).toBeGreaterThan(100);
});

test("two widgets, one of them in training mode: Exit this page leaves at once, without asking about the other's typing", async ({ page, privacy }) => {
  const EXIT = "https://www.bbc.co.uk/weather";
  privacy.allowExitTo = EXIT;
  await page.route(`${EXIT}**`, (route) => route.fulfill({ contentType: "text/html", body: "<p>Weather stand-in</p>" }));
  const dialogs = [];
  page.on("dialog", (dialog) => {
    dialogs.push(dialog.type());
    dialog.accept();
  });
  await page.goto("/examples/two-widgets.html");
  const widgets = page.locator("[data-escalation-guide]");
  const [berkshire, whiteRock] = [widgets.nth(0), widgets.nth(1)];
  const pressIn = async (widget, name) => {
    await page.clock.fastForward(1_000);
    await widget.getByRole("button", { name }).click();
  };
  await whiteRock.getByRole("link", { name: "Run a 7-minute briefing" }).click();
  await expect(whiteRock.locator("h1.eg-present__title")).toContainText(PART_1);
  // Typed work in the other widget, not kept and not downloaded.
  await pressIn(berkshire, "Start now");
  await berkshire.getByLabel("No", { exact: true }).check();
  await pressIn(berkshire, "Continue");
  await berkshire.getByLabel("Someone in another agency", { exact: true }).check();
  await pressIn(berkshire, "Continue");
  await berkshire.getByLabel("Something else", { exact: true }).check();
  await pressIn(berkshire, "Continue");
  await pressIn(berkshire, "Continue");
  await berkshire.locator("textarea").first().fill("What I think, in my own words");
  await pressIn(whiteRock, "Emergency Exit this page");
  await page.waitForURL(`${EXIT}**`);
  expect(dialogs, "a question before leaving").toEqual([]);
});

test("kept progress that could not be used still waits after the hand-over: said, never overwritten, keeping still blocked", async ({ page, privacy }) => {
  privacy.optedIn = true;
  const KEY = "escalation-guide:progress";
  const raw = JSON.stringify({ format: "escalation-guide-record", version: 99, journey: { record: { details: "My only copy" } } });
  await page.goto("/");
  await page.evaluate(([key, value]) => localStorage.setItem(key, value), [KEY, raw]);
  await page.reload();
  const notice = page.getByRole("region", { name: "Your kept progress could not be used" });
  await expect(notice).toBeVisible();

  await page.getByRole("link", { name: "Run a 7-minute briefing" }).click();
  await expect(part(page)).toContainText(PART_1);
  await expect(part(page)).toBeFocused();
  await page.goBack();
  await expect(heading(page)).toHaveText(START_TITLE);
  // Training mode's bundle runs the page now, and knows what the first did.
  expect(privacy.requests.filter((url) => url.includes("escalation-training")).length).toBe(2);
  await expect(notice).toContainText("saved by a newer version of this guide (format 99)");
  await expect(page.getByLabel("Keep my progress on this device")).toBeDisabled();
  await page.clock.runFor(1_000);
  expect(await page.evaluate((key) => localStorage.getItem(key), KEY)).toBe(raw);
});

for (const file of ["script", "WebAssembly"]) {
  test(`a training download whose ${file} never arrives is given up on after 30 seconds, and Try again asks at another address`, async ({ page }) => {
    const pattern = file === "script" ? /escalation-training-[0-9a-f]+\.js/ : /escalation-training-[0-9a-f]+_bg\.wasm/;
    const asked = [];
    await page.route(pattern, (route) => {
      asked.push(route.request().url());
      // The first is never answered: a request that hangs.
      if (asked.length > 1) return route.fallback();
    });
    await page.goto("/");
    await page.getByRole("link", { name: "Run a 7-minute briefing" }).click();
    await expect(heading(page)).toHaveText("Opening the 7-minute briefing");
    await expect.poll(() => asked.length).toBe(1);
    await page.clock.fastForward(31_000);
    await expect(heading(page)).toHaveText("The 7-minute briefing could not be opened");
    await expect(page.getByText(EMERGENCY)).toBeVisible();
    await press(page, "Try again");
    await expect(part(page)).toContainText(PART_1);
    // Not the address of the request that hangs, which the browser might
    // make the new one wait behind.
    expect(new Set(asked).size).toBe(asked.length);
  });
}

test("after training mode has failed on the page, another widget's briefing is not handed to it: that widget says so and carries on", async ({ page }) => {
  page.on("pageerror", () => {});
  await page.goto("/examples/two-widgets.html");
  const widgets = page.locator("[data-escalation-guide]");
  const [berkshire, whiteRock] = [widgets.nth(0), widgets.nth(1)];
  await expect(berkshire.getByRole("button", { name: "Start now" })).toBeVisible();
  // Training mode will fail as it takes over the second widget (the
  // test-only setting it reads as it starts), standing in for any fault.
  await page.evaluate(() => document.querySelectorAll("[data-escalation-guide]")[1].setAttribute("data-test-panic", ""));
  await whiteRock.getByRole("link", { name: "Run a 7-minute briefing" }).click();
  await expect(whiteRock.getByRole("heading", { level: 1 })).toHaveText("Sorry, the guide has stopped working");
  await berkshire.getByRole("link", { name: "Run a 7-minute briefing" }).click();
  await expect(berkshire.getByRole("heading", { level: 1 })).toHaveText("The 7-minute briefing could not be opened");
  await expect(berkshire.getByText(EMERGENCY)).toBeVisible();
  await berkshire.getByRole("link", { name: "Go back" }).click();
  await expect(berkshire.getByRole("heading", { level: 1 })).toHaveText(START_TITLE);
  await page.clock.fastForward(1_000);
  await berkshire.getByRole("button", { name: "Start now" }).click();
  await expect(berkshire.getByRole("heading", { level: 1 })).toHaveText("Is a child at risk of immediate harm?");
});

test("a training download that is only slow is not thrown away: after Try again, whichever download arrives first opens the briefing", async ({ page }) => {
  const held = [];
  await page.route(/escalation-training-[0-9a-f]+\.js/, (route) => {
    held.push(route);
  });
  await page.goto("/");
  await page.getByRole("link", { name: "Run a 7-minute briefing" }).click();
  await expect.poll(() => held.length).toBe(1);
  await page.clock.fastForward(31_000);
  await expect(heading(page)).toHaveText("The 7-minute briefing could not be opened");
  await press(page, "Try again");
  // A second download is asked for; the first, slow one, arrives first.
  await expect.poll(() => held.length).toBe(2);
  await held[0].continue();
  await expect(part(page)).toContainText(PART_1);
  await held[1].abort().catch(() => {});
});
