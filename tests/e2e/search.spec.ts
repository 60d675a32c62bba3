import { expect, test } from "@playwright/test";
import { expectNoAxeViolations } from "./support/axe";

test.describe("searching the record", () => {
  test("the header's search box finds the October 2008 halt on the reader's date, marked, and its link opens it on that date", async ({ page }) => {
    await page.goto("/decisions?asOf=2009-01-15");
    const box = page.getByRole("searchbox", { name: "Search the record" });
    await box.focus();
    await page.keyboard.type("halted");
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/\/search\?q=halted&asOf=2009-01-15$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Search the record");
    await expect(page.getByRole("heading", { level: 2, name: /results? for “halted”/ })).toBeVisible();

    const link = page.getByRole("link", { name: "All Cerner go-lives in London halted" });
    await expect(link.locator("mark")).toHaveText("halted");
    await expectNoAxeViolations(page);

    await link.click();
    await expect(page).toHaveURL(/\/decisions\/halt-2008-10\?asOf=2009-01-15$/);
    await expect(page.getByRole("heading", { level: 1 })).toContainText("All Cerner go-lives in London halted");
  });

  test("a trust's name puts the trust first; nothing found and a wrong search each say so", async ({ page }) => {
    await page.goto("/search?q=Royal+Free");
    const first = page
      .getByRole("listitem")
      .filter({ has: page.getByRole("heading", { level: 2 }) })
      .first();
    await expect(first).toContainText("Trust");
    await expect(first.getByRole("link", { name: "Royal Free Hampstead NHS Trust" })).toHaveAttribute("href", "/trusts/royal-free");

    await page.goto("/search?q=zzqxv");
    await expect(page.getByRole("heading", { level: 2, name: "No results for “zzqxv”" })).toBeVisible();

    await page.goto(`/search?q=${"x".repeat(300)}`);
    await expect(page).toHaveTitle(/^Error: /);
    const summary = page.getByRole("alert").filter({ hasText: "There is a problem" });
    await expect(summary).toBeFocused();
    await summary.getByRole("link", { name: "The search must be 200 characters or fewer" }).click();
    await expect(page.getByLabel("Words to look for")).toBeFocused();
  });
});
