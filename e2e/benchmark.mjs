// Measures what a phone user waits for, against the release build in ../dist:
// time from navigation to the start page's "Start now" button, and to the
// first question after pressing it. Prints the median of several runs; it
// reports figures and never fails, so it is not a test.
// Usage (after a release build): node benchmark.mjs [runs]
import { spawn } from "node:child_process";
import { chromium } from "@playwright/test";

const runs = Number(process.argv[2] ?? 5);
const port = 4177;
const server = spawn("node", ["serve-dist.mjs", "../dist", String(port)], { stdio: "ignore" });
await new Promise((resolve) => setTimeout(resolve, 300));

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"],
});
const median = (values) => values.sort((a, b) => a - b)[Math.floor(values.length / 2)];
const startPage = [];
const firstQuestion = [];
try {
  for (let run = 0; run < runs; run += 1) {
    // A fresh context each time: nothing cached, as on a first visit.
    const context = await browser.newContext({ viewport: { width: 375, height: 800 } });
    const page = await context.newPage();
    const began = Date.now();
    await page.goto(`http://127.0.0.1:${port}/`);
    await page.getByRole("button", { name: "Start now" }).waitFor();
    startPage.push(Date.now() - began);
    await page.getByRole("button", { name: "Start now" }).click();
    await page.getByRole("heading", { name: "Is a child at risk of immediate harm?" }).waitFor();
    firstQuestion.push(Date.now() - began);
    await context.close();
  }
} finally {
  await browser.close();
  server.kill();
}
console.log(`runs: ${runs} (headless Chromium, 375 px, no cache, served on 127.0.0.1)`);
console.log(`navigation to "Start now" visible: median ${median(startPage)} ms (all: ${startPage.join(", ")})`);
console.log(`navigation to the first question:  median ${median(firstQuestion)} ms (all: ${firstQuestion.join(", ")})`);
