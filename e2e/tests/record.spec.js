// The record leaves the page only when the user chooses: print, downloads,
// a calendar file; and a saved record comes back, or is refused clearly.
import { test, expect, heading, choose, toFirstStage, readDownload, screenshots, START_TITLE, onScreen, expectNoAxeViolations, press } from "./helpers.js";

async function toRecord(page) {
  await page.goto("/");
  await toFirstStage(page);
  await choose(page, "No, it was not resolved");
  await choose(page, "Yes, it was resolved");
  await expect(heading(page)).toHaveText("Check your answers and complete your record");
  await page.getByLabel("Agencies involved").fill("Pre-school; children’s social care");
  await page.getByLabel("What the disagreement is about").fill("Referral not accepted despite *three* concerns");
  await press(page, "Add a discussion");
  await page.getByLabel("Who took part (their roles)").fill("Key person and duty team manager");
  await press(page, "Add an action");
  await page.getByLabel("What will be done").fill("Reassess the referral");
  await page.getByLabel("Who will do it (their role)").fill("Duty team manager");
  await page.getByLabel("Yes", { exact: true }).check();
  await page.getByLabel("Date it was sent").fill("9 4 2026");
}

async function download(page, button) {
  const [file] = await Promise.all([page.waitForEvent("download"), press(page, button)]);
  return { name: file.suggestedFilename(), text: readDownload(await file.path()) };
}

test("the record page, filled in, passes axe-core", async ({ page }) => {
  await toRecord(page);
  await expectNoAxeViolations(page, "record with a discussion and an action");
  await screenshots(page, "record-filled");
  await press(page, "Clear everything");
  await expectNoAxeViolations(page, "clear everything, asking to confirm");
});

test("downloads as plain text, Markdown, JSON and a calendar file", async ({ page }) => {
  await toRecord(page);
  const text = await download(page, "Download as plain text");
  expect(text.name).toMatch(/^escalation-record-\d{4}-\d{2}-\d{2}\.txt$/);
  expect(text.text).toContain("Agencies involved: Pre-school; children’s social care");
  expect(text.text).toContain("Outcome: Resolved at stage 2 (Management finding solutions)");
  expect(text.text).toContain("1. What will be done: Reassess the referral; Who will do it (their role): Duty team manager; By when: Not recorded");
  expect(text.text).toContain("Has written confirmation of the outcome been sent?: Yes\nDate it was sent: 9 4 2026");

  const markdown = await download(page, "Download as Markdown");
  expect(markdown.name).toMatch(/\.md$/);
  expect(markdown.text).toContain("- **What the disagreement is about:** Referral not accepted despite \\*three\\* concerns");

  const json = await download(page, "Download as JSON to continue later");
  expect(JSON.parse(json.text).format).toBe("escalation-guide-record");

  const calendar = await download(page, "Add deadlines to my calendar (.ics)");
  expect(calendar.name).toMatch(/-deadlines\.ics$/);
  expect(calendar.text.startsWith("BEGIN:VCALENDAR\r\n")).toBe(true);
  expect(calendar.text.match(/BEGIN:VEVENT/g)).toHaveLength(5);
  expect(calendar.text).toContain("DTSTART;VALUE=DATE:20260402");
  for (const line of calendar.text.split("\r\n")) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);
});

test("printing shows just the record and its deadlines", async ({ page }) => {
  await toRecord(page);
  // The browser says it is about to print; the print copy is made then.
  await page.evaluate(() => window.dispatchEvent(new Event("beforeprint")));
  await page.emulateMedia({ media: "print" });
  await expect(page.getByRole("button", { name: "Print your record" })).toBeHidden();
  await expect(page.getByRole("button", { name: "Emergency Exit this page" })).toBeHidden();
  await expect(page.getByLabel("Agencies involved")).toBeHidden();
  const printed = page.locator(".eg-print-only");
  await expect(printed).toBeVisible();
  await expect(printed).toContainText("Record of a professional disagreement about a child’s safety");
  await expect(printed).toContainText("Pre-school; children’s social care");
  await expect(printed).toContainText("Stage 1: Discussion between the professionals involved");
  await screenshots(page, "record-print");
});

test("a downloaded record loads back to continue", async ({ page, browser }) => {
  await toRecord(page);
  const json = await download(page, "Download as JSON to continue later");

  const fresh = await browser.newPage();
  await fresh.goto(page.url());
  await expect(heading(fresh)).toHaveText(START_TITLE);
  await fresh.getByLabel("Choose a record you saved as JSON").setInputFiles({
    name: json.name,
    mimeType: "application/json",
    buffer: Buffer.from(json.text),
  });
  await expect(heading(fresh)).toHaveText("Check your answers and complete your record");
  await expect(fresh.getByLabel("Agencies involved")).toHaveValue("Pre-school; children’s social care");
  await expect(onScreen(fresh, "Resolved at stage 2 (Management finding solutions)")).toBeVisible();
  await fresh.close();
});

test("a tampered, truncated or foreign file is refused and the record on screen is kept", async ({ page }) => {
  await toRecord(page);
  const json = await download(page, "Download as JSON to continue later");
  const tampered = json.text.replace("Pre-school; children’s social care", "Someone else");
  const cases = [
    [tampered, "changed or damaged since it was saved"],
    [json.text.slice(0, json.text.length / 2), "incomplete: it stops part-way through"],
    ['{"shopping": ["eggs"]}', "not a record saved by this guide"],
  ];
  for (const [text, message] of cases) {
    await page.getByLabel("Choose a record you saved as JSON").setInputFiles({
      name: "record.json",
      mimeType: "application/json",
      buffer: Buffer.from(text),
    });
    await expect(page.locator("#load-record-error")).toContainText(message);
    await expect(page.locator("#load-record-error")).toContainText("Your record on screen has not changed.");
    await expect(page.getByLabel("Agencies involved")).toHaveValue("Pre-school; children’s social care");
  }
});

