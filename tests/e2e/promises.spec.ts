import { expect, test } from "@playwright/test";
import { storageStateOf } from "./support/roles";
import { fillDateInput } from "./support/date-input";
import { openFromBoard } from "./support/pages";

// A board member asks which promises about Kingston's go-live were kept, and by whom. Read-only.
test.use({ storageState: storageStateOf("board") });

const LATE_NOV = "late November 2008 (1 November 2008 to 30 November 2008)";
const AUTUMN = "autumn 2009 (1 September 2009 to 30 November 2009)";

test("the board reads which promises were kept, by whom, with the count behind each score", async ({ page }) => {
  await openFromBoard(page, "Promises ledger", "/board/promises");

  await fillDateInput(page, "As the record stood on", "2010-06-01");
  await page.getByLabel("Trust", { exact: true }).selectOption({ label: "Kingston Hospital NHS Trust" });
  await page.getByRole("button", { name: "Show the promises" }).click();
  await expect(page).toHaveURL(/\/board\/promises\?asOf=2010-06-01&trust=kingston&maker=&outcome=$/);
  // a board member reads the ledger; the files are for analysts
  await expect(page.getByRole("link", { name: /^Download as/ })).toHaveCount(0);

  const ledger = page.getByRole("table", { name: /5 promises about Kingston Hospital NHS Trust, as the record stood on 1 June 2010/ });
  await expect(ledger.locator("tbody tr")).toHaveCount(5);
  // a row by its due date, as the "Due by" cell writes it (the record's words and the period)
  const row = (due: string) => ledger.locator("tbody tr").filter({ has: page.getByRole("cell", { name: due, exact: true }) });
  await expect(row(LATE_NOV)).toContainText("Broken");
  await expect(row(LATE_NOV)).toContainText("BT");
  await expect(row(LATE_NOV)).toContainText("re-planned to April 2009 at the earliest (known 31 December 2008)");
  await expect(row(AUTUMN)).toContainText("Kept");
  await expect(row(AUTUMN)).toContainText("Kingston Hospital NHS Trust board");
  // every row links to its source
  for (const r of await ledger.locator("tbody tr").all())
    await expect(r.getByRole("link", { name: /E-Health Insider/ }).first()).toHaveAttribute("href", /^https:\/\//);

  // The scores are of every promise on the date: Kingston kept 2 of its 5 settled promises.
  const byTrust = page.getByRole("table", { name: "By trust" });
  await expect(byTrust.getByRole("row").filter({ hasText: "Kingston Hospital NHS Trust" })).toContainText("40% of 5");
  const byMaker = page.getByRole("table", { name: "By who made them, as the record names them" });
  await expect(byMaker.getByRole("row").filter({ hasText: "BT (supplier)" })).toContainText("0% of 1");

  // Only the kept ones
  await page.getByLabel("Outcome").selectOption({ label: "Kept" });
  await page.getByRole("button", { name: "Show the promises" }).click();
  await expect(page.getByRole("table", { name: /2 promises about Kingston Hospital NHS Trust, kept/ }).locator("tbody tr")).toHaveCount(2);
});

test("the Royal Free's fit to deploy by the end of January 2009 is kept, and links to its decision", async ({ page }) => {
  await page.goto("/board/promises?asOf=2009-03-01&trust=royal-free");
  const row = page
    .getByRole("table", { name: /promise about Royal Free/ })
    .locator("tbody tr")
    .filter({ hasText: "fit to deploy" });
  await expect(row).toContainText("Kept");
  await expect(row).toContainText("by the end of January 2009");
  await row.getByRole("link", { name: /fit to deploy/ }).click();
  await expect(page).toHaveURL(/\/decisions\/royal-free-fit-to-deploy-2009-01\?asOf=2009-03-01$/);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("fit to deploy");
});

test("the ledger says what to fix in its address, and still shows the promises", async ({ page }) => {
  await page.goto("/board/promises?asOf=2010-06-01&outcome=nonsense&maker=someone&trust=no-such-trust");
  const summary = page.getByRole("alert").filter({ hasText: "There is a problem" });
  await expect(summary).toContainText("Choose an outcome from the list");
  await expect(summary).toContainText("Choose who made the promises");
  await expect(summary).toContainText("No trust in the record is called no-such-trust");
  await summary.getByRole("link", { name: /Choose an outcome/ }).click();
  await expect(page.getByLabel("Outcome")).toBeFocused();
  await expect(page.getByRole("table", { name: /promises, as the record stood on 1 June 2010/ })).toBeVisible();
});

test.describe("as an analyst", () => {
  test.use({ storageState: storageStateOf("analyst") });

  test("the ledger downloads as filtered, and the scores for its date", async ({ page }) => {
    await page.goto("/board/promises?asOf=2010-06-01&trust=kingston");
    await expect(page.getByRole("link", { name: "Download as CSV (the ledger)" })).toHaveAttribute(
      "href",
      "/exports/promises.csv?asOf=2010-06-01&trust=kingston",
    );
    await expect(page.getByRole("link", { name: "Download as Excel (the ledger)" })).toHaveAttribute(
      "href",
      "/exports/promises.xlsx?asOf=2010-06-01&trust=kingston",
    );
    await expect(page.getByRole("link", { name: "Download as CSV (the scores)" })).toHaveAttribute("href", "/exports/promise-scores.csv?asOf=2010-06-01");
    await expect(page.getByRole("link", { name: "Download as Excel (the scores)" })).toHaveAttribute("href", "/exports/promise-scores.xlsx?asOf=2010-06-01");
  });
});
