// The policy studio (studio.html), tried as a partnership's author would:
// bring the document, build the policy by selecting passages, fix what the
// studio reports, download, check with policy-tool, and walk it in the
// widget; the built-in policies open with every statement found; a Word
// document splits as its text does; a kept draft survives a reload and a
// bad file changes nothing.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test, expect, START_TITLE, heading, press, choose, continueOn, expectNoAxeViolations, withHostAttributes } from "./helpers.js";

const ROOT = new URL("../../", import.meta.url).pathname;
const WHITE_ROCK = readFileSync(join(ROOT, "policies/sources/white-rock-preschool.txt"), "utf8");
const DOCX = join(ROOT, "tests/fixtures/white-rock-preschool.docx");

/** policy-tool, as a partnership runs it (built by the test command's cargo test). */
function policyTool(...args) {
  const built = join(ROOT, "target/debug/policy-tool");
  const [command, prefix] = existsSync(built)
    ? [built, []]
    : ["cargo", ["run", "-q", "--locked", "-p", "policy-tool", "--"]];
  return spawnSync(command, [...prefix, ...args], { cwd: ROOT, encoding: "utf8" });
}

/** What the studio says after the last change. */
const status = (page) => page.locator(".eg-studio-status");

/** Find a passage by its words and use it as `slot` (the select's value). */
async function use(page, words, slot) {
  await page.getByLabel("Find a passage").fill(words);
  await page.getByRole("button", { name: "Find", exact: true }).click();
  await expect(page.locator("#selected-passage")).toContainText(words.slice(0, 40));
  await page.getByLabel("Use it as").selectOption(slot);
  await page.getByRole("button", { name: "Add to the policy" }).click();
  await expect(status(page)).toContainText("Added:");
}

const SELECTIONS = [
  ["Resolution of professional disagreements in work relating to the safety of children", "title"],
  ["White Rock Pre-school", "area"],
  ["resolving the difficulties within and between agencies quickly and openly", "purpose"],
  ["Levels of need", "areas"],
  ["Occasionally situations arise when workers within one agency feel that the decision made by a worker from another agency on a child protection or child in need case is not a safe decision.", "scope.applies_when"],
  ["They should also be able to evidence the nature and source of their concerns and should to keep a record of all discussions.", "preparation"],
  ["to be specific as to what the disagreement is about", "self_check.questions"],
  ["if a child is thought to be at risk of immediate harm discretion should be used as to which stage is initiated", "immediate_danger.guidance"],
  ["Professional : Professional", "new-stage"],
  ["This would normally be between the people who disagree.", "stage-1-who"],
  ["Initial attempts should be taken to resolve the problem at the lowest possible level.", "stage-1-actions"],
  ["Manager : Manager", "new-stage"],
  ["the concerned worker should contact their supervisor/manager within their own agency", "stage-2-who"],
  ["who should raise the concerns with the equivalent supervisor/manager in the other agency/agencies as appropriate", "stage-2-actions"],
  ["Refer via TSCP", "new-stage"],
  ["the matter should be referred to the Chair of the Local Safeguarding Children Board", "stage-3-actions"],
];

