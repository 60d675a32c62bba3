import { expect, test, type Page, type Response } from "@playwright/test";
import { DEMO, DEMO_PASSWORD } from "./support/roles";
import { fillDateInput } from "./support/date-input";

// The Content Security Policy allows scripts by a nonce made for each response (proxy.ts). These tests
// open pages in Chromium and fail on any CSP violation: a script Next.js rendered without the nonce,
// a chart that needed eval, an inline handler.

/** Collects every CSP violation the page reports, across navigations. */
function watchForCspViolations(page: Page): string[] {
  const violations: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy|CSP violation/i.test(message.text())) violations.push(message.text());
  });
  page.on("pageerror", (error) => {
    if (/Content Security Policy/i.test(error.message)) violations.push(error.message);
  });
  // Chromium logs most violations to the console; the event catches the rest (a blocked eval in a worker aside).
  void page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (event) => {
      console.error(`CSP violation: ${event.violatedDirective} blocked ${event.blockedURI || "inline"} (${event.sourceFile}:${event.lineNumber})`);
    });
  });
  return violations;
}

function scriptSrcOf(response: { headers(): Record<string, string> } | null): string {
  const csp = response?.headers()["content-security-policy"] ?? "";
  return (
    csp
      .split(";")
      .map((d) => d.trim())
      .find((d) => d.startsWith("script-src")) ?? ""
  );
}

async function expectNonceCsp(response: Response | null) {
  expect(response?.status()).toBe(200);
  const scriptSrc = scriptSrcOf(response);
  expect(scriptSrc).toMatch(/^script-src 'self' 'nonce-[A-Za-z0-9+/]+={0,2}' 'strict-dynamic'$/);
  expect(scriptSrc).not.toContain("unsafe-inline");
  const nonce = /'nonce-([^']+)'/.exec(scriptSrc)![1];
  // Every script in the HTML carries this response's nonce. (Chunks that those scripts load later have
  // none: 'strict-dynamic' is what allows them.)
  const scriptTags = (await response!.text()).match(/<script\b[^>]*>/g) ?? [];
  expect(scriptTags.length).toBeGreaterThan(0);
  expect(scriptTags.filter((tag) => !tag.includes(`nonce="${nonce}"`))).toEqual([]);
}

/** True once React has hydrated: a client-side navigation keeps this window (a full load would not). */
async function markWindow(page: Page) {
  await page.evaluate(() => ((window as unknown as { rolloutMarker: number }).rolloutMarker = 1));
}
const windowKept = (page: Page) => page.evaluate(() => (window as unknown as { rolloutMarker?: number }).rolloutMarker === 1);

test.describe("the Content Security Policy with a nonce", () => {
  test("the overview hydrates under it: the as-of form submits and a link navigates on the client", async ({ page }) => {
    const violations = watchForCspViolations(page);
    await expectNonceCsp(await page.goto("/"));
    await fillDateInput(page, "Date", "2008-11-15");
    await page.getByRole("button", { name: "Show" }).click();
    await expect(page).toHaveURL(/asOf=2008-11-15/);
    await expect(page.getByText("Showing the record as of 15 November 2008")).toBeVisible();

    await markWindow(page);
    await page.getByRole("navigation", { name: "Primary navigation" }).getByRole("link", { name: "Decisions" }).click();
    await expect(page).toHaveURL(/\/decisions/);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    expect(await windowKept(page), "the link was followed by the client-side router, so scripts ran").toBe(true);
    expect(violations).toEqual([]);
  });

  test("a trust's page and the board timeline's Recharts chart render with no violation", async ({ page }) => {
    const violations = watchForCspViolations(page);
    await expectNonceCsp(await page.goto("/trusts/kingston"));
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Kingston Hospital NHS Trust");

    await expectNonceCsp(await page.goto("/board/timeline?zoom=2008-Q4&on=2008-10-30"));
    const chart = page.getByRole("img", { name: /^Board timeline from 1 October 2008 to 31 December 2008/ });
    await expect(chart.locator("svg.recharts-surface")).toBeVisible();
    expect(violations).toEqual([]);
  });

  test("each response gets a nonce of its own", async ({ request }) => {
    const [a, b] = await Promise.all([request.get("/sign-in"), request.get("/sign-in")]);
    expect(scriptSrcOf(a)).not.toEqual(scriptSrcOf(b));
  });
});

test.describe("signed out", () => {
  test.use({ storageState: { cookies: [], origins: [] } });

  test("the sign-in form works under the policy: its error summary takes focus, then it signs in", async ({ page }) => {
    const violations = watchForCspViolations(page);
    await expectNonceCsp(await page.goto("/sign-in"));
    await page.getByLabel("Email address").fill(DEMO.viewer);
    await page.getByLabel("Password").fill("not-the-password");
    await page.getByRole("button", { name: "Sign in" }).click();
    // Moving focus to the summary is done by client script: it shows the page hydrated.
    await expect(page.getByRole("alert", { name: "There is a problem" })).toBeFocused();
    await page.getByLabel("Password").fill(DEMO_PASSWORD);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByRole("navigation", { name: "Account" })).toContainText("Sign out");
    expect(violations).toEqual([]);
  });

  test("a redirect to sign in carries the policy too, and no other CSP is sent", async ({ request }) => {
    const response = await request.get("/trusts/kingston", { maxRedirects: 0 });
    expect(response.status()).toBe(307);
    expect(response.headers()["location"]).toBe("/sign-in?next=%2Ftrusts%2Fkingston");
    expect(scriptSrcOf(response)).toContain("'strict-dynamic'");
    const csps = response.headersArray().filter((h) => h.name.toLowerCase() === "content-security-policy");
    expect(csps).toHaveLength(1);
    expect(response.headers()["x-frame-options"]).toBe("DENY");
    // Served over http here, so no Strict-Transport-Security (it is sent when BETTER_AUTH_URL is https).
    expect(response.headers()["strict-transport-security"]).toBeUndefined();
  });
});