function recordDialogs(page) {
  const dialogs = [];
  page.on("dialog", async (dialog) => {
    dialogs.push(dialog.type());
    await dialog.dismiss();
  });
  return dialogs;
}

test("leaving with unsaved typed work asks first", async ({ page }) => {
  await toRecord(page);
  const dialogs = recordDialogs(page);
  await page.close({ runBeforeUnload: true });
  await expect.poll(() => dialogs).toEqual(["beforeunload"]);
});

test("after downloading the record, leaving does not ask", async ({ page }) => {
  await toRecord(page);
  await download(page, "Download as JSON to continue later");
  const dialogs = recordDialogs(page);
  await page.close({ runBeforeUnload: true });
  await expect.poll(() => page.isClosed()).toBe(true);
  expect(dialogs).toEqual([]);
});

test("huge text gets a message and nothing typed is lost", async ({ page }) => {
  await toRecord(page);
  const huge = "word ".repeat(2500);
  await page.getByLabel("What the disagreement is about").fill(huge);
  await expect(page.locator("#record-details-length")).toContainText("This is 12,500 characters long");
  await expect(page.getByLabel("What the disagreement is about")).toHaveValue(huge);
});

/** The print copy's lines, read from its elements as the text export writes
 * its rows: a term and its description as "term: description", a numbered
 * list under its term as "term:" and "1. item", a description alone as
 * itself. Spaces are collapsed, so only words and their order count. */
function printedLines(page) {
  return page.locator("[data-escalation-guide] .eg-print-only").evaluate((section) => {
    const lines = [];
    const add = (text) => {
      for (const line of text.split("\n")) {
        const tidy = line.replace(/\s+/g, " ").trim();
        if (tidy) lines.push(tidy);
      }
    };
    for (const element of section.children) {
      if (element.tagName !== "DL") {
        add(element.textContent);
        continue;
      }
      let term = null;
      for (const child of element.children) {
        if (child.tagName === "DT") {
          term = child.textContent;
          continue;
        }
        const list = child.querySelector("ol");
        if (list) {
          add(`${term}:`);
          [...list.children].forEach((item, index) => add(`${index + 1}. ${item.textContent}`));
        } else if (term !== null) {
          add(`${term}: ${child.textContent}`);
        } else {
          add(child.textContent);
        }
        term = null;
      }
    }
    return lines;
  });
}

test("the print copy says what the plain text download says, line for line", async ({ page }) => {
  await toRecord(page);
  // Every kind of row: fields of one line and of several, a discussion and
  // an action with every field, the confirmation, lessons and gaps.
  await page.getByLabel("What the disagreement is about").fill("Referral not accepted\nSecond line: <b>not bold</b>\n\n  indented third");
  await page.getByLabel("Date", { exact: true }).fill("8 4 2026");
  await page.getByLabel("What was discussed and decided").fill("Agreed to look again\nwithin a day");
  await page.getByLabel("By when").fill("10 4 2026");
  await page.getByLabel("Outstanding issues and how they will be pursued").fill("None outstanding");
  await page.getByLabel("Lessons for future practice (optional)").fill("Share the threshold document sooner");
  await page.getByLabel("Gaps in policies or procedures to refer on (optional)").fill("No gaps found");
  const last = "No gaps found";

  // Printing a moment after typing must print what was typed: the print
  // event is sent until the copy holds the last answer.
  const printCopy = page.locator("[data-escalation-guide] .eg-print-only");
  await expect
    .poll(async () => {
      await page.evaluate(() => window.dispatchEvent(new Event("beforeprint")));
      await page.clock.runFor(20);
      return printCopy.textContent();
    })
    .toContain(last);
  const printed = await printedLines(page);

  const text = await download(page, "Download as plain text");
  const exported = text.text
    .split("\n")
    .map((line) => line.replace(/\s+/g, " ").trim())
    // Blank lines, and the underlines that mark headings in plain text.
    .filter((line) => line && !/^[=-]+$/.test(line));
  for (const answer of [
    "Agencies involved: Pre-school; children’s social care",
    "What the disagreement is about: Referral not accepted",
    "Second line: <b>not bold</b>",
    "indented third",
    "1. Date: 8 4 2026; Who took part (their roles): Key person and duty team manager; What was discussed and decided: Agreed to look again",
    "within a day",
    "1. What will be done: Reassess the referral; Who will do it (their role): Duty team manager; By when: 10 4 2026",
    "Outstanding issues and how they will be pursued: None outstanding",
    "Has written confirmation of the outcome been sent?: Yes",
    "Date it was sent: 9 4 2026",
    "Lessons for future practice: Share the threshold document sooner",
    "Gaps in policies or procedures to refer on: No gaps found",
  ]) {
    expect(exported, "the text export has what was typed").toContain(answer);
  }
  // Every line of the text export is in the print copy, and the print copy
  // says nothing the text export does not.
  expect(printed.filter((line) => !exported.includes(line)), "printed but not in the text export").toEqual([]);
  expect(exported.filter((line) => !printed.includes(line)), "in the text export but not printed").toEqual([]);
  expect(printed).toHaveLength(exported.length);
});
