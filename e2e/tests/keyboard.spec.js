// A whole journey with the keyboard alone, and the focused element never
// hidden behind the sticky Exit this page button (WCAG 2.2, 2.4.11).
import { test, expect, heading, toFirstStage, choose, press } from "./helpers.js";

/** Where focus is, checking it is visible and not under the exit button. */
async function checkFocus(page) {
  const focused = await page.evaluate(() => {
    // Focus inside the widget's shadow root shows on the page as its host.
    let element = document.activeElement;
    while (element?.shadowRoot?.activeElement) element = element.shadowRoot.activeElement;
    if (!element || element === document.body) return { name: "", role: "body", inExit: true, box: { height: 0 } };
    const exit = (element.getRootNode() ?? document).querySelector(".eg-exit-this-page");
    const box = element.getBoundingClientRect();
    const cover = exit.getBoundingClientRect();
    const label = element.labels?.[0]?.textContent ?? "";
    return {
      name: (element.getAttribute("aria-label") || label || element.textContent || "").trim().replace(/\s+/g, " "),
      role: element.getAttribute("type") || element.tagName.toLowerCase(),
      inExit: exit.contains(element),
      box: { top: box.top, bottom: box.bottom, left: box.left, right: box.right, height: box.height },
      cover: { top: cover.top, bottom: cover.bottom, left: cover.left, right: cover.right },
      viewport: window.innerHeight,
    };
  });
  if (!focused.inExit && focused.box.height > 0) {
    const { box, cover } = focused;
    const overlaps = box.top < cover.bottom && box.bottom > cover.top && box.left < cover.right && box.right > cover.left;
    expect(overlaps, `focus on "${focused.name}" is hidden under Exit this page`).toBe(false);
    expect(box.bottom > 0 && box.top < focused.viewport, `focus on "${focused.name}" is on screen`).toBe(true);
  }
  return focused;
}

/** Press Tab until the focused element is the one named, checking each
 * element focused on the way. */
async function tabTo(page, name, { role } = {}) {
  for (let presses = 0; presses < 60; presses += 1) {
    await page.keyboard.press("Tab");
    const focused = await checkFocus(page);
    if (focused.name === name && (!role || focused.role === role)) return;
  }
  throw new Error(`Tab never reached "${name}"`);
}

/** Radios are one stop for Tab; arrow keys move to (and choose) the one wanted. */
async function chooseRadio(page, first, label) {
  await tabTo(page, first, { role: "radio" });
  await page.keyboard.press("Space");
  for (let presses = 0; presses < 20; presses += 1) {
    const name = await page.evaluate(() => {
      let element = document.activeElement;
      while (element?.shadowRoot?.activeElement) element = element.shadowRoot.activeElement;
      return element.labels?.[0]?.textContent.trim();
    });
    if (name === label) return;
    await page.keyboard.press("ArrowDown");
  }
  throw new Error(`no radio "${label}"`);
}

async function answerByKeyboard(page, first, label) {
  await chooseRadio(page, first, label);
  await expect(page.getByLabel(label, { exact: true })).toBeChecked();
  await tabTo(page, "Continue");
  await page.keyboard.press("Enter");
}

test("a full journey with the keyboard alone, at phone width", async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 700 });
  await page.goto("/");
  await tabTo(page, "Start now");
  await page.keyboard.press("Enter");
  await expect(heading(page)).toHaveText("Is a child at risk of immediate harm?");
  await expect(heading(page)).toBeFocused();

  // Radios in a group: Tab reaches the group, arrow keys move within it.
  await tabTo(page, "Yes", { role: "radio" });
  await page.keyboard.press("ArrowDown");
  await expect(page.getByLabel("No", { exact: true })).toBeChecked();
  await tabTo(page, "Continue");
  await page.keyboard.press("Enter");

  await expect(heading(page)).toHaveText("Who do you disagree with?");
  await answerByKeyboard(page, "Someone in another agency", "Someone in another agency");
  await expect(heading(page)).toHaveText("What is the disagreement about?");
  await tabTo(page, "Decisions about levels of need or whether a child or family has met the threshold for a service", { role: "radio" });
  await page.keyboard.press("Space");
  await tabTo(page, "Continue");
  await page.keyboard.press("Enter");

  await expect(heading(page)).toHaveText("Before you escalate");
  await tabTo(page, "Continue");
  await page.keyboard.press("Enter");
  await expect(heading(page)).toHaveText("Check your own view first");
  await tabTo(page, "Would I react differently if these reports had come from a different source? (optional)");
  await page.keyboard.type("Possibly.");
  await tabTo(page, "Continue");
  await page.keyboard.press("Enter");

  await expect(heading(page)).toHaveText("When did the difference of opinion start?");
  await tabTo(page, "Day");
  await page.keyboard.type("1");
  await page.keyboard.press("Tab");
  await page.keyboard.type("apr");
  await page.keyboard.press("Tab");
  await page.keyboard.type("2026");
  await tabTo(page, "Continue");
  await page.keyboard.press("Enter");

  for (const stage of [1, 2, 3, 4]) {
    await expect(heading(page)).toContainText(`Stage ${stage}:`);
    await answerByKeyboard(page, "Yes, it was resolved", "No, it was not resolved");
  }
  await expect(heading(page)).toHaveText("The last stage did not resolve it");
  await tabTo(page, "Continue to your record");
  await page.keyboard.press("Enter");
  await expect(heading(page)).toHaveText("Check your answers and complete your record");

  // Change an answer from the record with the keyboard.
  await tabTo(page, "Change what it is about");
  await page.keyboard.press("Enter");
  await expect(heading(page)).toHaveText("What is the disagreement about?");
  await tabTo(page, "Back");
  await page.keyboard.press("Enter");
  await expect(heading(page)).toHaveText("Check your answers and complete your record");

  await tabTo(page, "Agencies involved");
  await page.keyboard.type("School and health visiting");
  await expect(page.getByLabel("Agencies involved")).toHaveValue("School and health visiting");
});

test("moving focus backwards up a long page never hides it under the exit button", async ({ page }) => {
  // Shift+Tab scrolls each element in at the top of the screen, where the
  // sticky button is: the page must keep focus below it.
  await page.setViewportSize({ width: 375, height: 700 });
  await page.goto("/");
    await toFirstStage(page);
  await choose(page, "Yes, it was resolved");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Check your answers and complete your record");
  await press(page, "Add a discussion");
  await press(page, "Add an action");
  // From the bottom of the long record page, back up through every control.
  await page.getByRole("button", { name: "Clear everything" }).focus();
  let reachedTop = false;
  for (let presses = 0; presses < 60 && !reachedTop; presses += 1) {
    await page.keyboard.press("Shift+Tab");
    const focused = await checkFocus(page);
    reachedTop = focused.inExit;
  }
  expect(reachedTop, "Shift+Tab reached the exit button at the top").toBe(true);
});
