// "Record this briefing": a team's record that it held a 7-minute briefing
// leaves the page only when the user chooses (print, text, Markdown, JSON,
// a calendar file), comes back from its JSON file with nothing lost, is
// refused clearly when the file is wrong, and is kept in the browser only
// when the user ticks "Keep my progress on this device".
import { mkdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { test, expect, heading, press, readDownload, expectNoAxeViolations, START_TITLE } from "./helpers.js";

const TITLE = "Record this briefing";
const QUESTIONS = [
  "Think of the last time you disagreed with another agency’s decision about a child. Which stage of this policy would it have been at, and what happened next?",
  "Who would you speak to first in your own organisation, and how would you reach them today?",
  "Where does your team write down a disagreement and what was agreed?",
  "If a child were at risk of immediate harm, what does this policy say you should do?",
];
const LONG = "Our last disagreement: stage 2, line managers. ".repeat(6_000).slice(0, 250_000);
const ANSWERS = [LONG, "Our DSL, by phone or in the office", "On the child’s file, in the *chronology*", "Call 999, then tell the DSL"];
const screenshotDir = fileURLToPath(new URL("../screenshots/", import.meta.url));

async function toRecordPage(page) {
  await page.goto("/");
  await expect(heading(page)).toHaveText(START_TITLE);
  await page.getByRole("link", { name: "Run a 7-minute briefing" }).click();
  // Training mode arrives as a bundle of its own: its keys work once the
  // first part is on screen, with the focus that followed the click.
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Part 1 of 7");
  await expect(page.getByRole("heading", { level: 1 })).toBeFocused();
  await page.keyboard.press("End");
  await expect(page.getByRole("heading", { level: 1 })).toContainText("What to do next");
  await page.getByRole("link", { name: TITLE }).click();
  await expect(heading(page)).toHaveText(TITLE);
}

async function fillDate(page, id, [day, month, year]) {
  await page.locator(`#${id}-day`).fill(day);
  await page.locator(`#${id}-month`).fill(month);
  await page.locator(`#${id}-year`).fill(year);
}

/** Every field, with two actions: the first dated, the second not. */
async function fillEverything(page, { answers = ANSWERS } = {}) {
  await fillDate(page, "briefing-date", ["20", "11", "2026"]);
  await page.getByLabel("Team or setting").fill("Acorn Nursery, Room 2");
  await page.getByLabel("Facilitator").fill("Deputy DSL");
  await page.getByLabel("How many attended").fill("14");
  for (const [index, question] of QUESTIONS.entries()) await page.getByLabel(question).fill(answers[index]);
  await press(page, "Add an action");
  await page.locator("#briefing-action-1-what").fill("Put the flowchart on the staff-room wall");
  await page.locator("#briefing-action-1-who").fill("Room leader");
  await fillDate(page, "briefing-action-1-by", ["4", "dec", "2026"]);
  await press(page, "Add an action");
  await page.locator("#briefing-action-2-what").fill("Talk it through at supervision");
  await page.locator("#briefing-action-2-who").fill("Each key person");
}

async function download(page, button) {
  const [file] = await Promise.all([page.waitForEvent("download"), press(page, button)]);
  return { name: file.suggestedFilename(), text: readDownload(await file.path()) };
}

async function loadFile(page, text) {
  await page.getByLabel("Choose a briefing record you saved as JSON").setInputFiles({
    name: "briefing.json",
    mimeType: "application/json",
    buffer: Buffer.from(text),
  });
}

async function shots(page, name) {
  mkdirSync(screenshotDir, { recursive: true });
  for (const [width, height] of [[1920, 1080], [375, 812]]) {
    await page.setViewportSize({ width, height });
    await page.screenshot({ path: `${screenshotDir}${name}-${width}.png`, fullPage: true });
  }
}

test("every field and two actions: axe clean at 1920×1080 and 375 px, with the problems a button finds", async ({ page }) => {
  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.clock.setSystemTime(new Date("2026-11-27T10:00:00Z"));
  await toRecordPage(page);
  await expectNoAxeViolations(page, "the empty briefing record at 1920×1080");

  // Printing an empty record names each field that needs an answer.
  await press(page, "Print this record");
  const summary = page.getByRole("alert").filter({ hasText: "There is a problem" });
  await expect(summary).toBeFocused();
  for (const message of ["Enter the date of the briefing", "Enter the team or setting", "Enter who facilitated the briefing", "Enter how many attended"]) {
    await expect(summary.getByRole("link", { name: message })).toBeVisible();
  }
  await summary.getByRole("link", { name: "Enter the team or setting" }).click();
  await expect(page.getByLabel("Team or setting")).toBeFocused();
  await expectNoAxeViolations(page, "the briefing record's error summary");
  await shots(page, "briefing-record-problems");

  await page.setViewportSize({ width: 1920, height: 1080 });
  await fillEverything(page, { answers: ["Stage 2", ...ANSWERS.slice(1)] });
  await page.getByLabel("How many attended").fill("about fourteen");
  await press(page, "Download as plain text");
  await expect(summary.getByRole("link")).toHaveText(["How many attended must be a whole number from 1 to 10,000, like 12"]);
  await page.getByLabel("How many attended").fill("14");
  await expectNoAxeViolations(page, "the filled briefing record at 1920×1080");
  await page.setViewportSize({ width: 375, height: 812 });
  await expectNoAxeViolations(page, "the filled briefing record at 375 px");
  await shots(page, "briefing-record-filled");
});

test("downloads as text, Markdown and a calendar with every field, and the JSON loads back after a reload with a 250,000-character answer intact", async ({ page }) => {
  await page.clock.setSystemTime(new Date("2026-11-27T10:00:00Z"));
  await toRecordPage(page);
  await fillEverything(page);
  await expect(page.locator("#briefing-answer-1-length")).toContainText("This is 250,000 characters long");

  const text = await download(page, "Download as plain text");
  expect(text.name).toBe("briefing-record-2026-11-27.txt");
  for (const expected of [
    "Record of a 7-minute briefing",
    "Policy: Berkshire Escalation Process for Professionals with a Safeguarding Concern",
    "Date of the briefing: 20 November 2026",
    "Team or setting: Acorn Nursery, Room 2",
    "Facilitator: Deputy DSL",
    "How many attended: 14",
    `${QUESTIONS[1]}: Our DSL, by phone or in the office`,
    `${QUESTIONS[2]}: On the child’s file, in the *chronology*`,
    `${QUESTIONS[3]}: Call 999, then tell the DSL`,
    "1. What will be done: Put the flowchart on the staff-room wall; Who will do it: Room leader; By when: 4 December 2026",
    "2. What will be done: Talk it through at supervision; Who will do it: Each key person; By when: No date given",
  ]) {
    expect(text.text).toContain(expected);
  }
  expect(text.text).toContain(`${QUESTIONS[0]}: ${LONG.trim()}`);

  const markdown = await download(page, "Download as Markdown");
  expect(markdown.name).toBe("briefing-record-2026-11-27.md");
  expect(markdown.text).toContain("# Record of a 7-minute briefing");
  expect(markdown.text).toContain("- **Team or setting:** Acorn Nursery, Room 2");
  expect(markdown.text).toContain("- **How many attended:** 14");
  expect(markdown.text).toContain("On the child’s file, in the \\*chronology\\*");
  expect(markdown.text).toContain("  2. What will be done: Talk it through at supervision");
  expect(markdown.text).toContain(LONG.slice(0, 1000));

  const calendar = await download(page, "Add the actions to my calendar (.ics)");
  expect(calendar.name).toBe("briefing-record-2026-11-27-actions.ics");
  expect(calendar.text.startsWith("BEGIN:VCALENDAR\r\n")).toBe(true);
  expect(calendar.text.endsWith("END:VCALENDAR\r\n")).toBe(true);
  expect(calendar.text.replaceAll("\r\n", "")).not.toContain("\n");
  for (const line of calendar.text.split("\r\n")) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);
  const unfolded = calendar.text.replaceAll("\r\n ", "");
  expect(unfolded.match(/BEGIN:VEVENT/g), "one event, for the one dated action").toHaveLength(1);
  expect(unfolded).toContain("DTSTART;VALUE=DATE:20261204\r\n");
  expect(unfolded).toContain("DTEND;VALUE=DATE:20261205\r\n");
  expect(unfolded).toMatch(/\r\nUID:pan-berkshire-2026-briefing-[0-9a-f]{8}-20261120-action1@escalation-guide\.invalid\r\n/);
  expect(unfolded).toMatch(/\r\nDTSTAMP:20261127T\d{6}Z\r\n/);
  expect(unfolded).toContain("SUMMARY:Briefing action: Put the flowchart on the staff-room wall\r\n");
  expect(unfolded).toContain("(Acorn Nursery\\, Room 2)");

  const json = await download(page, "Download as JSON to continue later");
  expect(json.name).toBe("briefing-record-2026-11-27.json");
  const saved = JSON.parse(json.text);
  expect(saved.format).toBe("escalation-guide-briefing-record");
  expect(saved.briefing.answers["0"]).toBe(LONG);

  // Nothing is kept unless the user asks: a reload starts again.
  await page.reload();
  await expect(heading(page)).toHaveText(START_TITLE);
  await page.getByRole("link", { name: "Run a 7-minute briefing" }).click();
  await page.getByRole("link", { name: TITLE }).click();
  await expect(page.getByLabel("Team or setting")).toHaveValue("");
  await loadFile(page, json.text);
  await expect(page.getByLabel("Team or setting")).toHaveValue("Acorn Nursery, Room 2");
  await expect(page.getByLabel("Facilitator")).toHaveValue("Deputy DSL");
  await expect(page.getByLabel("How many attended")).toHaveValue("14");
  await expect(page.locator("#briefing-date-month")).toHaveValue("11");
  await expect(page.locator("#briefing-action-1-by-month")).toHaveValue("dec");
  await expect(page.locator("#briefing-action-2-who")).toHaveValue("Each key person");
  expect(await page.getByLabel(QUESTIONS[0]).inputValue()).toBe(LONG);
  expect(await page.getByLabel(QUESTIONS[3]).inputValue()).toBe("Call 999, then tell the DSL");
});

