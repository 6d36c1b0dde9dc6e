// End-to-end tests drive Debian's Chromium (no browser download: these
// machines reach only package registries) against the release build in
// ../dist, served on 127.0.0.1.
import { defineConfig } from "@playwright/test";

const port = Number(process.env.E2E_PORT ?? 4173);

export default defineConfig({
  testDir: "tests",
  fullyParallel: true,
  forbidOnly: true,
  retries: 0,
  workers: 2,
  reporter: [["list"]],
  use: {
    baseURL: `http://127.0.0.1:${port}/`,
    browserName: "chromium",
    launchOptions: {
      executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--disable-quic",
        // The iframe test's host page and widget are two loopback origins;
        // Chromium's local-network checks would block the frame, as they
        // would not between two public sites.
        "--disable-features=LocalNetworkAccessChecks",
      ],
    },
  },
  // The build, and the same files on a second port: another origin, for a
  // host page around the iframe page, as on a real site.
  webServer: [port, port + 1].map((at) => ({
    command: `node serve-dist.mjs ../dist ${at}`,
    url: `http://127.0.0.1:${at}/`,
    reuseExistingServer: false,
  })),
});
