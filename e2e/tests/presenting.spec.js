// The 7-minute briefing presented: each part on one screen at projector
// sizes, the presenter view in a second window, the one-page sheet.
import { mkdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { getDocument } from "pdfjs-dist/legacy/build/pdf.mjs";
import { test, expect, press, choose, EMERGENCY, expectNoAxeViolations, withHostAttributes } from "./helpers.js";

const POLICIES = ["pan-berkshire-2026", "berkshire-lscb-2017", "bedfordshire-luton-2018", "white-rock-preschool"];
const screenshotDir = fileURLToPath(new URL("../screenshots/", import.meta.url));

async function toBriefing(page, policy) {
  await page.goto(`/?policy=${policy}`);
  await page.getByRole("link", { name: "Run a 7-minute briefing" }).click();
  await expect(page.locator("h1.eg-present__title")).toContainText("Part 1 of 7");
  // Training mode's bundle has taken over once the part's heading has the
  // focus, as for a keyboard user: keys go to the briefing from then on.
  await expect(page.locator("h1.eg-present__title")).toBeFocused();
}

/** Part `number` is on the screen, fitted: the page does not scroll, the
 * part's points run past their space neither down nor across (two columns
 * overflow sideways), its picture ends inside the part, and something of
 * the part shows beside the picture or on its own. */
async function expectFitted(page, number) {
  await expect(page.locator("h1.eg-present__title")).toContainText(`Part ${number} of 7`);
  await expect
    .poll(() =>
      page.evaluate(() => {
        const root = document.querySelector("[data-escalation-guide]")?.shadowRoot ?? document;
        const body = root.querySelector(".eg-slide__body");
        const visual = root.querySelector(".eg-slide__visual");
        const points = root.querySelectorAll(".eg-slide__points li").length;
        return {
          scrolls: document.scrollingElement.scrollHeight > window.innerHeight,
          down: body.scrollHeight > body.clientHeight + 1,
          across: body.scrollWidth > body.clientWidth + 1,
          picture: Boolean(visual) && visual.getBoundingClientRect().bottom > body.getBoundingClientRect().bottom + 1,
          shows: points > 0 || Boolean(visual),
        };
      }),
    )
    .toEqual({ scrolls: false, down: false, across: false, picture: false, shows: true });
}

/** Every quotation on the screen carries its source's number, and every
 * number is one listed at the foot. */
async function expectEveryQuoteMarked(page) {
  const unmarked = await page.evaluate(() => {
    const root = document.querySelector("[data-escalation-guide]")?.shadowRoot ?? document;
    return [...root.querySelectorAll(".eg-slide q.eg-policy-voice")]
      .filter((quote) => !quote.nextElementSibling?.classList.contains("eg-slide__mark"))
      .map((quote) => quote.textContent.slice(0, 60));
  });
  expect(unmarked, "quotations without a source number").toEqual([]);
}

for (const size of [{ width: 1920, height: 1080 }, { width: 1280, height: 720 }]) {
  test(`every part of every built-in policy fits one screen at ${size.width}×${size.height}`, async ({ page }) => {
    test.setTimeout(120_000);
    await page.setViewportSize(size);
    for (const policy of POLICIES) {
      await toBriefing(page, policy);
      for (let number = 1; number <= 7; number++) {
        await expectFitted(page, number);
        if (number === 3) {
          await expect(page.locator(".eg-slide-flow__stage").first()).toBeVisible();
        }
        if (number === 4 && policy === "pan-berkshire-2026") {
          // Eight statements about time: drawn on the timeline instead.
          await expect(page.locator(".eg-time-line__mark")).toHaveCount(6);
          await expect(page.locator(".eg-time-line")).toContainText("Within 6 working days of the start of the difference of opinion");
        }
        if (size.width === 1920 && policy === "pan-berkshire-2026") {
          mkdirSync(screenshotDir, { recursive: true });
          await page.screenshot({ path: `${screenshotDir}briefing-part-${number}-1920.png` });
        }
        await page.keyboard.press("ArrowRight");
      }
    }
  });
}

test("a host's policy file of the same size fits too", async ({ page }) => {
  const { readFileSync } = await import("node:fs");
  const policy = JSON.parse(readFileSync(new URL("../../policies/pan-berkshire-2026.json", import.meta.url), "utf8"));
  policy.id = "our-area";
  await withHostAttributes(page, 'data-policy-url="/host/policies/ours.json" data-start="training"');
  await page.route("**/host/policies/ours.json", (route) => route.fulfill({ contentType: "application/json", body: JSON.stringify(policy) }));
  for (const size of [{ width: 1920, height: 1080 }, { width: 1280, height: 720 }]) {
    await page.setViewportSize(size);
    await page.goto("/");
    for (let number = 1; number <= 7; number++) {
      await expectFitted(page, number);
      await page.keyboard.press("ArrowRight");
    }
  }
});

test("a part refits when the window grows, as when it moves to the projector", async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await toBriefing(page, "pan-berkshire-2026");
  await page.keyboard.press("ArrowRight");
  await expectFitted(page, 2);
  const shown = () => page.locator(".eg-slide__points li").count();
  const small = await shown();
  await page.setViewportSize({ width: 1920, height: 1200 });
  await expectFitted(page, 2);
  await expect.poll(shown).toBeGreaterThan(small);
});

