// What the widget says about each policy is what the policy says: time in
// its own words, its gaps on an About page, the emergency route in its own
// order with its source, and a superseded policy flagged everywhere.
import { test, expect, checkPage, choose, continueOn, heading, toFirstStage, readDownload, START_TITLE, press } from "./helpers.js";

const SUPERSEDED = "This policy has been superseded by";

async function toStages(page, policy) {
  await page.goto(`/?policy=${policy}`);
  await toFirstStage(page);
}

test("Pan-Berkshire 2026: each stage shows its 24 or 48 hours beside the working-day date", async ({ page }) => {
  await toStages(page, "pan-berkshire-2026");
  const hours = ["24 hours", "24 hours", "24 hours", "48 hours"];
  for (const [index, words] of hours.entries()) {
    const items = page.locator(".eg-deadlines__item");
    await expect(items.last()).toContainText(`The policy says: “within ${index === 3 ? "a maximum of " : ""}${words} (e.g`);
    await expect(items.last()).toContainText(/: by \w+day \d+ April 2026/);
    await choose(page, "No, it was not resolved");
  }
  await page.getByRole("link", { name: "The whole process" }).click();
  const steps = page.locator(".eg-step-by-step__step");
  await expect(steps.nth(1)).toContainText("“within 24 hours (e.g within 3 working days of the start of the difference of opinion)”");
  await expect(steps.nth(3)).toContainText("“within a maximum of 48 hours (e.g. within 6 working days");
  await page.getByRole("link", { name: "Your timeline" }).click();
  await expect(page.locator(".eg-timeline")).toContainText("The policy says: “within a maximum of 48 hours (e.g. within 6 working days");
});

test("Bedfordshire: stage pages and the timeline name the missing timescale table", async ({ page }) => {
  await toStages(page, "bedfordshire-luton-2018");
  for (const number of [1, 2, 3]) {
    await expect(heading(page)).toContainText(`Stage ${number}:`);
    const body = page.locator(".eg-page");
    await expect(body).toContainText("‘Timescale Required for Resolution’ table, but the table is not in the procedure’s published text");
    await expect(body).toContainText("Click here to view the Timescale Required for Resolution table");
    await expect(body).not.toContainText("Ask the Safeguarding Children Board");
    await expect(body).not.toContainText(/no timescale/i);
    // The stage links the policy's gap note about the table.
    await expect(page.getByRole("link", { name: "More about this policy and what it does not say" })).toBeVisible();
    await choose(page, "No, it was not resolved");
  }
  await page.getByRole("link", { name: "Your timeline" }).click();
  await checkPage(page, "Your timeline", "timeline-bedfordshire");
  await expect(page.locator(".eg-page")).toContainText("Section 5 points to a ‘Timescale Required for Resolution’ table");
  await expect(page.locator(".eg-page")).not.toContainText(/no timescale|sets no/i);
});

test("the urgent page follows each policy's own words and order, with its source", async ({ page }) => {
  const expected = {
    "pan-berkshire-2026": ["refer directly to their Safeguarding Lead or line manager", "dial 999 and ask for police assistance", "Source: opening paragraph"],
    "berkshire-lscb-2017": ["the designated safeguarding lead/line manager in your agency should be informed immediately", "refer directly to their Safeguarding Lead or line manager", "Source: Escalation process for professionals with safeguarding concerns"],
    "bedfordshire-luton-2018": ["the police should be contacted immediately", "non-accidental injury of an infant/young child must be resolved immediately", "Source: section 6.6"],
    "white-rock-preschool": ["does not say whom to tell or call when a child is at risk of immediate harm", "discretion should be used as to which stage is initiated", "Source: opening paragraphs"],
  };
  const seen = new Set();
  for (const [policy, [first, second, source]] of Object.entries(expected)) {
    await page.goto(`/?policy=${policy}`);
    await press(page, "Start now");
    await choose(page, "Yes");
    await checkPage(page, "Act now to keep the child safe", policy === "bedfordshire-luton-2018" ? "urgent-bedfordshire" : undefined);
    const text = await page.locator(".eg-page").innerText();
    expect(text.indexOf(first), `${policy}: ${first}`).toBeGreaterThan(-1);
    expect(text.indexOf(second), `${policy}: ${second} after ${first}`).toBeGreaterThan(text.indexOf(first));
    expect(text).toContain(source);
    seen.add(text);
  }
  expect(seen.size, "four policies, four different urgent pages").toBe(4);
});

const ABOUT = [
  { id: "pan-berkshire-2026", glossary: null, gap: "within 24 hours" },
  { id: "berkshire-lscb-2017", glossary: ["LSCB"], gap: "Local Contact Details to be added" },
  { id: "bedfordshire-luton-2018", glossary: ["Section 47", "BBSCB", "EHA"], gap: "‘Timescale Required for Resolution’ table" },
  { id: "white-rock-preschool", glossary: ["Resolution Panel"], gap: "does not say what TSCP stands for" },
];

