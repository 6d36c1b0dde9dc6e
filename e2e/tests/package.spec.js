// The release package, as a partnership's web editor gets it: unzipped into
// an empty folder and served by a plain static server, with nothing from
// the build tree. ./scripts/test makes the zip (scripts/package --from-dist)
// before these run.
import { spawn, spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test, expect, heading, press, choose, expectNoAxeViolations } from "./helpers.js";

const cargo = readFileSync(new URL("../../Cargo.toml", import.meta.url), "utf8");
const VERSION = cargo.match(/\[workspace\.package\][^[]*?\nversion = "([^"]+)"/)[1];
const NAME = `escalation-guide-${VERSION}`;
const ZIP = new URL(`../../${NAME}.zip`, import.meta.url).pathname;
const PORT = Number(process.env.E2E_PORT ?? 4173) + 2;
const URL_BASE = `http://127.0.0.1:${PORT}/`;

let folder;
let server;

test.describe.configure({ mode: "serial" });
test.use({ baseURL: URL_BASE });

test.beforeAll(async () => {
  folder = mkdtempSync(join(tmpdir(), "escalation-package-"));
  const unzip = spawnSync("unzip", ["-q", ZIP, "-d", folder], { encoding: "utf8" });
  expect(unzip.status, `unzip ${ZIP}: ${unzip.stderr}`).toBe(0);
  server = spawn("node", [new URL("../serve-dist.mjs", import.meta.url).pathname, join(folder, NAME), String(PORT)], { stdio: "ignore" });
  await expect
    .poll(() => fetch(URL_BASE + "START-HERE.html").then((response) => response.status, () => 0), { timeout: 10_000 })
    .toBe(200);
});

test.afterAll(() => {
  server?.kill();
  if (folder) rmSync(folder, { recursive: true, force: true });
});

