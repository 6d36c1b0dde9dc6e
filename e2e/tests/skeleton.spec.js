// The walking skeleton: start page, the immediate-danger question and where
// each answer leads, the back link and the browser's back button.
import { test, expect } from "@playwright/test";
import { EMERGENCY, checkPage, heading } from "./helpers.js";

const QUESTION = "Is a child at risk of immediate harm?";

async function answer(page, choice) {
  await page.getByRole("button", { name: "Start now" }).click();
  await expect(heading(page)).toHaveText(QUESTION);
  await page.getByLabel(choice, { exact: true }).check();
  await page.getByRole("button", { name: "Continue" }).click();
}

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
  await expect(page.getByText("Loading the guide")).toBeVisible();
  await expect(page.getByRole("button", { name: "Start now" })).toHaveCount(0);

  release();
  await expect(page.getByRole("button", { name: "Start now" })).toBeVisible();
  await expect(page.getByText(EMERGENCY)).toBeVisible();
  await expect(page.getByText("Loading the guide")).toHaveCount(0);
});

test("start page", async ({ page }) => {
  await page.goto("/");
  await checkPage(page, { title: "Resolve a professional disagreement about a child’s safety", name: "start" });
  await expect(page.getByRole("link", { name: "Back" })).toHaveCount(0);
});

test("the question says what is wrong when nothing is chosen", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("button", { name: "Start now" }).click();
  await checkPage(page, { title: QUESTION, name: "immediate-danger" });
  await page.getByRole("button", { name: "Continue" }).click();
  await expect(page.getByRole("alert")).toContainText("There is a problem");
  await expect(page.getByRole("alert")).toBeFocused();
  await checkPage(page, { title: QUESTION, name: "immediate-danger-error" });
  await page.getByRole("link", { name: "Select if a child is at risk of immediate harm" }).click();
  await expect(page.getByLabel("Yes", { exact: true })).toBeFocused();
});

test("yes: the urgent page says call 999 and tell your DSL or line manager now", async ({ page }) => {
  await page.goto("/");
  await answer(page, "Yes");
  await checkPage(page, { title: "Act now to keep the child safe", name: "urgent" });
  await expect(page.getByText("Tell your Designated Safeguarding Lead or line manager now.")).toBeVisible();
});

test("not sure: speak to your Designated Safeguarding Lead now", async ({ page }) => {
  await page.goto("/");
  await answer(page, "Not sure");
  await checkPage(page, { title: "Speak to your Designated Safeguarding Lead now", name: "speak-to-dsl" });
});

test("no: the next steps", async ({ page }) => {
  await page.goto("/");
  await answer(page, "No");
  await checkPage(page, { title: "The next steps are coming", name: "next-steps" });
});

test("the back link and the browser's back and forward buttons agree", async ({ page }) => {
  await page.goto("/");
  await answer(page, "Not sure");
  await expect(heading(page)).toHaveText("Speak to your Designated Safeguarding Lead now");
  const address = page.url();

  await page.getByRole("link", { name: "Back" }).click();
  await expect(heading(page)).toHaveText(QUESTION);
  await expect(page.getByLabel("Not sure", { exact: true })).toBeChecked();
  await expect(heading(page)).toBeFocused();

  await page.goForward();
  await expect(heading(page)).toHaveText("Speak to your Designated Safeguarding Lead now");

  await page.goBack();
  await expect(heading(page)).toHaveText(QUESTION);
  await page.goBack();
  await expect(heading(page)).toHaveText("Resolve a professional disagreement about a child’s safety");
  expect(page.url(), "the address never changes").toBe(address);

  // A different answer after going back takes the new route.
  await answer(page, "Yes");
  await expect(heading(page)).toHaveText("Act now to keep the child safe");
});