for (const policy of ABOUT) {
  test(`About this policy: ${policy.id} shows its glossary, contacts and gaps, each with a source`, async ({ page }) => {
    await page.goto(`/?policy=${policy.id}`);
    await page.getByRole("link", { name: /^About this policy/ }).click();
    await checkPage(page, "About this policy", `about-${policy.id}`);
    const glossary = page.getByRole("heading", { name: "Glossary" });
    await expect(glossary).toBeVisible();
    if (policy.glossary) {
      for (const term of policy.glossary) {
        await expect(page.locator(".eg-glossary__term").filter({ hasText: new RegExp(`^${term}$`) })).toBeVisible();
      }
    } else {
      await expect(page.getByText("has no glossary")).toBeVisible();
    }
    await expect(page.getByRole("heading", { name: "What this policy does not say" })).toBeVisible();
    const gap = page.locator("li").filter({ hasText: policy.gap });
    await expect(gap).toBeVisible();
    // A gap is this guide's note, labelled so, never under a policy's
    // "Source:"; the passage it is about (where it has one) is behind it.
    await expect(gap.locator(".eg-guide-label").first()).toHaveText("This guide’s note: ");
    await expect(gap.locator(".eg-source:visible")).toHaveCount(0);
    // Every glossary entry and contact role carries its source section.
    const meanings = page.locator(".eg-glossary__meaning");
    const count = await meanings.count();
    expect(count).toBeGreaterThan(0);
    for (let i = 0; i < count; i++) await expect(meanings.nth(i).locator(".eg-source")).toHaveCount(1);
  });
}

test("Bedfordshire's glossary has all seventeen terms", async ({ page }) => {
  await page.goto("/?policy=bedfordshire-luton-2018");
  await page.getByRole("link", { name: /^About this policy/ }).click();
  await expect(page.locator(".eg-glossary").first().locator(".eg-glossary__term")).toHaveCount(17);
});

test("the superseded 2017 policy says so on every page, and after its saved record is loaded", async ({ page, browser }) => {
  await page.goto("/?policy=berkshire-lscb-2017");
  const banner = (page) => page.locator(".eg-warning-text").filter({ hasText: SUPERSEDED });
  const superseded = () => expect(banner(page)).toBeVisible();
  await superseded();
  for (const link of ["The whole process", "Your timeline"]) {
    await page.getByRole("link", { name: link, exact: true }).click();
    await superseded();
  }
  await page.getByRole("link", { name: "Back", exact: true }).click();
  await page.getByRole("link", { name: "Back", exact: true }).click();
  await page.getByRole("link", { name: /^About this policy/ }).click();
  await superseded();
  await page.getByRole("link", { name: "Back", exact: true }).click();
  await press(page, "Start now");
  await superseded();
  await choose(page, "Not sure");
  await superseded();
  await continueOn(page);
  await choose(page, "Someone in another agency");
  await superseded();
  await choose(page, "Something else");
  for (let i = 0; i < 2; i++) {
    await superseded();
    await continueOn(page);
  }
  await page.getByLabel("Day").fill("1");
  await page.getByLabel("Month").fill("4");
  await page.getByLabel("Year").fill("2026");
  await continueOn(page);
  await superseded();
  await choose(page, "Yes, it was resolved");
  await superseded();
  const [file] = await Promise.all([
    page.waitForEvent("download"),
    press(page, "Download as plain text"),
  ]);
  expect(readDownload(await file.path())).toContain(SUPERSEDED);
  const [json] = await Promise.all([
    page.waitForEvent("download"),
    press(page, "Download as JSON to continue later"),
  ]);
  const fresh = await browser.newPage();
  await fresh.goto("/");
  await expect(heading(fresh)).toHaveText(START_TITLE);
  await expect(banner(fresh)).toHaveCount(0);
  await fresh.getByLabel("Choose a record you saved as JSON").setInputFiles({
    name: "record.json",
    mimeType: "application/json",
    buffer: Buffer.from(readDownload(await json.path())),
  });
  await expect(heading(fresh)).toHaveText("Check your answers and complete your record");
  await expect(banner(fresh)).toBeVisible();
  await fresh.close();
});

test("borrowed content says where it comes from on its face, and does not contradict its page", async ({ page }) => {
  await page.goto("/?policy=white-rock-preschool");
  await press(page, "Start now");
  await choose(page, "No");
  await choose(page, "Someone in my own organisation");
  await checkPage(page, "A disagreement inside your own organisation");
  const body = page.locator(".eg-page");
  await expect(body).toContainText("does not say what to do about a disagreement inside your own organisation");
  await expect(body).toContainText("This route is not in this policy’s own documents. It comes from another policy");
  await expect(page.locator(".eg-source--borrowed").first()).toContainText("From another document: Escalation Procedures");

  await page.goto("/");
  await press(page, "Start now");
  await choose(page, "No");
  await choose(page, "Someone in another agency");
  await choose(page, "Something else");
  await expect(heading(page)).toHaveText("Before you escalate");
  // 2026 leads with its own words; what it takes from the 2017 protocol it
  // replaced follows under a heading that says so.
  const first = page.locator(".eg-page li").first();
  await expect(first).toContainText("All decisions and actions must be recorded.");
  await expect(first.locator(".eg-source--borrowed")).toHaveCount(0);
  await expect(page.locator(".eg-replaced-heading")).toContainText("(April 2017), which this policy replaced");
  await expect(page.locator(".eg-page li").nth(1).locator(".eg-source").first()).toContainText("Source: section");
});
