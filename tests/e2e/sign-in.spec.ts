import { expect, test } from "@playwright/test";
import { DEMO, DEMO_PASSWORD, storageStateOf } from "./support/roles";

test.describe("signed out", () => {
  test.use({ storageState: { cookies: [], origins: [] } });

  test("every page sends a signed-out person to sign in, and back afterwards", async ({ page }) => {
    await page.goto("/trusts/kingston?asOf=2009-02-11");
    await expect(page).toHaveURL(/\/sign-in\?next=/);
    await page.getByLabel("Email address").fill(DEMO.viewer);
    await page.getByLabel("Password").fill(DEMO_PASSWORD);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page).toHaveURL(/\/trusts\/kingston\?asOf=2009-02-11$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Kingston Hospital NHS Trust");
  });

  for (const next of ["/\t/evil.example/", "//evil.example/", "/\\evil.example", "https://evil.example/"]) {
    test(`a next address of ${JSON.stringify(next)} lands on the overview, never on another site`, async ({ page }) => {
      const response = await page.goto(`/sign-in?next=${encodeURIComponent(next)}`);
      expect(response?.status()).toBe(200);
      await page.getByLabel("Email address").fill(DEMO.viewer);
      await page.getByLabel("Password").fill(DEMO_PASSWORD);
      await page.getByRole("button", { name: "Sign in" }).click();
      await expect(page.getByRole("navigation", { name: "Account" })).toContainText("Sign out");
      expect(new URL(page.url()).host).toBe(new URL(test.info().project.use.baseURL!).host);
      await expect(page).toHaveURL(/^http:\/\/[^/]+\/$/);
    });
  }

  test("control characters or a repeated next in the sign-in address still show the sign-in page", async ({ request }) => {
    for (const query of ["next=%2Fa%0Ab", "next=%2Fa%0D%0Ab", "next=%2F%00", "next=%2F%E3%80%80", "next=a&next=b"]) {
      const response = await request.get(`/sign-in?${query}`, { maxRedirects: 0 });
      expect(response.status(), query).toBe(200);
    }
  });

  test("better-auth's own sign-in endpoint is not served, whatever X-Forwarded-For says", async ({ request }) => {
    for (let i = 0; i < 3; i++) {
      const response = await request.post("/api/auth/sign-in/email", {
        data: { email: DEMO.viewer, password: DEMO_PASSWORD },
        headers: { "x-forwarded-for": `10.1.2.${i}`, origin: new URL(test.info().project.use.baseURL!).origin },
      });
      expect(response.status()).toBe(404);
      expect(response.headers()["set-cookie"]).toBeUndefined();
    }
  });

  test("a wrong password gets the NHS error pattern and keeps the email typed", async ({ page }) => {
    await page.goto("/sign-in");
    await page.getByLabel("Email address").fill(DEMO.viewer);
    await page.getByLabel("Password").fill("not-the-password");
    await page.getByRole("button", { name: "Sign in" }).click();
    const summary = page.getByRole("alert", { name: "There is a problem" });
    await expect(summary).toContainText("Enter a correct email address and password");
    await expect(summary).toBeFocused();
    await expect(page).toHaveTitle(/^Error: Sign in/);
    await expect(page.getByLabel("Email address")).toHaveValue(DEMO.viewer);
    await expect(page.getByLabel("Password")).toHaveValue("");
  });

  test("exports refuse a request without a session", async ({ request }) => {
    const response = await request.get("/exports/go-lives.csv", { maxRedirects: 0 });
    expect([307, 401]).toContain(response.status());
  });

  test("the health check needs no session", async ({ request }) => {
    expect((await request.get("/api/health")).status()).toBe(200);
  });

  test("session cookies are HttpOnly and SameSite", async ({ page, context }) => {
    await page.goto("/sign-in");
    await page.getByLabel("Email address").fill(DEMO.board);
    await page.getByLabel("Password").fill(DEMO_PASSWORD);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByRole("navigation", { name: "Account" })).toBeVisible();
    const session = (await context.cookies()).find((c) => c.name.endsWith("session_token"));
    expect(session).toMatchObject({ httpOnly: true, sameSite: "Lax" });
  });
});

test.describe("as a viewer", () => {
  test.use({ storageState: storageStateOf("viewer") });

  test("a viewer sees no download and is refused the export if they ask anyway", async ({ page, request }) => {
    await page.goto("/?asOf=2009-02-11");
    await expect(page.getByRole("link", { name: "Download this table as CSV" })).toHaveCount(0);
    const response = await page.request.get("/exports/go-lives.csv?asOf=2009-02-11");
    expect(response.status()).toBe(403);
    expect(await response.text()).toContain("needs the Analyst role");
    void request;
  });
});

test("signing out ends the session", async ({ browser }) => {
  const context = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  const page = await context.newPage();
  await page.goto("/sign-in");
  await page.getByLabel("Email address").fill(DEMO.viewer);
  await page.getByLabel("Password").fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page.getByText("You have signed out.")).toBeVisible();
  await page.goto("/decisions");
  await expect(page).toHaveURL(/\/sign-in/);
  await context.close();
});

test("pages send security headers", async ({ request }) => {
  const response = await request.get("/api/health");
  const headers = response.headers();
  expect(headers["content-security-policy"]).toContain("frame-ancestors 'none'");
  expect(headers["x-content-type-options"]).toBe("nosniff");
  expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
});
