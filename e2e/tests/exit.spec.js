// Exit this page: the button and the Shift shortcut hide everything at once,
// clear the widget's state and storage, and go to a neutral site.
import { test, expect, toFirstStage, choose, press, withHostAttributes, EMERGENCY, seedKeptProgress, holdBack } from "./helpers.js";

const EXIT = "https://www.bbc.co.uk/weather";

/** Stand in for the neutral site (there is no internet here). The old page
 * stays alive until the stand-in answers, so it answers only once the page
 * has reported what it showed when it hid its content. */
async function standIn(page, seen) {
  await page.route(`${EXIT}**`, async (route) => {
    await expect.poll(() => seen.length, { timeout: 5_000 }).toBeGreaterThan(0).catch(() => {});
    await route.fulfill({ contentType: "text/html", body: "<title>Weather</title><p>Weather stand-in</p>" });
  });
}

/** Watch, from inside the page, what is visible once the exit has hidden
 * the content. (Playwright cannot look into a page while it navigates away.) */
async function watchExit(page) {
  const seen = [];
  await page.exposeFunction("reportExit", (state) => seen.push(state));
  await page.evaluate(() => {
    new MutationObserver(() => {
      if (!document.body.classList.contains("eg-exit-this-page-hide-content")) return;
      const overlay = document.querySelector(".eg-exit-this-page-overlay");
      const visible = [...document.body.querySelectorAll("*")].filter((element) => element.checkVisibility());
      window.reportExit({
        overlay: overlay?.textContent ?? null,
        role: overlay?.getAttribute("role") ?? null,
        visible: visible.map((element) => element.className),
      });
    }).observe(document.body, { attributes: true, childList: true });
  });
  return seen;
}

async function expectHiddenThenGone(page, seen, action) {
  await action();
  await page.waitForURL(`${EXIT}**`);
  await expect(page.getByText("Weather stand-in")).toBeVisible();
  const last = seen.at(-1);
  expect(last, "the page hid its content before leaving").toBeTruthy();
  expect(last).toEqual({ overlay: "Loading.", role: "alert", visible: ["eg-exit-this-page-overlay"] });
}

test("the button hides the page and goes to BBC Weather, clearing kept progress", async ({ page, privacy }) => {
  privacy.allowExitTo = EXIT;
  privacy.optedIn = true;
  await page.goto("/");
  await page.getByLabel("Keep my progress on this device").check();
  await toFirstStage(page);
  expect(await page.evaluate(() => localStorage.length)).toBe(1);
    const seen = await watchExit(page);
  await standIn(page, seen);
  await expectHiddenThenGone(page, seen, () => press(page, "Emergency Exit this page"));

  // Back to the guide: nothing kept, nothing hidden.
  await page.goBack();
  await expect(page.getByText("If a child is in immediate danger, call 999.")).toBeVisible();
  expect(await page.evaluate(() => localStorage.length)).toBe(0);
  await expect(page.getByRole("button", { name: "Start now" })).toBeVisible();
});

test("Shift pressed three times exits; Shift with another key does not count", async ({ page, privacy }) => {
  privacy.allowExitTo = EXIT;
  await page.goto("/");
  await press(page, "Start now");
  await choose(page, "No");
  const status = page.locator(".eg-exit-this-page [role=status]");
  await page.keyboard.press("Shift");
  await expect(status).toHaveText("Shift, press 2 more times to exit.");
  // Shift+A releases A with Shift held, then Shift: the count starts again
  // and that Shift does not count.
  await page.keyboard.press("Shift+A");
  await expect(status).toHaveText("");
  await page.keyboard.press("Shift");
  await expect(status).toHaveText("Shift, press 2 more times to exit.");
  await page.keyboard.press("Shift");
  await expect(status).toHaveText("Shift, press 1 more time to exit.");
    const seen = await watchExit(page);
  await standIn(page, seen);
  await expectHiddenThenGone(page, seen, () => page.keyboard.press("Shift"));
});

