// Training mode: the 7-minute briefing on a projector, the facilitator
// notes, the one-sheet handout and the discussion scenarios.
import { mkdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { getDocument } from "pdfjs-dist/legacy/build/pdf.mjs";
import { test, expect, heading, press, EMERGENCY, START_TITLE, expectNoAxeViolations, withHostAttributes } from "./helpers.js";

const PARTS = [
  "Background: what this policy is",
  "Why it matters",
  "The stages and who is involved",
  "Timescales: what the policy says",
  "Check your own view",
  "Things to remember",
  "What to do next",
];
const POLICIES = ["pan-berkshire-2026", "berkshire-lscb-2017", "bedfordshire-luton-2018", "white-rock-preschool"];
const screenshotDir = fileURLToPath(new URL("../screenshots/", import.meta.url));

async function toBriefing(page, address = "/") {
  await page.goto(address);
  await expect(heading(page)).toHaveText(START_TITLE);
  await page.getByRole("link", { name: "Run a 7-minute briefing" }).click();
  await expectPart(page, 1);
  // Training mode's bundle has taken over once the part's heading has the
  // focus, as for a keyboard user: keys go to the briefing from then on.
  await expect(page.locator("h1.eg-present__title")).toBeFocused();
}

async function expectPart(page, number) {
  await expect(page.locator("h1.eg-present__title")).toHaveText(`Part ${number} of 7: ${PARTS[number - 1]}`);
}

async function pdfPages(page) {
  const pdf = await page.pdf({ format: "A4" });
  const document = await getDocument({ data: new Uint8Array(pdf) }).promise;
  let text = "";
  for (let number = 1; number <= document.numPages; number++) {
    const content = await (await document.getPage(number)).getTextContent();
    text += content.items.map((item) => item.str).join(" ");
  }
  return { count: document.numPages, text: text.replace(/\s+/g, " ") };
}

test("the keyboard moves through all seven parts and back", async ({ page }) => {
  await page.setViewportSize({ width: 1920, height: 1080 });
  await toBriefing(page);
  for (let number = 2; number <= 7; number++) {
    await page.keyboard.press("ArrowRight");
    await expectPart(page, number);
  }
  await page.keyboard.press("ArrowRight");
  await expectPart(page, 7);
  for (let number = 6; number >= 1; number--) {
    await page.keyboard.press("ArrowLeft");
    await expectPart(page, number);
  }
  await page.keyboard.press("PageDown");
  await expectPart(page, 2);
  await page.keyboard.press("Space");
  await expectPart(page, 3);
  await page.keyboard.press("PageUp");
  await expectPart(page, 2);
  await page.keyboard.press("End");
  await expectPart(page, 7);
  await page.keyboard.press("Home");
  await expectPart(page, 1);
  // A click on the part's text keeps the keys working.
  await page.getByRole("heading", { name: "The policy", exact: true }).click();
  await page.keyboard.press("ArrowRight");
  await expectPart(page, 2);
  // Space on a button presses the button, not the next part.
  await page.getByRole("button", { name: "Previous part" }).focus();
  await page.keyboard.press("Space");
  await expectPart(page, 1);
  // The buttons.
  await press(page, "Next part");
  await expectPart(page, 2);
  // Presenting shows the part, Exit this page and the 999 line only: no
  // journey links and no back link.
  await expect(page.getByRole("link", { name: "The whole process" })).toHaveCount(0);
  await expect(page.getByRole("link", { name: "Back", exact: true })).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Emergency Exit this page" })).toBeVisible();
  await expect(page.getByText(EMERGENCY)).toBeVisible();
});

test("each part shows the chosen policy's words with their sources", async ({ page }) => {
  await toBriefing(page, "/?policy=bedfordshire-luton-2018");
  await page.keyboard.press("End");
  await page.keyboard.press("Home");
  await expect(page.getByText("Escalation Procedures", { exact: false }).first()).toBeVisible();
  for (let number = 1; number <= 7; number++) {
    await expectPart(page, number);
    // Every part shows where its statements come from: the policy's words
    // with their source, or this guide's summaries labelled as such.
    // (A small numbered mark, the sources listed at the foot.)
    // (Part 7 opens on the team's questions, whose heading says they are
    // this guide's words.)
    await expect(
      page
        .locator(".eg-present")
        .locator(".eg-slide__mark:visible, .eg-guide-label:visible, .eg-slide__heading:has-text('from this guide, not the policy')")
        .first(),
    ).toBeVisible();
    await page.keyboard.press("ArrowRight");
  }
  await page.keyboard.press("Home");
  for (let i = 0; i < 3; i++) await page.keyboard.press("ArrowRight");
  await expectPart(page, 4);
  // Bedfordshire gives no working-day figure: no timeline, and what it
  // says about its missing table is there.
  await expect(page.locator(".eg-time-line")).toHaveCount(0);
  await expect(page.getByText("Timescale Required for Resolution").first()).toBeVisible();
  await expect(page.getByText(/sets no timescale/)).toHaveCount(0);
});

test("full screen takes the whole widget, Exit this page with it, and leaves again", async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await toBriefing(page);
  await press(page, "Full screen");
  await expect(page.getByRole("button", { name: "Leave full screen" })).toBeVisible();
  expect(await page.evaluate(() => document.fullscreenElement !== null)).toBe(true);
  await expect(page.getByRole("button", { name: "Emergency Exit this page" })).toBeVisible();
  await expect(page.getByText(EMERGENCY)).toBeVisible();
  // The keys still move between parts while full screen.
  await page.keyboard.press("ArrowRight");
  await expectPart(page, 2);
  await press(page, "Leave full screen");
  await expect(page.getByRole("button", { name: "Full screen" })).toBeVisible();
  expect(await page.evaluate(() => document.fullscreenElement)).toBeNull();
});