test("a new author builds White Rock's policy by selecting passages: policy-tool check accepts the download and the widget walks it", async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto("/studio.html");
  await page.getByLabel("Paste your document's text").fill(WHITE_ROCK);
  await page.getByRole("button", { name: "Use this text" }).click();
  await expect(status(page)).toContainText("The text you pasted is open");
  // Everything is still to do, and the studio says so.
  await expect(page.locator("#studio-problems-title")).toContainText("to fix before the guide can use this policy");
  await expect(page.locator(".eg-studio-doc__unused").first()).toBeVisible();
  const shadedBefore = await page.locator(".eg-studio-doc__unused").count();
  await expectNoAxeViolations(page, "the studio with a new document");

  await page.getByLabel("The policy file's name (its id)").fill("white-rock-studio");
  await page.getByLabel("The policy file's name (its id)").press("Tab");
  for (const [words, slot] of SELECTIONS) await use(page, words, slot);
  await expect(page.locator("#statement-count")).toHaveText("14 statements, each found where it sits in its document.");
  expect(await page.locator(".eg-studio-doc__unused").count(), "less is left unused").not.toBe(shadedBefore);

  // The studio reports what is left: stage 3 names no one, and the document has no title.
  const summary = page.locator("#studio-problems");
  await expect(summary).toContainText("Stage 3, who is involved: must have at least one item");
  await expect(summary).toContainText("The document's title: is empty");
  await summary.getByRole("link", { name: /The document's title/ }).click();
  await expect(page.locator("#source-title")).toBeFocused();
  await page.keyboard.type("Escalation Policy");
  await summary.getByRole("link", { name: /Stage 3, who is involved/ }).click();
  await expect(page.locator("#use-as")).toBeFocused();
  await use(page, "the Chair of the Local Safeguarding Children Board", "stage-3-who");
  await expect(page.locator("#studio-problems")).toContainText("No problems");
  // What the policy says about time without a figure: its words, and the author's note.
  await use(page, "In all cases, the matter should be resolved within specified timescales", "time-note");
  await expect(summary).toContainText("Timing, item 1: is empty");
  await page.getByLabel("What it says about time").selectOption({ label: "“Specified timescales”, but none are specified" });
  await page.getByLabel("The guide's note on it (your words)").fill("The policy says timescales are specified, but does not give them.");
  await expect(page.locator("#studio-problems")).toContainText("No problems");
  await expectNoAxeViolations(page, "the studio with a finished policy");

  // The preview is the widget, walking the draft.
  const preview = page.frameLocator("iframe[title^='Preview']");
  await expect(preview.getByRole("button", { name: "Start now" })).toBeVisible();

  // Download the policy file and its document, as policy-tool check expects them.
  const folder = mkdtempSync(join(tmpdir(), "studio-"));
  mkdirSync(join(folder, "sources"));
  const [policyDownload] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "Download white-rock-studio.json" }).click(),
  ]);
  expect(policyDownload.suggestedFilename()).toBe("white-rock-studio.json");
  await policyDownload.saveAs(join(folder, "white-rock-studio.json"));
  const [documentDownload] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "Download the document text" }).click(),
  ]);
  expect(documentDownload.suggestedFilename()).toBe("white-rock-studio.txt");
  await documentDownload.saveAs(join(folder, "sources", "white-rock-studio.txt"));
  const checked = policyTool("check", join(folder, "white-rock-studio.json"));
  expect(checked.status, checked.stderr).toBe(0);
  expect(checked.stdout).toContain("valid policy");
  expect(checked.stdout).toContain("16 statements: 15 in the policy’s words, 1 summarised with a quote");

  // The widget walks it from a host's address, end to end.
  const file = readFileSync(join(folder, "white-rock-studio.json"), "utf8");
  await withHostAttributes(page, 'data-policy-url="/host/policies/white-rock-studio.json"');
  await page.route("**/host/policies/white-rock-studio.json", (route) => route.fulfill({ contentType: "application/json", body: file }));
  await page.goto("/");
  await expect(heading(page)).toHaveText(START_TITLE);
  await expect(page.locator(".eg-summary-list")).toContainText("Resolution of professional disagreements in work relating to the safety of children");
  await press(page, "Start now");
  await choose(page, "No");
  await choose(page, "Someone in another agency");
  await choose(page, "Levels of need");
  await expect(heading(page)).toHaveText("Before you escalate");
  await expect(page.locator(".eg-page")).toContainText("They should also be able to evidence the nature and source of their concerns");
  await continueOn(page);
  await expect(heading(page)).toHaveText("Check your own view first");
  await continueOn(page);
  await page.getByLabel("Day").fill("1");
  await page.getByLabel("Month").fill("4");
  await page.getByLabel("Year").fill("2026");
  await continueOn(page);
  for (const [number, title] of [[1, "Professional : Professional"], [2, "Manager : Manager"], [3, "Refer via TSCP"]]) {
    await expect(heading(page)).toHaveText(`Stage ${number}: ${title}`);
    await expect(page.locator(".eg-page")).toContainText("In all cases, the matter should be resolved within specified timescales");
    await choose(page, "No, it was not resolved");
  }
  await expect(heading(page)).toHaveText("The last stage did not resolve it");
  await press(page, "Continue to your record");
  await expect(heading(page)).toHaveText("Check your answers and complete your record");
});

