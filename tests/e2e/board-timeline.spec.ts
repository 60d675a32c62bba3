import { expect, test, type Page } from "@playwright/test";
import { expectNoAxeViolations } from "./support/axe";
import { dateInputParts, fillDateInput } from "./support/date-input";

const HALT = "All Cerner go-lives in London halted";
// The October 2008 halt took effect on 31 October (the end of the month): the record the day before.
// The plans the October 2008 halt overturned, as we know them now: Kingston's was first reported in December 2008,
// so as the record stood on 30 October 2008 it held no Kingston plan (tested in board-review.spec).
const PRE_HALT = "on=2008-10-30&view=hindsight";

const goLivesTable = (page: Page) => page.getByRole("table", { name: /Planned dates in each baseline and actual go-lives/ });
const kingstonRow = (page: Page) => goLivesTable(page).getByRole("row", { name: /Kingston Hospital NHS Trust/ });

test.describe("the board timeline", () => {
  test("zoomed to the last quarter of 2008: Kingston's pre-halt plan, the halt and its decision", async ({ page }) => {
    await page.goto(`/board/timeline?${PRE_HALT}&zoom=2008-Q4`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Board timeline");
    await expect(page.getByRole("navigation", { name: "Breadcrumb" }).getByRole("link", { name: "Board review" })).toHaveAttribute("href", "/board");

    const chart = page.getByRole("img", {
      name: /^Board timeline from 1 October 2008 to 31 December 2008: \d+ go-lives? .*1 halt shaded \(31 October 2008 to 11 February 2009\)/,
    });
    await expect(chart).toBeVisible();
    await expect(chart.locator("svg.recharts-surface")).toBeVisible();
    await expect(chart.locator(".recharts-reference-area")).toHaveCount(1);
    await expect(page.getByText("B1, hatched: the planned date in baseline 1")).toBeVisible();

    // Only what overlaps the quarter: Barnet went live in 2007, so it has no row; nor has Roehampton,
    // which the record gives no dated plan (domain.md: no inferred November 2008 plan).
    await expect(goLivesTable(page).getByRole("rowheader", { name: /Kingston/ })).toBeVisible();
    await expect(goLivesTable(page).getByRole("rowheader", { name: /Queen Mary's Hospital, Roehampton/ })).toHaveCount(0);
    await expect(goLivesTable(page).getByRole("rowheader", { name: /Barnet/ })).toHaveCount(0);
    await expect(page.getByText(/Nothing in this period for \d+ go-lives: Barnet and Chase Farm;/)).toBeVisible();
    const kingston = kingstonRow(page);
    await expect(kingston.getByRole("cell").nth(0)).toContainText("November 2008");
    await expect(kingston.getByRole("cell").nth(0)).toContainText("“late November 2008”");
    await expect(kingston.getByRole("cell").nth(1)).toContainText("30 November 2009Outside this period");

    const halts = page.getByRole("table", { name: "Halts in this period, shaded across all trusts" });
    const halt = halts.getByRole("row", { name: new RegExp(HALT) });
    await expect(halt).toContainText("31 October 2008");
    await expect(halt).toContainText("11 February 2009, lifted by London Acute Programme Board");

    const decisions = page.getByRole("table", { name: "Decisions marked on the chart" });
    await expect(decisions.getByRole("row", { name: new RegExp(`^\\d+ ${HALT}`) })).toContainText("31 October 2008");
    await decisions.getByRole("link", { name: HALT }).click();
    await expect(page).toHaveURL(/\/decisions\/halt-2008-10$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(HALT);
  });

  test("zoomed to 2009 and then, with the form, to the whole programme", async ({ page }) => {
    await page.goto(`/board/timeline?${PRE_HALT}&zoom=2009`);
    await expect(page.getByRole("img", { name: /^Board timeline from 1 January 2009 to 31 December 2009: / })).toBeVisible();
    await expect(kingstonRow(page).getByRole("cell").nth(1)).toHaveText("30 November 2009");
    await expect(page.getByRole("table", { name: /Halts in this period/ }).getByRole("row", { name: new RegExp(HALT) })).toContainText("31 October 2008");

    await expect(page.getByLabel(/The day before “All Cerner go-lives in London halted” took effect/)).toBeChecked();
    await page.getByRole("combobox", { name: "Period" }).selectOption("all");
    await page.getByRole("button", { name: "Show the timeline" }).click();
    await expect(page).toHaveURL(/zoom=all/);
    await expect(page.getByRole("img", { name: /^Board timeline from 1 January 2003 to 31 December 2015/ })).toBeVisible();
    const kingston = kingstonRow(page);
    await expect(kingston.getByRole("cell").nth(0)).toContainText("November 2008");
    await expect(kingston.getByRole("cell").nth(0)).not.toContainText("Outside this period");
    await expect(kingston.getByRole("cell").nth(1)).toHaveText("30 November 2009");
    await expect(page.getByRole("table", { name: "Decisions marked on the chart" }).getByRole("link", { name: /recommends implementation/ })).toHaveAttribute(
      "href",
      "/decisions/resume-2009-02",
    );
    await expectNoAxeViolations(page);
  });

  test("the record on another date is typed in the date input; the halt's checkbox is kept beside it", async ({ page }) => {
    await page.goto(`/board/timeline?${PRE_HALT}&zoom=2009`);
    await fillDateInput(page, "The record on another date", "2008-05-01");
    await fillDateInput(page, "First day", "2008-10-01");
    await fillDateInput(page, "Last day", "2008-12-31");
    await page.getByRole("combobox", { name: "Period" }).selectOption("custom");
    await page.getByRole("button", { name: "Show the timeline" }).click();
    // proxy.ts sends each real date on as YYYY-MM-DD: the checkbox's `on` is not touched by the date input's `onDate`.
    await expect(page).toHaveURL(/\/board\/timeline\?on=2008-10-30&onDate=2008-05-01&zoom=custom&from=2008-10-01&to=2008-12-31&view=hindsight$/);
    await expect(page.getByRole("img", { name: /^Board timeline from 1 October 2008 to 31 December 2008: / })).toBeVisible();
    const headings = goLivesTable(page).getByRole("columnheader");
    await expect(headings.filter({ hasText: /^B1: The record on 1 May 2008/ })).toHaveCount(1);
    await expect(headings.filter({ hasText: /^B2: The day before “All Cerner go-lives in London halted” took effect/ })).toHaveCount(1);
    // The form shows the dates back, in their date inputs.
    await expect(dateInputParts(page, "The record on another date").day).toHaveValue("1");
    await expect(dateInputParts(page, "Last day").month).toHaveValue("12");
    await expect(page.getByLabel(/The day before “All Cerner go-lives in London halted” took effect/)).toBeChecked();
  });

  test("an old address with ?on= for another date still works, and a date typed wrong says what to fix", async ({ page }) => {
    await page.goto("/board/timeline?on=2008-05-01&zoom=2008-Q4");
    await expect(goLivesTable(page).getByRole("columnheader", { name: /^B1: The record on 1 May 2008/ })).toBeVisible();
    await expect(dateInputParts(page, "The record on another date").year).toHaveValue("2008");

    await fillDateInput(page, "The record on another date", "2008-02-30");
    await page.getByRole("button", { name: "Show the timeline" }).click();
    await expect(page).toHaveTitle(/^Error: /);
    const summary = page.getByRole("alert", { name: "There is a problem" });
    await expect(summary.getByRole("link")).toHaveText(["The other date must be a real date"]);
    await expect(page.getByRole("group", { name: "The record on another date" })).toContainText("The other date must be a real date");
    await summary.getByRole("link").click();
    await expect(dateInputParts(page, "The record on another date").day).toBeFocused();
    await expect(dateInputParts(page, "The record on another date").day).toHaveValue("30");
    await expectNoAxeViolations(page);
  });

  test("the board review page links to it", async ({ page }) => {
    await page.goto("/board");
    await page.getByRole("link", { name: "Board timeline" }).click();
    await expect(page).toHaveURL(/\/board\/timeline$/);
    // First visit: the record the day before each halt is chosen, over the whole programme.
    await expect(page.getByLabel(/The day before “All Cerner go-lives in London halted” took effect/)).toBeChecked();
    await expect(page.getByRole("img", { name: /^Board timeline from 1 January 2003 to 31 December 2015/ })).toBeVisible();
  });

  test("a period that is not in the list gets the error summary", async ({ page }) => {
    const response = await page.goto(`/board/timeline?${PRE_HALT}&zoom=2008-Q5`);
    expect(response?.status()).toBe(200);
    await expect(page).toHaveTitle(/^Error: /);
    const summary = page.getByRole("alert", { name: "There is a problem" });
    await expect(summary).toContainText("Choose a period from the list, or choose custom dates and enter them");
    await expect(summary).toBeFocused();
    await summary.getByRole("link").click();
    await expect(page.getByRole("combobox", { name: "Period" })).toBeFocused();
    await expect(page.getByRole("combobox", { name: "Period" })).toHaveAttribute("aria-invalid", "true");
    await expect(page.getByRole("img", { name: /^Board timeline from/ })).toHaveCount(0);
    await expect(page.getByLabel(/The day before “All Cerner go-lives in London halted” took effect/)).toBeChecked();
    await expectNoAxeViolations(page);
  });

  test("printed: the form is left out, the chart fits the page width and the tables print", async ({ page }) => {
    // A4 portrait at 96 dpi less 1 cm margins: about 718 px.
    await page.setViewportSize({ width: 718, height: 1000 });
    await page.emulateMedia({ media: "print" });
    await page.goto(`/board/timeline?${PRE_HALT}&zoom=2008-Q4`);
    await expect(page.getByRole("button", { name: "Show the timeline" })).toBeHidden();
    const svg = page.getByRole("img", { name: /^Board timeline from/ }).locator("svg.recharts-surface");
    await expect(svg).toBeVisible();
    const box = await svg.boundingBox();
    expect(box!.x).toBeGreaterThanOrEqual(0);
    expect(box!.x + box!.width).toBeLessThanOrEqual(718);
    await expect(goLivesTable(page)).toBeVisible();
  });

  test("/board/timeline meets WCAG 2.2 AA as axe-core checks it", async ({ page }) => {
    await page.goto(`/board/timeline?${PRE_HALT}&zoom=2008-Q4`);
    await expect(page.getByRole("img", { name: /^Board timeline from/ }).locator("svg.recharts-surface")).toBeVisible();
    await expectNoAxeViolations(page);
  });
});