test("each mark on a part is a source listed at its foot", async ({ page }) => {
  await page.setViewportSize({ width: 1920, height: 1080 });
  await toBriefing(page, "pan-berkshire-2026");
  for (let number = 1; number <= 7; number++) {
    await expectFitted(page, number);
    await expectEveryQuoteMarked(page);
    const marks = await page.locator(".eg-slide__mark").allInnerTexts();
    const sources = await page.locator(".eg-slide__source-list > li").count();
    const numbers = [...new Set(marks.map((mark) => Number(mark.match(/\d+/)[0])))].sort((a, b) => a - b);
    expect(numbers, `part ${number}`).toEqual(Array.from({ length: sources }, (_, index) => index + 1));
    await page.keyboard.press("ArrowRight");
  }
});

test("the presenter view follows either window, runs the clock, and Exit closes it and leaves", async ({ page, context, clock, privacy }) => {
  const exit = "https://www.bbc.co.uk/weather";
  privacy.allowExitTo = exit;
  await context.route(`${exit}**`, (route) => route.fulfill({ body: "<title>Weather</title><p>Weather stand-in</p>", contentType: "text/html" }));
  await page.setViewportSize({ width: 1920, height: 1080 });
  await toBriefing(page, "pan-berkshire-2026");
  const opened = page.waitForEvent("popup");
  await press(page, "Open presenter view");
  const presenter = await opened;
  const presenterTitle = presenter.getByRole("heading", { level: 1 });
  await expect(presenterTitle).toHaveText("Presenter view: Part 1 of 7: Background: what this policy is");
  await expect(presenter.getByRole("heading", { name: "Notes for this part" })).toBeVisible();
  await expect(presenter.getByText("Part 2 of 7: Why it matters")).toBeVisible();

  // Keys in the presenter view move the part on the screen, and the other way.
  await presenter.keyboard.press("ArrowRight");
  await expect(page.locator("h1.eg-present__title")).toContainText("Part 2 of 7");
  await page.keyboard.press("ArrowRight");
  await expect(presenterTitle).toContainText("Part 3 of 7");
  await presenter.getByRole("button", { name: "Previous part" }).click();
  await expect(page.locator("h1.eg-present__title")).toContainText("Part 2 of 7");
  // Back to a part the other window chose: both follow.
  await page.keyboard.press("ArrowRight");
  await expect(presenterTitle).toContainText("Part 3 of 7");
  await page.keyboard.press("ArrowLeft");
  await expect(presenterTitle).toContainText("Part 2 of 7");

  // The clock: seven minutes, and this part's minute.
  await presenter.getByRole("button", { name: "Start the clock" }).click();
  await clock.runFor(61_000);
  await expect(presenter.locator(".eg-clock__total")).toHaveText("1:01 of 7:00");
  await expect(presenter.locator(".eg-clock__part")).toContainText("This part: 1:01 of 1:00 (1 minute): time to move on");
  await page.keyboard.press("ArrowRight");
  await expect(presenter.locator(".eg-clock__part")).toContainText("This part: 0:00 of 1:15");
  await clock.runFor(15_000);
  await expect(presenter.locator(".eg-clock__total")).toHaveText("1:16 of 7:00");
  await presenter.getByRole("button", { name: "Pause the clock" }).click();
  await clock.runFor(30_000);
  await expect(presenter.locator(".eg-clock__total")).toHaveText("1:16 of 7:00");

  await expectNoAxeViolations(presenter, "the presenter view at 1920");
  await presenter.setViewportSize({ width: 375, height: 800 });
  await expectNoAxeViolations(presenter, "the presenter view at 375");
  await presenter.setViewportSize({ width: 1280, height: 800 });
  mkdirSync(screenshotDir, { recursive: true });
  await presenter.screenshot({ path: `${screenshotDir}briefing-presenter-view.png`, fullPage: true });

  // Closing the presenter view leaves the briefing working.
  await presenter.close();
  await page.keyboard.press("ArrowRight");
  await expect(page.locator("h1.eg-present__title")).toContainText("Part 4 of 7");

  // Exit this page in the presenter view: it closes, and the screen leaves.
  const again = page.waitForEvent("popup");
  await press(page, "Open presenter view");
  const second = await again;
  await expect(second.getByRole("heading", { level: 1 })).toContainText("Part 4 of 7");
  const closed = second.waitForEvent("close");
  await second
    .getByRole("button", { name: "Emergency Exit this page" })
    .click()
    .catch((error) => {
      // The window closes as the click lands: that is what is tested.
      if (!/closed/.test(String(error))) throw error;
    });
  await closed;
  await page.waitForURL(`${exit}**`);
});