test("Exit this page works from the briefing, full screen or not", async ({ page, privacy }) => {
  const exit = "https://www.bbc.co.uk/weather";
  privacy.allowExitTo = exit;
  await page.route(`${exit}**`, (route) => route.fulfill({ body: "<title>Weather</title><p>Weather stand-in</p>", contentType: "text/html" }));
  await toBriefing(page);
  await press(page, "Full screen");
  await expect(page.getByRole("button", { name: "Leave full screen" })).toBeVisible();
  await press(page, "Emergency Exit this page");
  await page.waitForURL(`${exit}**`);
  await expect(page.getByText("Weather stand-in")).toBeVisible();
});

test("the handout prints on at most two A4 pages, for every built-in policy", async ({ page }) => {
  for (const policy of POLICIES) {
    await page.goto(`/?policy=${policy}`);
    await page.getByRole("link", { name: "Run a 7-minute briefing" }).click();
    await page.getByRole("link", { name: "One-sheet handout" }).first().click();
    await expect(page.getByText("One-sheet handout:", { exact: false })).toBeVisible();
    const printed = await pdfPages(page);
    expect(printed.count, `${policy}: pages`).toBeLessThanOrEqual(2);
    const title = await heading(page).innerText();
    expect(printed.text).toContain(title.slice(0, 40));
    expect(printed.text).toContain("Timescales: what the policy says");
    expect(printed.text).toContain("Who to contact");
    expect(printed.text, "no buttons or links on paper").not.toContain("Print the handout");
    if (policy === "pan-berkshire-2026") {
      expect(printed.text).toContain("within a maximum of 48 hours");
      mkdirSync(screenshotDir, { recursive: true });
      await page.emulateMedia({ media: "print" });
      await page.screenshot({ path: `${screenshotDir}training-handout-print.png`, fullPage: true });
      await page.emulateMedia({ media: null });
    }
  }
});

test("the handout shows the contact details the site gives", async ({ page }) => {
  const contacts = JSON.stringify({ "designated-safeguarding-lead": { service: "Our safeguarding team", phone: "0118 000 0000" } });
  await withHostAttributes(page, `data-contacts='${contacts}' data-start="training"`);
  await page.goto("/");
  await expectPart(page, 1);
  await page.getByRole("link", { name: "One-sheet handout" }).first().click();
  await expect(page.getByText("Our safeguarding team")).toBeVisible();
  const printed = await pdfPages(page);
  expect(printed.text).toContain("0118 000 0000");
});

test("facilitator notes give each part what to say, in seven minutes", async ({ page }) => {
  await toBriefing(page, "/?policy=bedfordshire-luton-2018");
  await page.getByRole("link", { name: "Facilitator notes" }).click();
  await expect(heading(page)).toHaveText("Facilitator notes");
  const parts = page.locator(".eg-notes__part");
  await expect(parts).toHaveCount(7);
  await expect(parts.last()).toContainText("to 7:00");
  await expect(parts.nth(3)).toContainText("table");
  await page.setViewportSize({ width: 1280, height: 900 });
  mkdirSync(screenshotDir, { recursive: true });
  await page.screenshot({ path: `${screenshotDir}training-notes-1280.png`, fullPage: true });
  const printed = await pdfPages(page);
  expect(printed.text).toContain("Part 7 of 7");
  // A part's link opens that part.
  await parts.nth(2).getByRole("link").click();
  await expectPart(page, 3);
});

