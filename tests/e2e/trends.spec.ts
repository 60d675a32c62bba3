import { expect, test } from "@playwright/test";
import { storageStateOf } from "./support/roles";
import { fillDateInput } from "./support/date-input";
import { openFromBoard } from "./support/pages";

// A board member reads how Kingston's and St George's forecasts moved, quarter by quarter, against when they
// went live. Read-only: nothing is sent that saves.
test.use({ storageState: storageStateOf("board") });

test("the board chooses trusts and an interval, and reads each forecast's history in the chart and its table", async ({ page }) => {
  await openFromBoard(page, "Milestone trends", "/board/trends");

  await fillDateInput(page, "Up to the date", "2010-06-01");
  await page.getByLabel("Read the forecasts at").selectOption({ label: "Each quarter's end" });
  const trusts = page.getByRole("group", { name: "Trusts" });
  // With none chosen the page drew the go-lives re-planned most; choose exactly one.
  for (const box of await trusts.getByRole("checkbox", { checked: true }).all()) await box.uncheck();
  await trusts.getByRole("checkbox", { name: "Kingston Hospital NHS Trust" }).check();
  await page.getByRole("button", { name: "Draw the trends" }).click();
  await expect(page).toHaveURL(/\/board\/trends\?asOf=2010-06-01&interval=quarter&trust=kingston$/);

  // The chart is drawn, and its table says the same, row by row.
  await expect(page.getByRole("figure").locator(".recharts-wrapper")).toBeVisible();
  await expect(page.getByRole("figure").locator(".recharts-area-area").first()).toBeAttached();
  const table = page.getByRole("table", { name: "Forecast go-live at each reporting date, as the record stood on it" });
  const cell = (date: string) =>
    table
      .getByRole("row")
      .filter({ has: page.getByRole("rowheader", { name: date, exact: true }) })
      .getByRole("cell");
  await expect(cell("31 December 2008")).toHaveText("April 2009 at the earliest (1 April 2009 to 30 April 2009)");
  await expect(cell("31 March 2009")).toHaveText("autumn 2009 (1 September 2009 to 30 November 2009)");
  await expect(cell("30 September 2009")).toHaveText("September 2009 (1 September 2009 to 30 September 2009)");
  await expect(cell("31 December 2009")).toHaveText("Live");
  await expect(cell("Went live")).toHaveText("30 November 2009");
  // The resume of February 2009 is marked, and links to its decision.
  await expect(
    page.getByRole("region", { name: "Marked on the chart" }).getByRole("link", { name: /recommends implementation of Cerner Millennium continue/ }),
  ).toHaveAttribute("href", /\/decisions\/resume-2009-02/);
  // The checkbox stays chosen for the next change.
  await expect(trusts.getByRole("checkbox", { name: "Kingston Hospital NHS Trust" })).toBeChecked();
});

test("the trends page says what to fix in its address, and still draws", async ({ page }) => {
  await page.goto("/board/trends?interval=weekly&trust=no-such-trust&trust=kingston&asOf=2010-06-01");
  await expect(page).toHaveTitle(/^Error: Milestone trends/);
  const summary = page.getByRole("alert").filter({ hasText: "There is a problem" });
  await expect(summary).toContainText("Choose how often to read the forecasts");
  await expect(summary).toContainText("No trust in the rollout is called no-such-trust: choose trusts from the list");
  await summary.getByRole("link", { name: /Choose how often/ }).click();
  await expect(page.getByLabel("Read the forecasts at")).toBeFocused();
  await expect(page.getByRole("table", { name: /Forecast go-live at each reporting date/ }).getByRole("columnheader", { name: "Kingston" })).toBeVisible();
});