test("printing shows just the record", async ({ page }) => {
  await page.clock.setSystemTime(new Date("2026-11-27T10:00:00Z"));
  await toRecordPage(page);
  await fillEverything(page, { answers: ["Stage 2, line managers", ...ANSWERS.slice(1)] });
  await page.evaluate(() => window.dispatchEvent(new Event("beforeprint")));
  await page.emulateMedia({ media: "print" });
  await expect(page.getByRole("button", { name: "Print this record" })).toBeHidden();
  await expect(page.getByRole("button", { name: "Emergency Exit this page" })).toBeHidden();
  await expect(page.getByLabel("Team or setting")).toBeHidden();
  const printed = page.locator(".eg-print-only");
  await expect(printed).toBeVisible();
  for (const expected of [
    "Record of a 7-minute briefing",
    "Date of the briefing",
    "20 November 2026",
    "Acorn Nursery, Room 2",
    "Deputy DSL",
    "14",
    QUESTIONS[0],
    "Stage 2, line managers",
    "Call 999, then tell the DSL",
    "What will be done: Put the flowchart on the staff-room wall; Who will do it: Room leader; By when: 4 December 2026",
  ]) {
    await expect(printed).toContainText(expected);
  }
  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.screenshot({ path: `${screenshotDir}briefing-record-print-1920.png`, fullPage: true });
  await page.emulateMedia({ media: "screen" });
});