test("the Shift count expires after 5 seconds", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("button", { name: "Start now" })).toBeVisible();
  const status = page.locator(".eg-exit-this-page [role=status]");
  await page.keyboard.press("Shift");
  await page.keyboard.press("Shift");
  await expect(status).toHaveText("Shift, press 1 more time to exit.");
  await page.clock.runFor(5_100);
  await expect(status).toHaveText("Exit this page expired.");
  await page.keyboard.press("Shift");
  await expect(status).toHaveText("Shift, press 2 more times to exit.");
});

// An exit address that is this very page (or differs from it only by its
// #part) would not take the page away: Exit this page goes to the neutral
// site instead. The page's clock is stopped before the exit, so the
// fallback that leaves for the neutral site after 3 seconds cannot be what
// takes it there.
for (const [what, exitAddress, mark] of [
  ["the page's own address", (own) => own, test],
  ["the page's own address with a #part", (own) => `${own}#main-content`, test],
  // Spelt without the "/" a browser adds: still this page (once a bug: the
  // guide reloaded instead of leaving).
  ["the page's own address without its final /", (own) => own.replace(/\/$/, ""), test],
]) {
  mark(`when data-exit-url is ${what}, Exit this page goes to BBC Weather at once`, async ({ page, baseURL, privacy }) => {
    privacy.allowExitTo = EXIT;
    const own = new URL("/", baseURL).href;
    await withHostAttributes(page, `data-exit-url="${exitAddress(own)}"`);
    await page.goto("/");
    expect(page.url()).toBe(own);
    await toFirstStage(page);
    const seen = await watchExit(page);
    await standIn(page, seen);
    await page.clock.pauseAt((await page.evaluate(() => Date.now())) + 1_000);
    await expectHiddenThenGone(page, seen, () => press(page, "Emergency Exit this page"));
  });
}

for (const how of ["its script is slow to arrive", "its script never arrives"]) {
  test(`while the guide's ${how.replace("its", "own")}, Exit this page by Shift three times clears kept progress and leaves`, async ({ page, context, privacy }) => {
    privacy.allowExitTo = EXIT;
    privacy.optedIn = true;
    await context.route(`${EXIT}**`, (route) => route.fulfill({ contentType: "text/html", body: "<p>Weather stand-in</p>" }));
    await seedKeptProgress(page);
    // The widget's script (the loader's glue, not the loader itself) held
    // back until the test ends, or refused.
    const script = /escalation-guide-[0-9a-f]+\.js$/;
    const release = how.includes("never") ? () => {} : await holdBack(page, script);
    if (how.includes("never")) await page.route(script, (route) => route.abort());
    await page.goto("/");
    await expect(page.getByText("The guide is loading.")).toBeVisible();
    await expect(page.locator("html")).toHaveAttribute("data-escalation-guide-starting", "");
    for (let i = 0; i < 3; i++) await page.keyboard.press("Shift");
    await page.waitForURL(`${EXIT}**`);
    release();
    const check = await context.newPage();
    await check.goto("/examples/plain.html");
    expect(await check.evaluate(() => Object.keys(localStorage))).toEqual([]);
  });
}

test("on the iframe page before the widget starts, its Exit this page clears kept progress and leaves", async ({ page, context, privacy }) => {
  privacy.allowExitTo = EXIT;
  privacy.optedIn = true;
  await context.route(`${EXIT}**`, (route) => route.fulfill({ contentType: "text/html", body: "<p>Weather stand-in</p>" }));
  await seedKeptProgress(page);
  const release = await holdBack(page, /\.wasm$/);
  await page.goto("/frame.html");
  await expect(page.getByText(EMERGENCY)).toBeVisible();
  await page.getByRole("button", { name: "Emergency Exit this page" }).click();
  await page.waitForURL(`${EXIT}**`);
  release();
  const check = await context.newPage();
  await check.goto("/examples/plain.html");
  expect(await check.evaluate(() => Object.keys(localStorage))).toEqual([]);
});
