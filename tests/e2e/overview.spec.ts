import { expect, test, type Page } from "@playwright/test";
import { dateInputParts, fillDateInput } from "./support/date-input";
import { expectNoAxeViolations } from "./support/axe";

// A trust's first go-live: Imperial's order communications (live 2011, no plan in the record) are a second row.
function goLiveRow(page: Page, trust: string) {
  return page
    .getByRole("table", { name: /^Go-lives as of/ })
    .getByRole("row")
    .filter({ has: page.getByRole("rowheader", { name: new RegExp(trust) }) })
    .filter({ hasNotText: "Order communications" });
}

async function statusCount(page: Page, status: string) {
  const row = page.getByRole("table", { name: "Go-lives by status" }).getByRole("row").filter({ hasText: status });
  return Number(await row.getByRole("cell").innerText());
}

test.describe("the overview tells the story of the record on any date", () => {
  test("on 11 February 2009 the Royal Free and the three LC0 trusts are live and four trusts are next in line", async ({ page }) => {
    await page.goto("/?asOf=2009-02-11");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Cerner go-lives in London");
    await expect(page.getByText("Showing the record as of 11 February 2009")).toBeVisible();

    expect(await statusCount(page, "Live")).toBe(4);
    expect(await statusCount(page, "Next in line")).toBe(4);
    expect(await statusCount(page, "Halted")).toBe(0);

    const royalFree = goLiveRow(page, "Royal Free");
    await expect(royalFree).toContainText("London Configuration 1");
    await expect(royalFree).toContainText("Live");
    // As it stood on 11 February 2009 only E-Health Insider's 16 June had been published: no disagreement yet.
    await expect(royalFree).not.toContainText("Sources disagree");
    for (const trust of ["Barnet and Chase Farm", "Queen Mary's Sidcup", "Barts and The London"]) {
      await expect(goLiveRow(page, trust)).toContainText("London Configuration 0");
      await expect(goLiveRow(page, trust)).toContainText("Live");
    }
    for (const trust of ["Kingston", "Queen Mary's Hospital, Roehampton", "St George's", "Imperial College"]) {
      await expect(goLiveRow(page, trust)).toContainText("Next in line");
    }

    const decisions = page.getByRole("region", { name: "Halts and resumes by this date" });
    await expect(decisions).toContainText("All Cerner go-lives in London halted");
    await expect(decisions).toContainText("Lifted");
    await expect(decisions).toContainText("London Acute Programme Board");
  });

  test("the October halt: not yet reported as the record stood on 15 November 2008; in force by 15 January 2009; with hindsight it held from October", async ({
    page,
  }) => {
    await page.goto("/?asOf=2008-11-15");
    const decisions = page.getByRole("region", { name: "Halts and resumes by this date" });
    await expect(decisions).toContainText("No halt, resume or withdrawal had taken effect by this date.");
    expect(await statusCount(page, "Halted")).toBe(0);

    await page.goto("/?asOf=2009-01-15");
    await expect(decisions).toContainText("In force");
    await expect(decisions).toContainText("All Cerner go-lives in London halted");
    await expect(goLiveRow(page, "Kingston")).toContainText("Halted");
    await expect(goLiveRow(page, "Kingston")).toContainText("Held by the halt of October 2008");

    await page.goto("/?asOf=2008-11-15&view=hindsight");
    await expect(decisions).toContainText("In force");
    await expect(decisions).toContainText("Reported later, 31 December 2008");
    expect(await statusCount(page, "Halted")).toBe(4);
    await expect(goLiveRow(page, "Kingston")).toContainText("Reported later, 31 December 2008");
  });

  test("on 1 June 2010 Kingston and St George's are live on their recorded dates", async ({ page }) => {
    await page.goto("/?asOf=2010-06-01");
    await expect(goLiveRow(page, "Kingston")).toContainText("30 November 2009");
    await expect(goLiveRow(page, "Kingston")).toContainText("Live");
    await expect(goLiveRow(page, "St George's")).toContainText("29 March 2010");
    await expect(goLiveRow(page, "St George's")).toContainText("Live");
  });

  test("a user picks a date with the date control and the address keeps it", async ({ page }) => {
    await page.goto("/");
    await fillDateInput(page, "Date", "2008-11-15");
    await page.getByRole("button", { name: "Show" }).click();
    await expect(page).toHaveURL(/asOf=2008-11-15/);
    await expect(page.getByText("Showing the record as of 15 November 2008")).toBeVisible();
  });

  test("filters stay in the address and narrow the table", async ({ page }) => {
    await page.goto("/?asOf=2009-02-11");
    await page.getByLabel("Status").selectOption("next-in-line");
    await page.getByRole("button", { name: "Apply filters" }).click();
    await expect(page).toHaveURL(/status=next-in-line/);
    await expect(page).toHaveURL(/asOf=2009-02-11/);
    const rows = page.getByRole("table", { name: /^Go-lives as of/ }).locator("tbody tr");
    await expect(rows).toHaveCount(4);
  });

  test("a malformed date in the address gets a clear message, not an error page", async ({ page }) => {
    const response = await page.goto("/?asOf=2009-02-30");
    expect(response?.status()).toBe(200);
    await expect(page).toHaveTitle(/^Error: /);
    const summary = page.getByRole("alert", { name: "There is a problem" });
    await expect(summary).toContainText("There is a problem");
    await expect(summary).toContainText("Enter a real date, for example 2009-02-11");
    await expect(summary).toBeFocused();
    for (const part of Object.values(dateInputParts(page, "Date")).slice(1)) await expect(part).toHaveAttribute("aria-invalid", "true");
    await expect(dateInputParts(page, "Date").day).toHaveValue("30");
  });

  test("the overview meets WCAG 2.2 AA as axe-core checks it", async ({ page }) => {
    await page.goto("/?asOf=2009-02-11");
    await expectNoAxeViolations(page);
  });
});

test.describe("long lists come a page at a time", () => {
  test("the overview says how many go-lives it shows, and a page that is not a number gets a message, not an error", async ({ page }) => {
    await page.goto("/?asOf=2009-02-11&status=live");
    await expect(page.locator("#go-live-pages")).toContainText("Showing 1 to 4 of 4 go-lives.");
    await page.goto("/?asOf=2009-02-11&status=live&page=%00x");
    const summary = page.getByRole("alert", { name: "There is a problem" });
    await expect(summary).toContainText("There is a problem");
    await summary.getByRole("link", { name: /Choose a page by its number/ }).click();
    await expect(page).toHaveURL(/#go-live-pages$/);
    await expect(page.locator("#go-live-pages")).toContainText("Showing 1 to 4 of 4 go-lives.");
    // The filter still applies, and a page past the last shows the last.
    await page.goto("/?asOf=2009-02-11&status=live&page=7");
    await expect(page.locator("#go-live-pages")).toContainText("of 4 go-lives.");
    await expect(page.getByRole("table", { name: /^Go-lives as of/ }).getByRole("row")).toHaveCount(5);
  });

  test("the decision log and the problems say how many they show, with the same message for a wrong page", async ({ page }) => {
    await page.goto("/decisions?asOf=2015-12-31&page=two");
    await expect(page.getByRole("alert", { name: "There is a problem" })).toContainText("Choose a page by its number");
    await expect(page.locator("#decision-pages")).toContainText(/Showing 1 to \d+ of \d+ decisions\./);
    await page.goto("/problems?asOf=2015-12-31&page=2&page=3");
    await expect(page.locator("#problem-pages")).toContainText(/Showing 1 to \d+ of \d+ problems\./);
  });
});