test("a changed, foreign or wrong-kind file is refused, naming the problem, and the record on screen is kept", async ({ page }) => {
  await toRecordPage(page);
  await fillEverything(page, { answers: ["Stage 2", ...ANSWERS.slice(1)] });
  const json = await download(page, "Download as JSON to continue later");
  // A journey's record, saved from the record page's own JSON download format.
  const journeyFile = JSON.stringify({ format: "escalation-guide-record", version: 3, saved_on: "2026-11-27" });
  const cases = [
    [json.text.replace("Acorn Nursery, Room 2", "Another team"), "changed or damaged since it was saved"],
    [json.text.slice(0, json.text.length / 2), "incomplete: it stops part-way through"],
    ['{"shopping": ["eggs"]}', "not a record saved by this guide"],
    [journeyFile, "is a record of a professional disagreement, not a record of a 7-minute briefing"],
    [json.text.replace(/"answers": \{\n\s*"0": "Stage 2"/, `"answers": {\n "0": "${"x".repeat(1_000_001)}"`), "“Briefing record: Answer to question 1” is 1,000,001 characters long"],
  ];
  for (const [text, message] of cases) {
    await loadFile(page, text);
    await expect(page.locator("#load-briefing-record-error")).toContainText(message);
    await expect(page.locator("#load-briefing-record-error")).toContainText("Your record on screen has not changed.");
    await expect(page.getByLabel("Team or setting")).toHaveValue("Acorn Nursery, Room 2");
  }
});

test("kept in the browser only when the user ticks Keep my progress, and then over a reload", async ({ page, privacy }) => {
  await toRecordPage(page);
  await page.getByLabel("Team or setting").fill("Acorn Nursery");
  await page.clock.runFor(2_000);
  expect(await page.evaluate(() => Object.keys(localStorage))).toEqual([]);

  privacy.optedIn = true;
  await page.getByLabel("Keep my progress on this device").check();
  await page.getByLabel("Facilitator").fill("Deputy DSL");
  await page.clock.runFor(2_000);
  await page.reload();
  await expect(heading(page)).toHaveText(TITLE);
  await expect(page.getByLabel("Team or setting")).toHaveValue("Acorn Nursery");
  await expect(page.getByLabel("Facilitator")).toHaveValue("Deputy DSL");
  await expect(page.getByLabel("Keep my progress on this device")).toBeChecked();

  // Clear everything forgets it, here as everywhere.
  await press(page, "Clear everything");
  await press(page, "Yes, clear everything");
  await expect(heading(page)).toHaveText(START_TITLE);
  expect(await page.evaluate(() => Object.keys(localStorage))).toEqual([]);
});

test("Exit this page clears the briefing record, kept or not", async ({ page, privacy }) => {
  const exit = "https://www.bbc.co.uk/weather";
  privacy.allowExitTo = exit;
  privacy.optedIn = true;
  await page.context().route(`${exit}**`, (route) =>
    route.fulfill({ contentType: "text/html", body: "<title>Weather</title><p>Weather stand-in</p>" }),
  );
  await toRecordPage(page);
  await page.getByLabel("Keep my progress on this device").check();
  await page.getByLabel("Team or setting").fill("Acorn Nursery");
  await page.clock.runFor(2_000);
  expect(await page.evaluate(() => localStorage.length)).toBe(1);
  await press(page, "Emergency Exit this page");
  await expect(page.getByText("Weather stand-in")).toBeVisible();
  await page.goBack();
  await expect(page.getByText("If a child is in immediate danger, call 999.")).toBeVisible();
  expect(await page.evaluate(() => localStorage.length)).toBe(0);
  await page.getByRole("link", { name: "Run a 7-minute briefing" }).click();
  await page.getByRole("link", { name: TITLE }).click();
  await expect(page.getByLabel("Team or setting")).toHaveValue("");
});