test("every file in the package matches SHA256SUMS, and SHA256SUMS names every file", () => {
  const root = join(folder, NAME);
  const listed = readFileSync(join(root, "SHA256SUMS"), "utf8").trim().split("\n");
  const files = spawnSync("find", [".", "-type", "f", "!", "-name", "SHA256SUMS"], { cwd: root, encoding: "utf8" })
    .stdout.trim()
    .split("\n")
    .map((file) => file.replace(/^\.\//, ""))
    .sort();
  expect(listed.map((line) => line.slice(66)).sort()).toEqual(files);
  for (const line of listed) {
    const [sum, file] = [line.slice(0, 64), line.slice(66)];
    expect(createHash("sha256").update(readFileSync(join(root, file))).digest("hex"), file).toBe(sum);
  }
  for (const needed of ["START-HERE.html", "LICENSE", "widget/escalation-guide.js", "widget/index.html", "widget/frame.html", "widget/studio.html", "docs/EMBEDDING.md"]) {
    expect(files).toContain(needed);
  }
});

test("START-HERE names the release and says what to upload", async ({ page }) => {
  await page.goto("START-HERE.html");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Escalation Guide ${VERSION}: start here`);
  await expect(page.getByText("Upload the widget folder to your site")).toBeVisible();
  await expectNoAxeViolations(page, "START-HERE.html");
});

test("the unzipped widget runs a journey, and About names the release", async ({ page }) => {
  await page.goto("widget/index.html");
  await press(page, "Start now");
  await expect(heading(page)).toHaveText("Is a child at risk of immediate harm?");
  await choose(page, "No");
  await expect(heading(page)).toHaveText("Who do you disagree with?");
  await page.goto("widget/index.html");
  await page.getByRole("link", { name: "About this policy" }).click();
  await expect(page.getByText(`This is Escalation Guide ${VERSION}.`)).toBeVisible();
});

test("a host page beside the widget, as in the package's examples, mounts the guide", async ({ page }) => {
  await page.goto("widget/examples/plain.html");
  await expect(page.getByRole("button", { name: "Start now" })).toBeVisible();
});

test("a snippet from the package, pasted into a plain page beside the widget's files, shows that policy", async ({ page }) => {
  const snippet = readFileSync(join(folder, NAME, "snippets", "white-rock-preschool.html"), "utf8");
  // The snippet expects the folder at /escalation-guide/; here it is beside the page.
  const pasted = snippet.replace("/escalation-guide/escalation-guide.js", "./escalation-guide.js");
  expect(pasted).not.toBe(snippet);
  writeFileSync(
    join(folder, NAME, "widget", "our-page.html"),
    `<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><title>Our pre-school</title></head><body><main>${pasted}</main></body></html>`,
  );
  await page.goto("widget/our-page.html");
  await expect(page.getByRole("button", { name: "Start now" })).toBeVisible();
  await expect(page.getByText("White Rock Pre-school Escalation Policy").first()).toBeVisible();
  await expectNoAxeViolations(page, "a host page with the package's snippet");
});

test("the publisher page makes a snippet that works on a plain page in the same folder", async ({ page }) => {
  await page.goto("START-HERE.html");
  await page.getByRole("link", { name: "publisher page" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Put the guide on your website");
  await expectNoAxeViolations(page, "the publisher page");

  await page.getByLabel("Escalation Procedures").check();
  // Two contacts, for two of the roles the policy names.
  const roles = page.locator("#contacts fieldset");
  const role = (await roles.first().locator("legend").textContent()).trim();
  await roles.first().getByLabel("Service or team").fill("Bright Start Nursery safeguarding lead");
  await roles.first().getByLabel("Phone").fill("01234 567890");
  await roles.nth(1).getByLabel("Email").fill("safeguarding@brightstart.example");

  // A brand colour that fails contrast is named beside the field and
  // before the code; one that passes clears it.
  await page.getByLabel("Brand colour").fill("#ffdd00");
  const problem = "The brand colour #ffdd00 has a contrast of 1.34:1 against the white background";
  await expect(page.getByText(problem).first()).toBeVisible();
  await expect(page.getByRole("link", { name: new RegExp(problem) })).toBeVisible();
  await page.getByLabel("Brand colour").fill("#1d70b8");
  await expect(page.getByText("has a contrast of")).toHaveCount(0);

  // Files beside the page: the script's address is ./escalation-guide.js.
  await page.getByLabel("The address of escalation-guide.js on your site").fill("./escalation-guide.js");
  // Copied as the editor copies it: the button, then the clipboard.
  await page.context().grantPermissions(["clipboard-read", "clipboard-write"]);
  await page.getByRole("button", { name: "Copy the code" }).click();
  await expect(page.getByText("Copied. Paste it where it goes.")).toBeVisible();
  const snippet = await page.evaluate(() => navigator.clipboard.readText());
  expect(snippet).toBe(await page.locator("#snippet").inputValue());
  expect(snippet).toContain('data-policy="bedfordshire-luton-2018"');
  expect(snippet).toContain('data-theme-brand="#1d70b8"');
  expect(snippet).toContain('<script type="module" src="./escalation-guide.js"></script>');
  await expectNoAxeViolations(page, "the publisher page, filled in");

  writeFileSync(
    join(folder, NAME, "widget", "published.html"),
    `<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><title>Our nursery</title></head><body><main>${snippet}</main></body></html>`,
  );
  await page.goto("widget/published.html");
  // The colour is set where the widget's stylesheet reads it, inside its
  // shadow root.
  await expect(page.getByRole("button", { name: "Start now" })).toBeVisible();
  const brand = await page.locator("[data-escalation-guide]").evaluate((host) =>
    getComputedStyle(host.shadowRoot.querySelector(".eg-button--start")).getPropertyValue("--escalation-guide-brand").trim(),
  );
  expect(brand).toBe("#1d70b8");
  await page.getByRole("link", { name: "About this policy" }).click();
  await expect(page.getByText("Bright Start Nursery safeguarding lead")).toBeVisible();
  await expect(page.getByText("01234 567890")).toBeVisible();
  await expect(page.getByText("safeguarding@brightstart.example")).toBeVisible();
  expect(role.length).toBeGreaterThan(0);
  await expectNoAxeViolations(page, "the published page's About page");
});

test("the publisher page works by keyboard at a phone's width, and keeps the choices over a reload only when asked", async ({ page, privacy }) => {
  privacy.optedIn = true;
  await page.setViewportSize({ width: 375, height: 800 });
  await page.goto("widget/publish.html");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Put the guide on your website");
  await expectNoAxeViolations(page, "the publisher page at 375 px");
  // Tab to a control, as someone without a mouse would.
  const tabTo = async (id) => {
    for (let presses = 0; presses < 80; presses += 1) {
      await page.keyboard.press("Tab");
      if ((await page.evaluate(() => document.activeElement?.id)) === id) return;
    }
    throw new Error(`Tab never reached #${id}`);
  };
  await tabTo("keep-choices");
  await page.keyboard.press("Space");
  await expect(page.getByLabel("Keep my choices in this browser")).toBeChecked();
  await tabTo("exit-url");
  await page.keyboard.type("https://www.example.org/");
  await tabTo("closures");
  await page.keyboard.type("2026-12-24, 2026-02-30");
  await expect(page.locator("#closures-length, #closures ~ *, .eg-error-message").filter({ hasText: "2026-02-30" }).first()).toBeVisible();
  // 2026 has no 29 February either; a real date clears the message.
  await page.keyboard.press("Control+A");
  await page.keyboard.type("2026-12-24, 2026-12-29");
  await expect(page.locator(".eg-error-message").filter({ hasText: "2026-02-" })).toHaveCount(0);
  await tabTo("history");
  await page.keyboard.press("Space");
  const snippet = page.locator("#snippet");
  await expect(snippet).toHaveValue(/data-exit-url="https:\/\/www\.example\.org\/" data-closures="2026-12-24, 2026-12-29" data-history="on"/);

  // A reload keeps what was typed, because the editor asked.
  await page.reload();
  await expect(page.getByLabel("Where Exit this page goes")).toHaveValue("https://www.example.org/");
  await expect(page.locator("#snippet")).toHaveValue(/data-history="on"/);
  // Turning it off deletes what was kept.
  await page.getByLabel("Keep my choices in this browser").uncheck();
  expect(await page.evaluate(() => localStorage.getItem("escalation-guide:publisher"))).toBeNull();
  await page.reload();
  await expect(page.getByLabel("Where Exit this page goes")).toHaveValue("");
});

/** White Rock's policy file as a partnership might adapt it, and the same
 * with three mistakes, each on a line of its own. */
function ownPolicy() {
  const policy = JSON.parse(readFileSync(join(folder, NAME, "policies", "white-rock-preschool.json"), "utf8"));
  policy.id = "our-pre-school";
  const good = JSON.stringify(policy, null, 2);
  const broken = JSON.parse(good);
  broken.area = "";
  broken.stages[0].who[0].source.document = "our-handbook";
  broken.contact_roles[0].id = "Not An Id";
  return { good, broken: JSON.stringify(broken, null, 2) };
}

test("a host's own policy file: three mistakes named by line and column, then fixed and published", async ({ page, privacy }) => {
  privacy.optedIn = true;
  const { good, broken } = ownPolicy();
  await page.goto("widget/publish.html");
  await page.getByLabel("Keep my choices in this browser").check();
  await page.getByLabel("Our own policy file").check();
  await expect(page.getByText("The code is made when your policy file has no problems")).toBeVisible();

  await page.getByLabel("Your policy file", { exact: true }).setInputFiles({ name: "our-policy.json", mimeType: "application/json", buffer: Buffer.from(broken) });
  await expect(page.getByText("our-policy.json has 3 problems to fix")).toBeVisible();
  const problems = page.locator("#policy-file-error li");
  await expect(problems).toHaveCount(3);
  // Each at its place in the file, as policy-tool check says it.
  const lines = broken.split("\n");
  for (const [index, needle] of [[0, '"area": ""'], [1, '"document": "our-handbook"'], [2, '"id": "Not An Id"']].entries()) {
    const text = await problems.nth(needle[0]).textContent();
    const [, line, column] = text.match(/^Line (\d+), column (\d+), /) ?? [];
    expect(line, text).toBeTruthy();
    expect(lines[Number(line) - 1], `${text} points at its line`).toContain(needle[1]);
    expect(Number(column)).toBeGreaterThan(0);
  }
  // And in the summary at the top, each linked to the file.
  await expect(page.getByRole("link", { name: /^In your policy file: Line \d+, column \d+/ })).toHaveCount(3);
  await page.setViewportSize({ width: 375, height: 800 });
  await page.locator("#policy-file").scrollIntoViewIfNeeded();
  await page.screenshot({ path: "screenshots/publisher-file-problems-375.png" });
  await expectNoAxeViolations(page, "the publisher with a policy file's problems at 375 px");
  await page.setViewportSize({ width: 1280, height: 800 });
  await expectNoAxeViolations(page, "the publisher with a policy file's problems");

  // Fixed, and chosen again.
  await page.getByLabel("Your policy file", { exact: true }).setInputFiles({ name: "our-policy.json", mimeType: "application/json", buffer: Buffer.from(good) });
  await expect(page.getByText("our-policy.json has no problems")).toBeVisible();
  await expect(page.locator("#policy-file-error")).toHaveCount(0);
  await expect(page.getByText("Give the address your policy file will have on your website.").first()).toBeVisible();
  await page.getByLabel("The address your policy file will have on your website").fill("./our-policy.json");
  await page.getByLabel("The address of escalation-guide.js on your site").fill("./escalation-guide.js");
  const firstRole = page.locator("#contacts fieldset").first();
  await firstRole.getByLabel("Phone").fill("01234 000111");
  // The preview shows the file, before it is uploaded anywhere.
  await expect(page.frameLocator("iframe[title^='Preview']").getByRole("button", { name: "Start now" })).toBeVisible();
  const snippet = page.locator("#snippet");
  await expect(snippet).toHaveValue(/^<div data-escalation-guide data-policy-url="\.\/our-policy\.json" data-contacts=/);
  await page.screenshot({ path: "screenshots/publisher-own-file-1280.png", fullPage: true });
  // Kept, file and all, because the editor asked.
  await page.reload();
  await expect(page.getByText("our-policy.json has no problems")).toBeVisible();
  await expect(snippet).toHaveValue(/data-policy-url="\.\/our-policy\.json"/);

  writeFileSync(join(folder, NAME, "widget", "our-policy.json"), good);
  writeFileSync(
    join(folder, NAME, "widget", "our-own.html"),
    `<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><title>Our pre-school</title></head><body><main>${await snippet.inputValue()}</main></body></html>`,
  );
  await page.goto("widget/our-own.html");
  await page.getByRole("link", { name: "About this policy" }).click();
  await expect(page.getByText("01234 000111")).toBeVisible();
  await expectNoAxeViolations(page, "a host page with its own policy file");
});

test("the CSP line the publisher gives lets the guide run on the host's page", async ({ page }) => {
  await page.goto("widget/publish.html");
  await page.getByLabel("The address of escalation-guide.js on your site").fill("./escalation-guide.js");
  const csp = (await page.locator("#csp").inputValue()).replace(/^Content-Security-Policy: /, "");
  expect(csp).toBe("default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'");
  const snippet = await page.locator("#snippet").inputValue();
  writeFileSync(
    join(folder, NAME, "widget", "strict.html"),
    `<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="${csp}"><title>Strict</title></head><body><main>${snippet}</main></body></html>`,
  );
  const refused = [];
  page.on("console", (message) => {
    if (/Content Security Policy/i.test(message.text())) refused.push(message.text());
  });
  await page.goto("widget/strict.html");
  await press(page, "Start now");
  await expect(heading(page)).toHaveText("Is a child at risk of immediate harm?");
  expect(refused).toEqual([]);
});

test("the iframe code and frame page from the publisher work on a host page of another origin", async ({ page, privacy }) => {
  const hostPort = PORT + 1;
  const hostBase = `http://127.0.0.1:${hostPort}/`;
  privacy.allowOrigins.push(new URL(hostBase).origin);
  const host = spawn("node", [new URL("../serve-dist.mjs", import.meta.url).pathname, join(folder, NAME), String(hostPort)], { stdio: "ignore" });
  try {
    await expect.poll(() => fetch(hostBase + "START-HERE.html").then((r) => r.status, () => 0), { timeout: 10_000 }).toBe(200);
    await page.goto("widget/publish.html");
    await page.getByLabel("Escalation Procedures").check();
    await page.locator("#contacts fieldset").first().getByLabel("Phone").fill("01234 222333");
    await page.getByLabel("The address of escalation-guide.js on your site").fill(`${URL_BASE}widget/escalation-guide.js`);
    await page.getByLabel("Your website's address, for the iframe (optional)").fill(new URL(hostBase).origin);
    const iframe = await page.locator("#iframe").inputValue();
    expect(iframe).toContain(`src="${URL_BASE}widget/frame.html"`);
    expect(iframe, "no inline style, which a strict CSP refuses").not.toContain("style=");
    const download = page.waitForEvent("download");
    await page.getByRole("button", { name: "Download frame.html" }).click();
    // In place of the package's frame.html, as the page says.
    await (await download).saveAs(join(folder, NAME, "widget", "frame.html"));

    writeFileSync(
      join(folder, NAME, "framed-host.html"),
      `<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><title>Our site</title></head><body><main><h1>Safeguarding</h1>${iframe}</main></body></html>`,
    );
    await page.goto(`${hostBase}framed-host.html`);
    const frame = page.frameLocator("#escalation-guide-frame");
    await expect(frame.getByRole("button", { name: "Start now" })).toBeVisible();
    // The listener fits the frame to the guide: told only this origin.
    await expect.poll(() => page.locator("#escalation-guide-frame").evaluate((f) => f.style.height)).not.toBe("700px");
    await frame.getByRole("link", { name: "About this policy" }).click();
    await expect(frame.getByText("01234 222333")).toBeVisible();
    await expectNoAxeViolations(page, "a host page of another origin with the iframe");
  } finally {
    host.kill();
  }
});
