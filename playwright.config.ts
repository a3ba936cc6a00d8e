import { existsSync } from "node:fs";
import { availableParallelism } from "node:os";
import { defineConfig, devices } from "@playwright/test";
import { APP_PORT } from "./e2e/support/ports";

// Debian's Chromium where installed (no browser download is possible offline);
// otherwise Playwright's own browser.
const debianChromium = "/usr/bin/chromium";
const launchOptions = existsSync(debianChromium)
  ? {
      executablePath: debianChromium,
      args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
    }
  : {};

// The app server, its database and Chromium share the machine with the test
// workers: one worker per two cores keeps a loaded 2-core machine from
// turning slow pages into timeouts. Tests wait on what the page shows; the
// timeouts below are only upper bounds.
const workers = Math.max(1, Math.floor(availableParallelism() / 2));

export default defineConfig({
  testDir: "e2e",
  fullyParallel: true,
  workers,
  forbidOnly: true,
  retries: 0,
  timeout: 90_000,
  expect: { timeout: 20_000 },
  // Artifacts in their own folder: Playwright empties it at start, and
  // test-results/ also holds vitest's report for `npm test`'s summary.
  outputDir: "test-results/playwright",
  reporter: [["list"], ["json", { outputFile: "test-results/e2e.json" }]],
  use: {
    baseURL: `http://localhost:${APP_PORT}`,
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
  },
  projects: [
    { name: "chromium", use: { ...devices["Desktop Chrome"], launchOptions }, testIgnore: /no-javascript.*\.spec\.ts$/ },
    // After the others, alone: these measure the server's CPU at rest after each post
    // (e2e/no-javascript*.spec.ts: one file per domain).
    { name: "no-javascript", use: { ...devices["Desktop Chrome"], launchOptions }, testMatch: /no-javascript.*\.spec\.ts$/, dependencies: ["chromium"] },
  ],
  webServer: {
    command: "node node_modules/tsx/dist/cli.mjs --conditions=react-server e2e/support/server.ts",
    url: `http://localhost:${APP_PORT}/api/health`,
    timeout: 300_000,
    reuseExistingServer: false,
    stdout: "pipe",
    stderr: "pipe",
    gracefulShutdown: { signal: "SIGTERM", timeout: 10_000 },
  },
});