for (const id of ["pan-berkshire-2026", "bedfordshire-luton-2018", "white-rock-preschool", "berkshire-lscb-2017"]) {
  test(`the built-in policy ${id} opens with every statement found in its document`, async ({ page }) => {
    const checked = policyTool("check", join(ROOT, "policies", `${id}.json`));
    expect(checked.status, checked.stderr).toBe(0);
    const statements = Number(checked.stdout.match(/(\d+) statements:/)[1]);
    await page.goto("/studio.html");
    await page.getByLabel("A built-in policy, with its documents").selectOption(id);
    await page.getByRole("button", { name: "Open this policy" }).click();
    await expect(page.locator("#statement-count")).toHaveText(`${statements} statements, each found where it sits in its document.`);
    await expect(page.locator("#studio-problems")).toContainText("No problems");
    // "Show in the document" selects the statement's words there.
    const first = page.locator(".eg-studio-item--located").first();
    const words = (await first.locator("blockquote").first().textContent()).trim();
    await first.getByRole("button", { name: "Show in the document" }).click();
    await expect(page.locator("#selected-passage")).toHaveText(words);
    if (id === "white-rock-preschool") {
      await expectNoAxeViolations(page, "a built-in policy in the studio");
      // At a phone's width, one column and no sideways scrolling.
      await page.setViewportSize({ width: 375, height: 800 });
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    }
  });
}

test("a Word document opens with the same sections as its text", async ({ page }) => {
  const sections = async () => {
    await page.locator(".eg-studio-document summary").click();
    return page.locator(".eg-studio-document .eg-details__text li").allTextContents();
  };
  await page.goto("/studio.html");
  await page.getByLabel("Paste your document's text").fill(WHITE_ROCK);
  await page.getByRole("button", { name: "Use this text" }).click();
  const fromText = await sections();
  expect(fromText.length).toBeGreaterThan(2);
  await page.getByRole("button", { name: "Start again with another document or policy" }).click();
  await page.getByRole("button", { name: "Yes, start again" }).click();
  await page.getByLabel("Or open the document").setInputFiles(DOCX);
  await expect(status(page)).toContainText("white-rock-preschool.docx is open");
  expect(await sections()).toEqual(fromText);
});

test("a file the studio cannot read is refused with what to do instead, and the draft stays as it was", async ({ page }) => {
  await page.goto("/studio.html");
  await page.getByLabel("Or open the document").setInputFiles({ name: "policy.pdf", mimeType: "application/pdf", buffer: Buffer.from("%PDF-1.7") });
  await expect(status(page)).toContainText("policy.pdf is a PDF");
  await expect(status(page)).toContainText("copy it and paste it");
  await page.getByLabel("Or open the document").setInputFiles({ name: "policy.docx", mimeType: "application/octet-stream", buffer: Buffer.from("not a zip") });
  await expect(status(page)).toContainText("policy.docx could not be opened: this file is not a Word document (.docx)");
  await page.getByLabel("Paste your document's text").fill(WHITE_ROCK);
  await page.getByRole("button", { name: "Use this text" }).click();
  await use(page, "Professional : Professional", "new-stage");
  // Opening another policy file would replace the draft: it is offered
  // with Start again, which says so.
  await expect(page.getByLabel("Or open a policy file (.json)")).toHaveCount(0);
  await page.getByRole("button", { name: "Start again with another document or policy" }).click();
  await expect(page.locator(".eg-warning-text")).toContainText("takes this draft off the page");
  await page.getByLabel("Or open a policy file (.json)").setInputFiles({ name: "broken.json", mimeType: "application/json", buffer: Buffer.from('{"id": "x", "title": ') });
  await expect(status(page)).toContainText("broken.json is not a policy file the studio can open, so nothing has changed");
  await expect(page.locator("#item-stages-0")).toContainText("Professional : Professional");
  await page.getByLabel("Or open a policy file (.json)").setInputFiles({ name: "fake.docx", mimeType: "application/octet-stream", buffer: Buffer.from("not a zip") });
  await expect(status(page)).toContainText("fake.docx is not a policy file");
  await expect(page.locator("#item-stages-0")).toContainText("Professional : Professional");
});

test("a kept draft survives a reload; unticked, it is deleted", async ({ page, privacy }) => {
  privacy.optedIn = true;
  await page.goto("/studio.html");
  await page.getByLabel("Keep my draft in this browser").check();
  await page.getByLabel("Paste your document's text").fill(WHITE_ROCK);
  await page.getByRole("button", { name: "Use this text" }).click();
  await use(page, "Professional : Professional", "new-stage");
  await use(page, "This would normally be between the people who disagree.", "stage-1-who");
  await page.reload();
  await expect(status(page)).toContainText("Your kept draft is open.");
  await expect(page.locator("#item-stages-0-who-0")).toContainText("This would normally be between the people who disagree.");
  await expect(page.getByLabel("Keep my draft in this browser")).toBeChecked();
  // A broken policy file now changes nothing, kept or shown.
  await page.getByRole("button", { name: "Start again with another document or policy" }).click();
  await page.getByLabel("Or open a policy file (.json)").setInputFiles({ name: "broken.json", mimeType: "application/json", buffer: Buffer.from("[1,") });
  await expect(status(page)).toContainText("so nothing has changed");
  await page.reload();
  await expect(page.locator("#item-stages-0-who-0")).toBeVisible();
  await page.getByLabel("Keep my draft in this browser").uncheck();
  expect(await page.evaluate(() => Object.keys(localStorage))).toEqual([]);
});

