// Two voices, never mixed: the policy's words as a quotation with their
// source, and this guide's summaries labelled as such, with the policy's
// words one tap away (and open on paper). For every built-in policy, on
// screen, printed, and in the printed record.
import { test, expect, heading, choose, toFirstStage, press, expectNoAxeViolations, screenshots } from "./helpers.js";

const SUMMARY = "This guide’s summary: ";
const WORDS = "The policy’s words";

// Where each policy first shows one of this guide's summaries.
const POLICIES = [
  { id: "pan-berkshire-2026", link: /^About this policy/, title: "About this policy" },
  { id: "berkshire-lscb-2017", link: "The whole process", title: "The whole process" },
  { id: "bedfordshire-luton-2018", link: "The whole process", title: "The whole process" },
  { id: "white-rock-preschool", link: "The whole process", title: "The whole process" },
];

for (const policy of POLICIES) {
  test(`${policy.id}: a summary is labelled, with the policy's words behind it, open when printed`, async ({ page }) => {
    await page.goto(`/?policy=${policy.id}`);
    await page.getByRole("link", { name: policy.link }).first().click();
    await expect(heading(page)).toHaveText(policy.title);

    // The policy's own words are quotations, each with its source beside it.
    const quoted = page.locator(".eg-statement > q.eg-policy-voice:visible").first();
    await expect(quoted).toBeVisible();
    await expect(quoted.locator("xpath=following-sibling::*[contains(@class, 'eg-source')][1]")).toBeVisible();

    // A summary carries its label; the policy's words are behind it.
    const label = page.locator(".eg-guide-label", { hasText: SUMMARY }).first();
    await expect(label).toBeVisible();
    const holder = label.locator("xpath=..");
    const details = holder.locator("details.eg-policy-words");
    const words = details.locator("q.eg-policy-voice");
    await expect(words).toBeHidden();
    await details.getByText(WORDS).click();
    await expect(words).toBeVisible();
    await expect(details.locator(".eg-source")).toBeVisible();
    const passage = (await words.innerText()).trim();
    expect(passage.length).toBeGreaterThan(10);
    await expectNoAxeViolations(page, `${policy.id}: ${policy.title} with a summary's words open`);
    await screenshots(page, `voices-${policy.id}`);

    // On paper (the handout, made to be printed) the words are there
    // without a tap, and the details element that holds them on screen is not.
    await page.goto(`/?policy=${policy.id}`);
    await page.getByRole("link", { name: "Run a 7-minute briefing" }).click();
    await page.getByRole("link", { name: "One-sheet handout" }).first().click();
    await page.emulateMedia({ media: "print" });
    const summaries = page.locator(".eg-handout .eg-guide-label", { hasText: SUMMARY });
    if (policy.id !== "pan-berkshire-2026") expect(await summaries.count()).toBeGreaterThan(0);
    for (let i = 0; i < (await summaries.count()); i++) {
      const holder = summaries.nth(i).locator("xpath=..");
      await expect(holder.locator(".eg-print-words")).toBeVisible();
      await expect(holder.locator(".eg-print-words")).toContainText(WORDS);
      await expect(holder.locator("details.eg-policy-words")).toBeHidden();
    }
  });

  test(`${policy.id}: the printed record shows the policy's words, and this guide's summaries labelled`, async ({ page }) => {
    await page.goto(`/?policy=${policy.id}`);
    await toFirstStage(page);
    await choose(page, "Yes, it was resolved");
    await expect(heading(page)).toHaveText("Check your answers and complete your record");
    await page.evaluate(() => window.dispatchEvent(new Event("beforeprint")));
    await page.emulateMedia({ media: "print" });
    const printed = page.locator(".eg-print-only");
    await expect(printed).toBeVisible();
    const text = await printed.innerText();
    expect(text).toContain("Check it before you put it on the child’s file.");
    // Every deadline or time note gives the policy's words in quotation marks.
    expect(text).toMatch(/The policy says: “[^”]+”/);
    // A summary in the record is labelled, and followed by the words it summarises.
    for (const [, after] of text.matchAll(/This guide’s summary: ([^\n]*)/g)) {
      expect(after).toMatch(/The policy says: “[^”]+”/);
    }
    if (policy.id !== "pan-berkshire-2026") {
      // 2017, White Rock and Bedfordshire say things about time without a
      // figure: this guide's summaries, each with the policy's words.
      expect(text).toContain(SUMMARY);
    }
  });
}

test("2026 pages lead with the 2026 process's own words; 2017's follow under a heading that says so", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("link", { name: /^About this policy/ }).click();
  const purpose = page.getByRole("heading", { name: "What it is for" });
  await expect(purpose).toBeVisible();
  const replaced = page.locator(".eg-replaced-heading").first();
  await expect(replaced).toContainText("which this policy replaced");
  await expect(replaced).toContainText("April 2017");
  // The first statement under "What it is for" is 2026's own: it has a plain source line.
  const first = page.locator("h2:has-text('What it is for') + ul > li").first();
  await expect(first.locator(".eg-source")).toHaveText("Source: Conclusion");
});

test("the urgent page quotes the policy, and the 999 line stays this guide's", async ({ page }) => {
  await page.goto("/");
  await press(page, "Start now");
  await choose(page, "Yes");
  const panel = page.locator(".eg-panel--urgent");
  await expect(panel.locator("q.eg-policy-voice").first()).toContainText("refer directly to their Safeguarding Lead or line manager");
  await expect(panel.locator(".eg-guide-label")).toHaveCount(0);
});
