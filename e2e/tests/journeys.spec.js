// A full journey to the record for each built-in policy, and the routes
// that branch off it.
import { test, expect, START_TITLE, checkPage, heading, choose, continueOn, toFirstStage, expectNoAxeViolations, backLink, onScreen, press } from "./helpers.js";

const POLICIES = [
  {
    id: "pan-berkshire-2026",
    title: "Berkshire Escalation Process for Professionals with a Safeguarding Concern",
    topic: "Decisions about levels of need or whether a child or family has met the threshold for a service",
    stages: [
      "Promoting discussion to find a resolution for the child",
      "Management finding solutions",
      "Formal Resolution",
      "When no solution is reached between senior leaders",
    ],
    // Start Wednesday 1 April 2026; Good Friday and Easter Monday are skipped.
    firstDeadline: "Discussion between the professionals involved: by Thursday 2 April 2026",
    lastDeadline: "Meeting of senior managers with operational responsibility for the case: by Monday 13 April 2026",
    screenshots: true,
  },
  {
    id: "berkshire-lscb-2017",
    title: "Resolving Professional Disagreements about Safeguarding Children (Escalation Policy)",
    topic: "Decisions about levels of need or whether a child or family has met the thresholds for a service",
    stages: [
      "Involving your line manager",
      "Involving the worker from other agency/service",
      "Escalate line manager to line manager",
      "Escalate to named/designated safeguarding leads or senior operational manager",
      "Resolution by Local Safeguarding Children Board (LSCB) Chaired meeting",
    ],
    // Five working days from Wednesday 1 April 2026, over Easter: Friday 10 April.
    // "Escalation prior to referral to the LSCB should be no more than 5 working days": stages 1 to 4.
    deadlineAt: [[1, 2, 3, 4], "Escalation before referral to the LSCB (stages 1 to 4): by Friday 10 April 2026"],
    // "within ONE WORKING WEEK" (2.1) governs discussion at every stage.
    everyStage: "within ONE WORKING WEEK",
    superseded: true,
  },
  {
    id: "white-rock-preschool",
    title: "White Rock Pre-school Escalation Policy: resolution of professional disagreements in work relating to the safety of children",
    topic: "Levels of need",
    stages: ["Professional : Professional", "Manager : Manager", "Refer via TSCP"],
    everyStage: "In all cases, the matter should be resolved within specified timescales",
  },
  {
    id: "bedfordshire-luton-2018",
    title: "Escalation Procedures",
    topic: "Differing views of thresholds",
    stages: ["Practitioner level", "The practitioner’s own manager", "Senior Managers"],
    everyStage: "Timescale Required for Resolution",
  },
];