test("Publish opens the publisher with the policy file", async ({ page, context }) => {
  await page.goto("/studio.html");
  await page.getByLabel("A built-in policy, with its documents").selectOption("white-rock-preschool");
  await page.getByRole("button", { name: "Open this policy" }).click();
  const [publisher] = await Promise.all([
    context.waitForEvent("page"),
    page.getByRole("button", { name: "Publish" }).click(),
  ]);
  await expect(publisher.getByRole("heading", { level: 1 })).toHaveText("Put the guide on your website");
  await expect(publisher.getByLabel("Our own policy file")).toBeChecked();
  await expect(publisher.getByText("white-rock-preschool.json")).toBeVisible();
  expect(new URL(publisher.url()).hash, "the file leaves the address once read").toBe("");
});

/** Press Tab until the element `selector` (a CSS selector, or the words
 * of a button or link) has the focus. */
async function tabTo(page, selector) {
  for (let presses = 0; presses < 80; presses += 1) {
    const there = await page.evaluate((s) => {
      const element = document.activeElement;
      if (!element || element === document.body) return false;
      if (s.startsWith("#")) return element.matches(s);
      return element.textContent.trim().startsWith(s);
    }, selector);
    if (there) return;
    await page.keyboard.press("Tab");
  }
  throw new Error(`Tab never reached ${selector}`);
}

test("keyboard alone: bring the text, find a passage, start a stage with it, and reach a problem from the summary", async ({ page }) => {
  await page.goto("/studio.html");
  await tabTo(page, "#document-text");
  await page.keyboard.insertText(WHITE_ROCK);
  await tabTo(page, "Use this text");
  await page.keyboard.press("Enter");
  await expect(status(page)).toContainText("The text you pasted is open");
  await tabTo(page, "#find-words");
  await page.keyboard.type("Manager : Manager");
  await page.keyboard.press("Enter");
  await expect(page.locator("#selected-passage")).toHaveText("Manager : Manager");
  await tabTo(page, "#use-as");
  await page.keyboard.type("A new");
  await expect(page.locator("#use-as")).toHaveValue("new-stage");
  await tabTo(page, "Add to the policy");
  await page.keyboard.press("Enter");
  await expect(page.locator("#item-stages-0")).toContainText("Manager : Manager");
  // The problem's link takes the focus to where it is put right.
  await tabTo(page, "Stage 1, who is involved");
  await page.keyboard.press("Enter");
  await expect(page.locator("#use-as")).toBeFocused();
});

test("Exit this page in the preview leaves the preview, not the studio and the draft on it", async ({ page, privacy }) => {
  privacy.allowExitTo = "https://www.bbc.co.uk/";
  await page.route("https://www.bbc.co.uk/**", (route) => route.fulfill({ contentType: "text/html", body: "<p>Weather stand-in</p>" }));
  await page.goto("/studio.html");
  await page.getByLabel("A built-in policy, with its documents").selectOption("white-rock-preschool");
  await page.getByRole("button", { name: "Open this policy" }).click();
  const preview = page.frameLocator("iframe[title^='Preview']");
  await preview.getByRole("button", { name: "Exit this page" }).click();
  await page.clock.runFor(2_000);
  expect(new URL(page.url()).pathname).toBe("/studio.html");
  await expect(page.locator("#statement-count")).toContainText("67 statements");
});

test("a link to the publisher with a file in its address, not from the studio, hands nothing over", async ({ page }) => {
  const file = readFileSync(join(ROOT, "policies/white-rock-preschool.json"), "utf8");
  await page.goto(`/publish.html#studio-file=${encodeURIComponent(file)}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Put the guide on your website");
  await expect(page.getByLabel("Our own policy file")).not.toBeChecked();
  expect(new URL(page.url()).hash, "the address is cleared all the same").toBe("");
});
