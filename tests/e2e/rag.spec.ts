// The RAG rating on the overview and a trust's page: a word in a tag and the reasons in words, one click away
// (lib/domain/rag.ts, docs/decisions/008-rag-rating.md).
import { expect, test, type Locator, type Page } from "@playwright/test";
import { expectNoAxeViolations } from "./support/axe";

const HALT_REASON = "Held by the October 2008 halt since 31 October 2008: All Cerner go-lives in London halted.";

// A trust's first go-live: Imperial's order communications (live 2011, no plan in the record) are a second row.
function goLiveRow(page: Page, trust: string) {
  return page
    .getByRole("table", { name: /go-lives as of/i })
    .getByRole("row")
    .filter({ has: page.getByRole("rowheader", { name: new RegExp(trust) }) })
    .filter({ hasNotText: "Order communications" });
}

/** The Rating column's cell of a row, found by the column's position in the header. */
async function ratingCell(page: Page, trust: string) {
  const table = page.getByRole("table", { name: /go-lives as of/i });
  // The table streams in after the loading placeholder: wait for it before reading its header.
  await expect(table.getByRole("columnheader", { name: "Rating", exact: true })).toBeVisible();
  const headers = await table.getByRole("columnheader").allInnerTexts();
  const column = headers.findIndex((h) => h.trim() === "Rating");
  expect(column).toBeGreaterThan(0);
  // The trust is the row header, so cells start at the second column.
  return goLiveRow(page, trust)
    .getByRole("cell")
    .nth(column - 1);
}

/** The reasons are one click away, behind the rating's disclosure: open it to read them. */
async function openReasons(cell: Locator) {
  await cell.locator("summary").click();
  await expect(cell.locator("details")).toHaveAttribute("open", "");
}

test.describe("a rating per go-live, with the reason in words", () => {
  test("on 10 February 2009, the day before the resume was reported, Kingston is Red: held by the October 2008 halt", async ({ page }) => {
    await page.goto("/?asOf=2009-02-10");
    const cell = await ratingCell(page, "Kingston");
    await expect(cell.getByText("Red", { exact: true })).toBeVisible();
    await openReasons(cell);
    await expect(cell.getByRole("listitem").first()).toHaveText(HALT_REASON);
  });

  test("on 11 February 2009 the resume lifts the halt: Kingston is Amber, and the reason names the halt and the day it was lifted", async ({ page }) => {
    await page.goto("/?asOf=2009-02-11");
    const cell = await ratingCell(page, "Kingston");
    await expect(cell.getByText("Amber", { exact: true })).toBeVisible();
    await openReasons(cell);
    await expect(cell.getByRole("listitem").first()).toHaveText("Waiting to go live after the October 2008 halt, lifted 11 February 2009.");
    await expect(cell).toContainText("rated on the least, 122 days");
    await expect(cell).toContainText("The delays to go-live cost the trust over £500,000 (December 2008)");
    // Imperial's latest plan, end of August 2008, has passed with no new one.
    const imperial = await ratingCell(page, "Imperial College");
    await expect(imperial.getByText("Red", { exact: true })).toBeVisible();
    await expect(imperial).toContainText("Planned for end of August 2008; that date has passed with no go-live or new plan in the record.");
  });

  test("the overview explains how ratings are worked out, and passes axe with the rating column", async ({ page }) => {
    await page.goto("/?asOf=2009-02-11");
    const details = page.locator("details").filter({ hasText: "How ratings are worked out" });
    await expect(details).toHaveCount(1);
    await details.locator("summary").click();
    await expect(details).toContainText("not an NHS standard");
    await expect(details).toContainText("180 days or more");
    await expectNoAxeViolations(page);
    await page.goto("/?asOf=2009-02-10");
    await expectNoAxeViolations(page);
  });

  test("a trust's page rates its go-live: Kingston Green on 1 January 2010, live with no recent problems", async ({ page }) => {
    await page.goto("/trusts/kingston?asOf=2010-01-01");
    const cell = await ratingCell(page, "Kingston");
    await expect(cell.getByText("Green", { exact: true })).toBeVisible();
    await expect(cell).toContainText("Live since 30 November 2009.");
    await expect(cell).toContainText("No problems reported in the 90 days to 1 January 2010.");
    await expect(page.locator("details").filter({ hasText: "How ratings are worked out" })).toHaveCount(1);
    await expectNoAxeViolations(page);
  });

  test("the Royal Free's page on 15 October 2008 is Amber with the rescue plan's 22 problems", async ({ page }) => {
    await page.goto("/trusts/royal-free?asOf=2008-10-15");
    const cell = await ratingCell(page, "Royal Free");
    await expect(cell.getByText("Amber", { exact: true })).toBeVisible();
    await expect(cell).toContainText("1 problem report in the 90 days to 15 October 2008: 22 problems listed for a 90-day rescue plan");
  });
});
