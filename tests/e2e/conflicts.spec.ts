import { expect, test, type Locator, type Page } from "@playwright/test";
import { expectNoAxeViolations } from "./support/axe";

/** The Royal Free's disputed go-live day: the three claims (domain.md), each with its source, side by side on a wide screen. */
async function expectRoyalFreeDaysSideBySide(page: Page) {
  const panel = page.getByRole("region", { name: "Sources disagree: On which day did the Royal Free go live with Cerner Millennium?" });
  await expect(panel).toBeVisible();
  const claims = panel.getByRole("listitem");
  await expect(claims).toHaveCount(3);
  const hansard = claims.filter({ has: page.getByRole("heading", { name: /15 June 2008/ }) });
  const ehi = claims.filter({ has: page.getByRole("heading", { name: /16 June 2008/ }) });
  await expect(hansard).toContainText("Hansard (House of Commons), 27 February 2009");
  await expect(hansard.getByRole("link", { name: "Royal Free Hospital: Medical Records" })).toHaveAttribute("href", /^https:\/\/hansard\.parliament\.uk\//);
  // E-Health Insider's 16 June is in its article of 23 July 2008; the Camden New Journal gives 17 June.
  await expect(ehi).toContainText("E-Health Insider (now Digital Health), 23 July 2008");
  const cnj = claims.filter({ has: page.getByRole("heading", { name: /17 June 2008/ }) });
  await expect(cnj).toContainText("Camden New Journal, 19 February 2009");
  for (const claim of [hansard, ehi, cnj]) await expect(claim).toContainText("Uncertain");
  await expectSideBySide(hansard, ehi);
}

async function expectSideBySide(left: Locator, right: Locator) {
  const [a, b] = [await left.boundingBox(), await right.boundingBox()];
  expect(a && b).toBeTruthy();
  expect(Math.abs(a!.y - b!.y)).toBeLessThan(2); // on one row
  expect(b!.x).toBeGreaterThanOrEqual(a!.x + a!.width); // the second to the right of the first
}

test.describe("where sources disagree", () => {
  test("the conflicts page lists the open conflicts, each claim beside the other with its source", async ({ page }) => {
    await page.goto("/conflicts");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Where sources disagree");
    await expect(page.getByRole("link", { name: "Conflicts", exact: true })).toHaveAttribute("aria-current", "page");
    await expect(page.getByText("5 open conflicts")).toBeVisible(); // with Kingston's first plan (domain.md)
    await expectRoyalFreeDaysSideBySide(page);

    const cut = page.getByRole("region", { name: /Sources disagree: By how much did the new London deal/ });
    await expect(cut.getByRole("heading", { name: /£112m/ })).toBeVisible();
    await expect(cut.getByRole("heading", { name: /£73m at 2004-05 prices/ })).toBeVisible();
    await expect(cut.getByRole("link", { name: "London Local Service Provider contract" })).toHaveAttribute("href", "/contracts#contract-london-lsp");

    const royalFree = page.getByRole("region", { name: /Royal Free go live/ });
    await royalFree.getByRole("link", { name: /Royal Free Hampstead NHS Trust/ }).click();
    await expect(page).toHaveURL(/\/trusts\/royal-free$/);
  });

  test("the filter shows resolved or all conflicts, and a wrong value gets the error summary", async ({ page }) => {
    await page.goto("/conflicts");
    await page.getByLabel("Show", { exact: true }).selectOption("all");
    await page.getByRole("button", { name: "Apply filter" }).click();
    await expect(page).toHaveURL(/status=all/);
    await expect(page.getByText("5 conflicts, open and resolved")).toBeVisible();

    await page.goto("/conflicts?status=resolved");
    await expect(page.getByText("0 resolved conflicts")).toBeVisible();
    await expect(page.getByText("The record holds none.")).toBeVisible();

    const response = await page.goto("/conflicts?status=closed&asOf=2009-02-11");
    expect(response?.status()).toBe(200);
    await expect(page).toHaveTitle(/^Error: /);
    const summary = page.getByRole("alert", { name: "There is a problem" });
    await expect(summary).toContainText("Choose open, resolved or all conflicts");
    await expect(summary).toBeFocused();
    await expect(page.getByLabel("Show", { exact: true })).toHaveAttribute("aria-invalid", "true");
    // As the record stood on 11 February 2009: only the disagreements whose two sides had been published by then.
    await expect(page.getByText(/^\d+ open conflicts?$/)).toBeVisible();
    await expectNoAxeViolations(page);
  });

  test("the Royal Free page shows both go-live days side by side with their sources", async ({ page }) => {
    // Hansard's answer (15 June) came on 27 February 2009: from then the sources disagree on the record.
    await page.goto("/trusts/royal-free?asOf=2009-03-01");
    const section = page.getByRole("region", { name: "Where sources disagree" });
    await expect(section).toBeVisible();
    await expectRoyalFreeDaysSideBySide(page);
  });

  test("on a narrow screen the claims stack, one above the other", async ({ page }) => {
    await page.setViewportSize({ width: 375, height: 800 });
    await page.goto("/trusts/royal-free");
    const claims = page.getByRole("region", { name: /Royal Free go live/ }).getByRole("listitem");
    const [first, second] = [await claims.nth(0).boundingBox(), await claims.nth(1).boundingBox()];
    expect(second!.y).toBeGreaterThanOrEqual(first!.y + first!.height);
  });

  test("the contracts page shows the London contract's conflicts under it", async ({ page }) => {
    await page.goto("/contracts?asOf=2011-06-01");
    const london = page.getByRole("region", { name: "London Local Service Provider", exact: true });
    const disputes = london.getByRole("region", { name: "Where sources disagree about the London Local Service Provider contract" });
    await expect(disputes.getByRole("region", { name: /Sources disagree: Was BT Global Services' £340m write-off/ })).toBeVisible();
    await expect(disputes.getByRole("region", { name: /Sources disagree: By how much/ })).toContainText("National Audit Office, 18 May 2011");
    await expect(page.getByRole("region", { name: "South Local Service Provider", exact: true }).getByText("Sources disagree:")).toHaveCount(0);
  });

  for (const path of ["/conflicts", "/conflicts?status=all", "/trusts/royal-free?asOf=2009-02-11", "/contracts?asOf=2011-06-01"]) {
    test(`${path} meets WCAG 2.2 AA as axe-core checks it`, async ({ page }) => {
      await page.goto(path);
      await expectNoAxeViolations(page);
    });
  }
});
