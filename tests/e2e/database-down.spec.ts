import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import { expect, test } from "@playwright/test";

// A second server on the same build, pointed at a database that is not there.
const port = Number(process.env.E2E_PORT ?? 3100) + 1;
let server: ChildProcess;

test.beforeAll(async () => {
  const nextBin = path.join(process.cwd(), "node_modules", "next", "dist", "bin", "next");
  server = spawn(process.execPath, [nextBin, "start", "-p", String(port)], {
    env: {
      ...process.env,
      DATABASE_URL: "postgresql://nobody:nothing@127.0.0.1:9/none",
      DATABASE_POOL_MAX: "1",
      BETTER_AUTH_SECRET: "database-down-test-secret-0123456789abcdef",
      NEXT_TELEMETRY_DISABLED: "1",
    },
    stdio: "ignore",
  });
  for (let i = 0; i < 100; i++) {
    try {
      await fetch(`http://127.0.0.1:${port}/`);
      return;
    } catch {
      await new Promise((r) => setTimeout(r, 200));
    }
  }
  throw new Error("the second server did not start");
});

test.afterAll(() => {
  server?.kill("SIGTERM");
});

test("with the database down, pages show a plain error and no stack trace", async ({ page }) => {
  await page.goto(`http://127.0.0.1:${port}/?asOf=2009-02-11`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Sorry, there is a problem with the service");
  const html = await page.content();
  expect(html).not.toMatch(/at [\w.]+ \(|ECONNREFUSED|node_modules|prisma/i);
});

test("with the database down, the health check answers 503", async ({ request }) => {
  const response = await request.get(`http://127.0.0.1:${port}/api/health`);
  expect(response.status()).toBe(503);
  expect(await response.json()).toEqual({ status: "unavailable", database: "unreachable" });
});
