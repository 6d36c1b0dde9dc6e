// The start of every journey: the 999 advice, the immediate-danger question
// and where each answer leads, and the back link and browser buttons.
import { test, expect, EMERGENCY, START_TITLE, checkPage, heading, choose, backLink, onScreen, press, expectNoAxeViolations, withHostAttributes } from "./helpers.js";

const QUESTION = "Is a child at risk of immediate harm?";

test("the 999 advice shows before the widget starts, and after", async ({ page }) => {
  // Hold the WebAssembly back so the page is seen as it is before the app runs.
  let release;
  const held = new Promise((resolve) => (release = resolve));
  await page.route(/\.wasm$/, async (route) => {
    await held;
    await route.continue();
  });
  await page.goto("/");
  await expect(page.getByText(EMERGENCY)).toBeVisible();
  await expect(page.getByText("The guide is loading.")).toBeVisible();
  // The outline of the default policy, made from its data at build time.
  await expect(page.getByText("Stage 1: Promoting discussion to find a resolution for the child")).toBeVisible();
  await expect(page.getByRole("button", { name: "Start now" })).toHaveCount(0);
  // Exit this page is there before the WebAssembly, as a plain link.
  await expect(page.getByRole("button", { name: "Emergency Exit this page" })).toHaveAttribute(
    "href",
    "https://www.bbc.co.uk/weather",
  );

  release();
  await expect(page.getByRole("button", { name: "Start now" })).toBeVisible();
  await expect(page.getByText(EMERGENCY)).toBeVisible();
  await expect(page.getByText("The guide is loading.")).toHaveCount(0);
});

test("start page", async ({ page }) => {
  await page.goto("/");
  await checkPage(page, START_TITLE, "start");
  await expect(backLink(page)).toHaveCount(0);
});

test("the question says what is wrong when nothing is chosen", async ({ page }) => {
  await page.goto("/");
  await press(page, "Start now");
  await checkPage(page, QUESTION, "immediate-danger");
  await press(page, "Continue");
  const summary = page.locator(".eg-error-summary");
  await expect(summary).toContainText("There is a problem");
  await expect(summary).toBeFocused();
  await checkPage(page, QUESTION, "immediate-danger-error");
  await page.getByRole("link", { name: "Select if a child is at risk of immediate harm" }).click();
  await expect(page.getByLabel("Yes", { exact: true })).toBeFocused();
});

test("yes: the urgent page says call 999 and tell your DSL or line manager now", async ({ page }) => {
  await page.goto("/");
  await press(page, "Start now");
  await choose(page, "Yes");
  await checkPage(page, "Act now to keep the child safe", "urgent");
  await expect(page.getByText("refer directly to their Safeguarding Lead or line manager")).toBeVisible();
  await press(page, "Continue to the escalation process");
  await expect(heading(page)).toHaveText("Who do you disagree with?");
});

test("not sure: speak to your Designated Safeguarding Lead now, then continue", async ({ page }) => {
  await page.goto("/");
  await press(page, "Start now");
  await choose(page, "Not sure");
  await checkPage(page, "Speak to your Designated Safeguarding Lead now", "speak-to-dsl");
  await press(page, "Continue");
  await expect(heading(page)).toHaveText("Who do you disagree with?");
});

test("the back link and the browser's back and forward buttons agree", async ({ page }) => {
  await page.goto("/");
  const address = page.url();
  await press(page, "Start now");
  await choose(page, "Not sure");
  await expect(heading(page)).toHaveText("Speak to your Designated Safeguarding Lead now");

  await backLink(page).click();
  await expect(heading(page)).toHaveText(QUESTION);
  await expect(page.getByLabel("Not sure", { exact: true })).toBeChecked();
  await expect(heading(page)).toBeFocused();

  await page.goForward();
  await expect(heading(page)).toHaveText("Speak to your Designated Safeguarding Lead now");

  await page.goBack();
  await expect(heading(page)).toHaveText(QUESTION);
  await page.goBack();
  await expect(heading(page)).toHaveText(START_TITLE);
  expect(page.url(), "the address never changes").toBe(address);

  // A different answer after going back takes the new route.
  await press(page, "Start now");
  await choose(page, "Yes");
  await expect(heading(page)).toHaveText("Act now to keep the child safe");
});

test("without JavaScript the page still has the 999 advice, Exit this page and an outline of the policy", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto("/");
  await expect(page.getByText(EMERGENCY)).toBeVisible();
  const stages = page.locator("ol li");
  await expect(stages).toHaveCount(4);
  await expect(stages.nth(3)).toContainText("Stage 4: When no solution is reached between senior leaders");
  await expect(stages.nth(3)).toContainText("“within a maximum of 48 hours (e.g. within 6 working days");
  await expect(page.getByRole("button", { name: "Emergency Exit this page" })).toHaveAttribute(
    "href",
    "https://www.bbc.co.uk/weather",
  );
  await context.close();
});

test("a failure inside the widget shows the failure view, with Exit this page and the 999 advice", async ({ page }) => {
  // The panic hook is installed by mount: a test-only setting makes the
  // widget fail on purpose as it starts.
  const errors = [];
  page.on("pageerror", (error) => errors.push(error.message));
  await withHostAttributes(page, 'data-test-panic data-exit-url="https://example.org/safe"');
  await page.goto("/");
  await expect(heading(page)).toHaveText("Sorry, the guide has stopped working");
  await expect(page.getByText(EMERGENCY)).toBeVisible();
  await expect(page.getByRole("button", { name: "Emergency Exit this page" })).toHaveAttribute("href", "https://example.org/safe");
  await expect(page.getByRole("link", { name: "Reload the page to start again" })).toBeVisible();
  await expectNoAxeViolations(page, "failure view");
});
