import { existsSync } from "node:fs";
import { defineConfig, devices } from "@playwright/test";

// Browsers cannot be downloaded on these machines: use Debian's Chromium where it is installed.
const debianChromium = "/usr/bin/chromium";
const port = Number(process.env.E2E_PORT ?? 3100);
// Two runs on one machine (E2E_PORT, E2E_OUTPUT_DIR, NEXT_DIST_DIR) keep their files apart.
const outputDir = process.env.E2E_OUTPUT_DIR ?? "test-results";
// These specs change the shared record (re-plans, go-lives, decisions, people): they run last.
const WRITING_SPECS = /(api-tokens|changes|manager|board|admin|fuzz-forms|import|issued-packs|tolerances)\.spec\.ts/;
// A second run of the suite on another database (CI runs it on PostgreSQL, then on the embedded database) may leave
// out the specs whose checks do not depend on the suite's database: how pages render (axe-core, the layout at each
// width; every page they open is also opened by the other specs and the fuzzing on that database), and restarts
// (restart.spec.ts starts its own server on the embedded database, whatever the suite runs on).
const DATABASE_INDEPENDENT_SPECS = /(accessibility|layout|restart)\.spec\.ts/;
const secondRun = process.env.E2E_SECOND_RUN === "true";

export default defineConfig({
  testDir: "tests/e2e",
  outputDir,
  fullyParallel: false,
  // Two browsers read at once (the read-only project below); the writing specs run one at a time, in order.
  workers: Number(process.env.E2E_WORKERS ?? 2),
  forbidOnly: !!process.env.CI,
  retries: 0,
  timeout: 60_000,
  reporter: process.env.CI ? [["list"]] : [["list"], ["html", { open: "never" }]],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    launchOptions: {
      executablePath: existsSync(debianChromium) ? debianChromium : undefined,
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--disable-quic",
      ],
    },
  },
  projects: [
    { name: "sign-in", testMatch: /auth\.setup\.ts/ },
    {
      // Specs that read the sample data run first, before any spec changes the record.
      name: "chromium",
      dependencies: ["sign-in"],
      // They only read the sample data, so their tests may run side by side in any order.
      fullyParallel: true,
      testIgnore: secondRun ? [WRITING_SPECS, DATABASE_INDEPENDENT_SPECS] : WRITING_SPECS,
      // Most tests read as an analyst (reads and exports); tests of other roles say which they use.
      use: { ...devices["Desktop Chrome"], storageState: `${outputDir}/../.auth-${port}/analyst.json` },
    },
    {
      name: "chromium-writes",
      dependencies: ["chromium"],
      // Each writes to the shared record and some read what an earlier one wrote: one at a time.
      workers: 1,
      testMatch: WRITING_SPECS,
      use: { ...devices["Desktop Chrome"], storageState: `${outputDir}/../.auth-${port}/analyst.json` },
    },
  ],
  webServer: {
    // The same launcher as `npm start`: embedded database in memory unless DATABASE_URL is set.
    command: "node_modules/.bin/tsx scripts/launch.ts start",
    url: `http://127.0.0.1:${port}/api/health`,
    timeout: 300_000,
    reuseExistingServer: !process.env.CI,
    env: { PORT: String(port), ROLLOUT_DATA_DIR: process.env.ROLLOUT_DATA_DIR ?? "memory", DEMO_ACCOUNTS: "true" },
    stdout: "pipe",
    stderr: "pipe",
  },
});