for (const policy of POLICIES) {
  test(`full journey to the record: ${policy.id}`, async ({ page }) => {
    const shot = (name) => (policy.screenshots ? name : undefined);
    await page.goto(`/?policy=${policy.id}`);
    await checkPage(page, START_TITLE, shot("journey-start"));
    await expect(page.locator(".eg-summary-list")).toContainText(policy.title);
    // A superseded policy says so on every page of its journey.
    const superseded = page.locator(".eg-warning-text").filter({ hasText: "This policy has been superseded by" });
    const checkStatus = async () => {
      if (policy.superseded) await expect(superseded).toBeVisible();
      else await expect(superseded).toHaveCount(0);
    };
    await checkStatus();
    await press(page, "Start now");
    await choose(page, "No");
    await checkPage(page, "Who do you disagree with?", shot("who"));
    await choose(page, "Someone in another agency");
    await checkPage(page, "What is the disagreement about?", shot("topic"));
    await choose(page, policy.topic);
    await checkPage(page, "Before you escalate", shot("preparation"));
    await continueOn(page);
    await checkPage(page, "Check your own view first", shot("self-check"));
    await page.getByLabel(/Would I react differently/).fill("Perhaps: the report came from a neighbour.");
    await continueOn(page);
        await checkPage(page, "When did the difference of opinion start?", shot("start-date"));
    await page.getByLabel("Day").fill("31");
    await page.getByLabel("Month").fill("2");
    await page.getByLabel("Year").fill("2026");
    await continueOn(page);
    await expect(page.locator(".eg-error-summary")).toContainText("Date the difference of opinion started must be a real date");
    await checkPage(page, "When did the difference of opinion start?", shot("start-date-error"));
    await page.getByLabel("Day").fill("1");
    await page.getByLabel("Month").fill("April");
    await page.getByLabel("Year").fill("2026");
    await continueOn(page);

    for (const [index, title] of policy.stages.entries()) {
      const number = index + 1;
      await checkPage(page, `Stage ${number}: ${title}`, shot(`stage-${number}`));
      await expect(page.locator(".eg-caption")).toHaveText(`Step 7 of 8: The stages, stage ${number} of ${policy.stages.length}`);
      if (number === 1 && policy.firstDeadline) {
        await expect(page.locator(".eg-deadlines__item").first()).toContainText(policy.firstDeadline);
      }
      if (policy.everyStage) {
        await expect(page.locator(".eg-page")).toContainText(policy.everyStage);
      }
      await expect(page.locator(".eg-page")).not.toContainText(/sets no timescale|no timescale in working days/i);
      await checkStatus();
      if (number === policy.stages.length && policy.lastDeadline) {
        await expect(page.locator(".eg-deadlines__item").last()).toContainText(policy.lastDeadline);
      }
      if (policy.deadlineAt && policy.deadlineAt[0].includes(number)) {
        await expect(page.locator(".eg-deadlines__item")).toContainText(policy.deadlineAt[1]);
      }
      if (policy.deadlineAt && !policy.deadlineAt[0].includes(number)) {
        await expect(page.locator(".eg-deadlines__item")).toHaveCount(0);
      }
      await choose(page, "No, it was not resolved");
    }
    await checkPage(page, "The last stage did not resolve it", shot("end-of-process"));
    await press(page, "Continue to your record");
    await checkPage(page, "Check your answers and complete your record", shot("record"));
    await checkStatus();
    await expect(onScreen(page, "Not resolved by the end of the process")).toBeVisible();
    await expect(page.locator(".eg-summary-list")).toContainText(policy.topic);
    await expect(page.locator(".eg-summary-list")).toContainText("Wednesday 1 April 2026");
  });
}

test("resolved at a stage: straight to the record, later stages not asked", async ({ page }) => {
  await page.goto("/");
  await toFirstStage(page);
  await choose(page, "No, it was not resolved");
  await choose(page, "Yes, it was resolved");
  await expect(heading(page)).toHaveText("Check your answers and complete your record");
  await expect(onScreen(page, "Resolved at stage 2 (Management finding solutions)")).toBeVisible();
  await expect(page.locator(".eg-summary-list")).not.toContainText("Stage 3");
});

test("the child at immediate risk during a stage: the urgent page, then back to that stage", async ({ page }) => {
  await page.goto("/");
  await toFirstStage(page);
  await choose(page, "The child is now at immediate risk");
  await checkPage(page, "Act now to keep the child safe");
  await press(page, "Continue when the child is safe");
  await expect(heading(page)).toHaveText("Stage 1: Promoting discussion to find a resolution for the child");
});