test("each scenario reveals what the policy says, with its source", async ({ page }) => {
  await toBriefing(page, "/?policy=white-rock-preschool");
  await page.getByRole("link", { name: "Discussion scenarios" }).click();
  await expect(heading(page)).toHaveText("Discussion scenarios");
  const cards = page.locator(".eg-scenario");
  await expect(cards).toHaveCount(11);
  await expect(cards.filter({ hasText: "Strategy Meeting" }).or(cards.filter({ hasText: "strategy meeting" }))).toHaveCount(1);
  for (let index = 0; index < 11; index++) {
    const card = cards.nth(index);
    await expect(card.getByText("Who would you speak to, and by when?").first()).toBeVisible();
    const reveal = card.locator(".eg-scenario__reveal");
    await expect(reveal).toBeHidden();
    await card.getByText(/^What the policy says about scenario \d+$/).click();
    await expect(reveal).toBeVisible();
    await expect(reveal.getByText("Stage 1:").first()).toBeVisible();
    await expect(reveal.locator(".eg-source").first()).toBeVisible();
    await expect(reveal).toContainText("This guide’s note: The policy does not answer this example on its own");
  }
});

test("data-start=training opens the briefing, in the page and in the iframe", async ({ page }) => {
  await page.goto("/frame.html?policy=bedfordshire-luton-2018&start=training");
  await expectPart(page, 1);
  await expect(page.getByText("7-minute briefing: Escalation Procedures", { exact: false })).toBeVisible();
});

for (const size of [{ width: 1920, height: 1080 }, { width: 375, height: 800 }]) {
  test(`training mode passes axe-core at ${size.width}×${size.height}`, async ({ page }) => {
    // Ten pages, each checked in full.
    test.setTimeout(90_000);
    await page.setViewportSize(size);
    await toBriefing(page);
    for (let number = 1; number <= 7; number++) {
      await expectPart(page, number);
      await expectNoAxeViolations(page, `part ${number} at ${size.width}`);
      if (number === 3) {
        mkdirSync(screenshotDir, { recursive: true });
        await page.screenshot({ path: `${screenshotDir}training-part-3-${size.width}.png` });
      }
      await page.keyboard.press("ArrowRight");
    }
    for (const view of ["Facilitator notes", "One-sheet handout", "One-page sheet", "Discussion scenarios"]) {
      await page.getByRole("link", { name: view }).first().click();
      if (view === "Discussion scenarios") {
        for (const summary of await page.locator(".eg-scenario summary").all()) await summary.click();
      }
      // From the top, as the page opens (Exit this page stays at the top
      // of a phone's screen, over whatever has scrolled under it).
      await page.evaluate(() => window.scrollTo(0, 0));
      await expectNoAxeViolations(page, `${view} at ${size.width}`);
      await page.goBack();
    }
  });
}

test("a host's own policy file becomes the briefing, with no hand-made slides", async ({ page }) => {
  const { readFileSync } = await import("node:fs");
  const policy = JSON.parse(readFileSync(new URL("../../policies/white-rock-preschool.json", import.meta.url), "utf8"));
  policy.id = "our-pre-school";
  policy.title = "Our Pre-school Escalation Policy";
  policy.stages[0].title = "Talk to the other professional first";
  await withHostAttributes(page, 'data-policy-url="/host/policies/ours.json" data-start="training"');
  await page.route("**/host/policies/ours.json", (route) => route.fulfill({ contentType: "application/json", body: JSON.stringify(policy) }));
  await page.goto("/");
  await expectPart(page, 1);
  await expect(page.locator(".eg-present")).toContainText("Our Pre-school Escalation Policy");
  await page.keyboard.press("ArrowRight");
  await page.keyboard.press("ArrowRight");
  await expectPart(page, 3);
  // The flowchart draws the file's own stages.
  await expect(page.locator(".eg-slide-flow")).toContainText("Talk to the other professional first");
});

test("on a host's page, keys are the host's until the briefing has focus", async ({ page }) => {
  await page.route("**/examples/plain.html", async (route) => {
    const response = await route.fetch();
    const body = (await response.text()).replace('data-policy="white-rock-preschool"', 'data-policy="white-rock-preschool" data-start="training"');
    await route.fulfill({ response, body });
  });
  await page.goto("/examples/plain.html");
  await expectPart(page, 1);
  // Nothing focused: Page Down and End scroll the host's page, not the parts.
  await page.keyboard.press("PageDown");
  await page.keyboard.press("End");
  await expectPart(page, 1);
  // A click on the part gives it the keys.
  await page.getByRole("heading", { name: "The policy", exact: true }).click();
  await page.keyboard.press("End");
  await expectPart(page, 7);
});
