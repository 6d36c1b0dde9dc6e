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
  for (const needed of ["START-HERE.html", "LICENSE", "widget/escalation-guide.js", "widget/index.html", "widget/frame.html", "docs/EMBEDDING.md"]) {
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
  const firstRole = page.locator("#contacts fieldset").first();
  const role = (await firstRole.locator("legend").textContent()).trim();
  await firstRole.getByLabel("Service or team").fill("Bright Start Nursery safeguarding lead");
  await firstRole.getByLabel("Phone").fill("01234 567890");

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
  const snippet = await page.locator("#snippet").inputValue();
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