test("Exit this page on the screen closes the presenter view too, which shows the policy chosen", async ({ page, context, privacy }) => {
  const exit = "https://www.bbc.co.uk/weather";
  privacy.allowExitTo = exit;
  await context.route(`${exit}**`, (route) => route.fulfill({ body: "<title>Weather</title><p>Weather stand-in</p>", contentType: "text/html" }));
  // Another policy than the page's, chosen on the start page.
  await page.goto("/");
  await page.getByRole("link", { name: "Choose another policy" }).click();
  await choose(page, "White Rock Pre-school Escalation Policy: resolution of professional disagreements in work relating to the safety of children");
  await page.getByRole("link", { name: "Run a 7-minute briefing" }).click();
  const opened = page.waitForEvent("popup");
  await press(page, "Open presenter view");
  const presenter = await opened;
  await expect(presenter.getByRole("heading", { level: 1 })).toContainText("Presenter view");
  await expect(presenter.getByText("7-minute briefing: White Rock Pre-school Escalation Policy", { exact: false })).toBeVisible();
  const closed = presenter.waitForEvent("close");
  await press(page, "Emergency Exit this page");
  await page.waitForURL(`${exit}**`);
  await closed;
});

test("where no second window opens, the notes and the clock show below the part, and say why", async ({ page }) => {
  // As a pop-up blocker does.
  await page.addInitScript(() => {
    window.open = () => null;
  });
  await page.setViewportSize({ width: 1280, height: 720 });
  await toBriefing(page, "bedfordshire-luton-2018");
  await press(page, "Open presenter view");
  await expect(page.getByText("Your browser did not open a second window")).toBeVisible();
  await expect(page.getByRole("heading", { name: "Notes for this part" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Start the clock" })).toBeVisible();
  await expect(page.getByText(EMERGENCY)).toBeVisible();
  for (const size of [{ width: 1920, height: 1080 }, { width: 375, height: 800 }]) {
    await page.setViewportSize(size);
    await expectNoAxeViolations(page, `the notes below the part at ${size.width}`);
  }
});

test("in a frame, the notes show below the part and the page says why", async ({ page }) => {
  const frameUrl = new URL("/frame.html?policy=white-rock-preschool&start=training", test.info().project.use.baseURL);
  await page.setContent(`<iframe title="Guide" src="${frameUrl}" style="width:1200px;height:700px"></iframe>`);
  const frame = page.frameLocator("iframe");
  await frame.getByRole("button", { name: "Open presenter view" }).click();
  await expect(frame.getByText("The guide is in a frame on this page")).toBeVisible();
  await expect(frame.getByRole("heading", { name: "Notes for this part" })).toBeVisible();
});

test("the one-page sheet prints on one A4 page in landscape, for every built-in policy", async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  for (const policy of POLICIES) {
    await toBriefing(page, policy);
    await page.getByRole("link", { name: "One-page sheet" }).click();
    await expect(page.locator(".eg-sheet__box")).toHaveCount(7);
    // Each box shows what fits, and says how much more the handout has.
    await expect
      .poll(() => page.locator(".eg-sheet__box").evaluateAll((boxes) => boxes.filter((b) => b.scrollHeight > b.clientHeight + 1).length))
      .toBe(0);
    // The page's own size and margins, as a browser's print dialog takes them.
    const pdf = await page.pdf({ preferCSSPageSize: true });
    const document = await getDocument({ data: new Uint8Array(pdf) }).promise;
    expect(document.numPages, `${policy}: pages`).toBe(1);
    const [, , width, height] = (await document.getPage(1)).view;
    expect(width, `${policy}: landscape`).toBeGreaterThan(height);
    const content = await (await document.getPage(1)).getTextContent();
    const text = content.items.map((item) => item.str).join(" ").replace(/\s+/g, " ");
    for (const title of ["Background: what this policy is", "Timescales: what the policy says", "What to do next"]) {
      expect(text, `${policy}: ${title}`).toContain(title);
    }
    expect(text, "no buttons on paper").not.toContain("Print the one-page sheet");
    if (policy === "pan-berkshire-2026") {
      await page.emulateMedia({ media: "print" });
      mkdirSync(screenshotDir, { recursive: true });
      await page.screenshot({ path: `${screenshotDir}briefing-one-page-sheet.png`, fullPage: true });
      await page.emulateMedia({ media: null });
    }
  }
});