test("the internal route: a disagreement inside your own organisation", async ({ page }) => {
  await page.goto("/");
  await press(page, "Start now");
  await choose(page, "No");
  await choose(page, "Someone in my own organisation");
  await checkPage(page, "A disagreement inside your own organisation", "own-organisation");
  await expect(page.getByText("refer to your own agency’s whistleblowing or dispute resolution protocol")).toBeVisible();
  await expect(page.getByRole("heading", { name: "If you disagree with your own manager" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Continue" })).toHaveCount(0);
});

test("not sure who: both routes explained, then this policy", async ({ page }) => {
  await page.goto("/");
  await press(page, "Start now");
  await choose(page, "No");
  await choose(page, "Not sure");
  await checkPage(page, "Which route to use", "not-sure-who");
  await press(page, "Continue with this policy");
  await expect(heading(page)).toHaveText("What is the disagreement about?");
});

test("changing an earlier answer: a change that keeps the route returns to the record", async ({ page }) => {
  await page.goto("/");
  await toFirstStage(page);
  await choose(page, "Yes, it was resolved");
  await page.getByRole("link", { name: "Change what it is about" }).click();
  await expect(heading(page)).toHaveText("What is the disagreement about?");
  await expect(page.getByLabel("Something else")).toBeChecked();
  await choose(page, "The roles and responsibilities of the different organisations involved");
  await expect(heading(page)).toHaveText("Check your answers and complete your record");
  await expect(page.locator(".eg-summary-list")).toContainText("The roles and responsibilities of the different organisations involved");
});

test("changing an earlier answer: a new route clears the answers of the old one", async ({ page }) => {
  await page.goto("/");
  await toFirstStage(page);
  await choose(page, "Yes, it was resolved");
  await page.getByLabel("Agencies involved").fill("Nursery and children’s social care");
  await page.getByRole("link", { name: "Change who you disagree with" }).click();
  await choose(page, "Someone in my own organisation");
  await expect(heading(page)).toHaveText("A disagreement inside your own organisation");
  await backLink(page).click();
  await backLink(page).click();
  await expect(heading(page)).toHaveText("Check your answers and complete your record");
  const summary = page.locator(".eg-summary-list");
  await expect(summary).toContainText("Someone in my own organisation");
  await expect(summary).not.toContainText("What it is about");
  await expect(summary).not.toContainText("Stage 1");
  await expect(page.getByLabel("Agencies involved"), "typed text is kept").toHaveValue("Nursery and children’s social care");
});

test("the whole-process overview: a flowchart with the current stage highlighted", async ({ page }) => {
  await page.goto("/");
  await toFirstStage(page);
  await choose(page, "No, it was not resolved");
  await page.getByRole("link", { name: "The whole process" }).click();
  await checkPage(page, "The whole process", "overview");
  const chart = page.getByRole("img", { name: "The 4 stages of the process, in order" });
  await expect(chart).toBeVisible();
  await expect(chart.locator("desc")).toContainText("You are at stage 2.");
  await expect(chart.locator(".eg-flowchart__stage--current")).toContainText("Stage 2: you are here");
  await expect(page.locator("[aria-current=step]")).toContainText("Stage 2: Management finding solutions");
  await backLink(page).click();
  await expect(heading(page)).toHaveText("Stage 2: Management finding solutions");
});

test("the timeline: each deadline on a date line, today marked, overdue flagged", async ({ page }) => {
  await page.goto("/");
  await toFirstStage(page);
  await page.getByRole("link", { name: "Your timeline" }).click();
  await checkPage(page, "Your timeline", "timeline");
  const items = page.locator(".eg-timeline__item");
  await expect(items).toHaveCount(7); // start, five deadlines, today
  await expect(items.first()).toContainText("Wednesday 1 April 2026");
  await expect(page.locator(".eg-timeline__item--today")).toContainText("Today,");
  await expect(page.locator(".eg-timeline__item--overdue")).toHaveCount(5);
});

test("the timeline before a start date lists the timescales in working days", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("link", { name: "Your timeline" }).click();
  await expect(heading(page)).toHaveText("Your timeline");
  await expect(page.getByText("Stage 4: “within a maximum of 48 hours (e.g. within 6 working days")).toBeVisible();
  await expectNoAxeViolations(page, "empty timeline");
});

test("choosing another policy from the start page", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("link", { name: "Choose another policy" }).click();
  await checkPage(page, "Which policy do you want to follow?", "choose-policy");
  await choose(page, "Escalation Procedures");
  await expect(heading(page)).toHaveText(START_TITLE);
  await expect(page.locator(".eg-summary-list")).toContainText("Bedford Borough, Central Bedfordshire and Luton");
});

test("an unknown policy in the address says so and shows the default", async ({ page }) => {
  await page.goto("/?policy=nowhere-2099");
  await expect(page.getByText("There is no built-in policy called “nowhere-2099”")).toBeVisible();
  await expect(page.locator(".eg-summary-list")).toContainText("Berkshire Escalation Process");
});
