import { expect, test, type Page } from "@playwright/test";
import { storageStateOf } from "./support/roles";
import { fillDateInput } from "./support/date-input";
import { openFromBoard } from "./support/pages";

// A board member reviews the programme: today's record against the plans of the day before the
// October 2008 halt, a what-if on the resume, and what the halt cost. Read-only: this file runs with
// the readers, before any spec changes the record, and sends nothing that saves.
test.use({ storageState: storageStateOf("board") });

const KINGSTON = "Kingston Hospital NHS Trust";
const HALT = "All Cerner go-lives in London halted";
const PRE_HALT = `The day before “${HALT}” took effect`;

function rowOf(page: Page, table: string | RegExp, trust: string) {
  return page
    .getByRole("table", { name: table })
    .getByRole("row")
    .filter({ has: page.getByRole("rowheader", { name: new RegExp(`^${trust}`) }) });
}

test("a board member compares today's record with the plans of the day before the October 2008 halt", async ({ page }) => {
  await openFromBoard(page, "Baselines", "/board/baselines");

  const baseline = page.getByLabel("Baseline", { exact: true });
  await baseline.selectOption({ label: `${PRE_HALT} (30 October 2008)` });
  await page.getByRole("button", { name: "Compare" }).click();

  await expect(page).toHaveURL(/\/board\/compare\?choice=on%3A2008-10-30/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(new RegExp(`^${PRE_HALT}, against the record on `));
  await expect(page.getByRole("main")).toContainText("Plans as of 30 October 2008 (the record as it stood that day)");
  // The form keeps the choice, for another comparison.
  await expect(page.getByLabel("Baseline", { exact: true })).toHaveValue("on:2008-10-30");

  // As the record stood on 30 October 2008 it did not yet know Kingston's plan (first reported in December 2008).
  await expect(
    rowOf(page, /^Each go-live: its plan in the baseline/, KINGSTON)
      .getByRole("cell")
      .nth(0),
  ).toContainText("Not in the baseline");
  // With hindsight, the plan the halt overturned.
  const withHindsight = new URL(page.url());
  withHindsight.searchParams.set("view", "hindsight");
  await page.goto(withHindsight.toString());
  const kingston = rowOf(page, /^Each go-live: its plan in the baseline/, KINGSTON);
  await expect(kingston).toHaveCount(1);
  const cells = kingston.getByRole("cell");
  // Baseline plan: the month, with the record's own words.
  await expect(cells.nth(0)).toContainText("November 2008");
  await expect(cells.nth(0)).toContainText("“late November 2008”");
  // Today: live on 30 November 2009.
  await expect(cells.nth(1)).toContainText("Live");
  await expect(cells.nth(1)).toContainText("Live 30 November 2009");
  // "late November 2008" is 21 to 30 November: 365 to 394 days before the go-live.
  await expect(cells.nth(2)).toHaveText("365 to 394 days later");
  // The re-plans since the baseline, each with its announcer.
  const replans = cells.nth(3).getByRole("listitem");
  expect(await replans.count()).toBeGreaterThan(0);
  await expect(cells.nth(3)).toContainText("E-Health Insider");
  await expect(replans.filter({ hasText: "E-Health Insider" }).first()).toContainText(/announced/);
});

test("a board member sees what an earlier resume would have done, and nothing is saved", async ({ page }) => {
  // The decision log before: how many decisions, and the resume's date as recorded.
  await page.goto("/decisions");
  const logged = page.getByText(/^\d+ decisions? taken by /);
  const before = await logged.textContent();
  const decisionsBefore = await page.locator('[id^="decision-"]').count();
  await expect(page.locator("#decision-resume-2009-02")).toContainText("11 February 2009");

  await page.goto("/board/what-if");
  await page.getByRole("radio", { name: "A halt or resume" }).check();
  const decision = page.getByLabel("Halt or resume", { exact: true });
  const resume = decision.locator("option", { hasText: "Resume" });
  await expect(resume).toHaveCount(1);
  await decision.selectOption((await resume.getAttribute("value"))!);
  await fillDateInput(page, "Would take effect on", "2008-12-01");
  await page.getByRole("button", { name: "Show what would change" }).click();

  await expect(page).toHaveURL(/\/board\/what-if\?.*decision=resume-2009-02.*date=2008-12-01/);
  await expect(page.getByRole("heading", { level: 2, name: /^If / })).toHaveText(/^If “.+” in effect from 1 December 2008 instead of 11 February 2009$/);
  await expect(page.getByText("This is not in the record.")).toBeVisible();

  const kingston = rowOf(page, /^Each go-live in the record and in this what-if/, KINGSTON);
  await expect(kingston).toHaveCount(1);
  const cells = kingston.getByRole("cell");
  await expect(cells.nth(0)).toHaveText("Live 30 November 2009");
  await expect(cells.nth(1)).toContainText("19 September 2009");
  await expect(cells.nth(2)).toHaveText("72 days earlier");

  // Nothing was saved: the decision log has the same decisions, with the resume still on 11 February 2009.
  await page.goto("/decisions");
  await expect(logged).toHaveText(before!);
  await expect(page.locator('[id^="decision-"]')).toHaveCount(decisionsBefore);
  const resumeEntry = page.locator("#decision-resume-2009-02");
  await expect(resumeEntry).toContainText("11 February 2009");
  await expect(resumeEntry).not.toContainText("1 December 2008");
  await expect(page.getByRole("main")).not.toContainText("1 December 2008");
  await page.goto("/decisions/resume-2009-02");
  await expect(page.getByRole("main")).toContainText("11 February 2009");
  await expect(page.getByRole("main")).not.toContainText("1 December 2008");
});

test("the costs of the October 2008 halt: four go-lives held for 103 days each, money not known", async ({ page }) => {
  await page.goto("/board/costs?asOf=2010-06-01");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("What each decision cost");
  const halt = page.getByRole("article", { name: `Halt: ${HALT}` });
  await expect(halt).toContainText("In effect from 31 October 2008.");
  await expect(halt).toContainText("Held 4 go-lives for 412 go-live days in all.");
  const rows = halt
    .getByRole("table", { name: `Go-lives held by ${HALT}` })
    .getByRole("row")
    .filter({ has: page.getByRole("rowheader") });
  await expect(rows).toHaveCount(4);
  // Days held, then the period on a line of its own.
  for (const row of await rows.all())
    await expect(row.getByRole("cell").nth(0)).toHaveText(/^103\s+31 October 2008 to 11 February 2009$/, { useInnerText: true });
  await expect(rowOf(page, `Go-lives held by ${HALT}`, KINGSTON)).toContainText("Live 30 November 2009");
  // The record gives no charge for these go-lives: "not known", never a zero.
  await expect(page.getByRole("region", { name: "The programme" })).toContainText("Not known for 4 go-lives");
  // The decisions come 50 a page; the sample's fit on one.
  await expect(page.locator("#cost-pages")).toContainText(/^Showing 1 to \d+ of \d+ decisions\.$/);
});

test("the comparison says what is wrong with a page number, and still compares, a page of go-lives at a time", async ({ page }) => {
  await page.goto("/board/compare?on=2008-10-30&asOf=2010-06-01&page=abc");
  const summary = page.getByRole("alert").filter({ hasText: "There is a problem" });
  await expect(summary).toContainText("Choose a page by its number, from 1: the first page is shown");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(/, against the record on 1 June 2010$/);
  await expect(page.locator("#comparison-pages")).toContainText(/^Showing 1 to \d+ of \d+ go-lives\.$/);
  await expect(page.getByRole("list", { name: "Summary" })).toContainText(/\d+ of \d+ go-lives certainly later than the baseline/);
  await expect(rowOf(page, /^Each go-live: its plan in the baseline/, KINGSTON)).toHaveCount(1);
});

test("the comparison says what is wrong with a date typed in its form, as the other date inputs do", async ({ page }) => {
  await page.goto("/board/compare");
  await fillDateInput(page, "Or the record on this date", "2008-09-31");
  await page.getByRole("button", { name: "Compare" }).click();
  await expect(page).toHaveURL(/\/board\/compare\?.*on-day=31/);
  await expect(page).toHaveTitle(/^Error: /);
  const summary = page.getByRole("alert", { name: "There is a problem" });
  await expect(summary.getByRole("link")).toHaveText(["The baseline's date must be a real date"]);
  const on = page.getByRole("group", { name: "Or the record on this date" });
  await expect(on).toContainText("The baseline's date must be a real date");
  await expect(on.getByLabel("Day")).toHaveValue("31");
  await summary.getByRole("link").click();
  await expect(on.getByLabel("Day")).toBeFocused();
});

test("the costs say what is wrong with a page number, and still show the first page", async ({ page }) => {
  await page.goto("/board/costs?asOf=2010-06-01&page=abc");
  const summary = page.getByRole("alert").filter({ hasText: "There is a problem" });
  await expect(summary).toContainText("Choose a page by its number, from 1: the first page is shown");
  await summary.getByRole("link").click();
  await expect(page).toHaveURL(/\/board\/costs\?asOf=2010-06-01&page=abc#cost-pages$/);
  await expect(page.getByRole("article", { name: `Halt: ${HALT}` })).toContainText("Held 4 go-lives for 412 go-live days in all.");
});

test("the baseline form refuses a date with no day, and keeps what was typed", async ({ page }) => {
  // Only the invalid form is sent: a valid one would save a baseline, and this file must not write.
  const name = `Pre-halt plans (e2e ${Date.now().toString(36)})`;
  await page.goto("/board/baselines/new");
  await page.getByLabel("Name", { exact: true }).fill(name);
  const date = page.getByRole("group", { name: "Date of the baseline" });
  await date.getByLabel("Day").fill("");
  await date.getByLabel("Month").fill("10");
  await date.getByLabel("Year").fill("2008");
  await page.getByRole("button", { name: "Take the baseline" }).click();

  const summary = page.getByRole("alert").filter({ hasText: "There is a problem" });
  await expect(summary).toBeFocused();
  await expect(page).toHaveTitle(/^Error: /);
  await expect(summary.getByRole("link")).toHaveText([/^Date of the baseline must include a day/]);
  await expect(date).toContainText("Date of the baseline must include a day");
  await expect(page.getByLabel("Name", { exact: true })).toHaveValue(name);
  await expect(date.getByLabel("Month")).toHaveValue("10");
  await expect(date.getByLabel("Year")).toHaveValue("2008");
  await expect(page).toHaveURL(/\/board\/baselines\/new$/);
  // The summary's link takes the user to the day, the part missing.
  await summary.getByRole("link", { name: /^Date of the baseline must include a day/ }).click();
  await expect(date.getByLabel("Day")).toBeFocused();
  // And it was not saved: no baseline of that name is kept.
  await page.goto("/board/baselines");
  await expect(page.getByRole("main")).not.toContainText(name);
});

test("the overview and a trust's page offer the comparison for the date they show", async ({ page }) => {
  await page.goto("/?asOf=2010-06-01");
  const form = page.getByRole("form", { name: "Compare these plans with a baseline" });
  await form.getByLabel("Baseline").selectOption({ label: "The day before “All Cerner go-lives in London halted” took effect (30 October 2008)" });
  await form.getByRole("button", { name: "Compare" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("against the record on 1 June 2010");
  // Imperial's plan for the end of August 2008 was known by then; by 1 June 2010 it had not gone live: 639 days and counting.
  const imperial = page
    .getByRole("row")
    .filter({ has: page.getByRole("rowheader", { name: /Imperial College Healthcare NHS Trust/ }) })
    .filter({ hasText: "Patient administration system" });
  await expect(imperial).toContainText("At least 639 days later (the planned date has passed with no go-live)");

  await page.goto("/trusts/kingston?asOf=2009-03-31");
  await page.getByRole("form", { name: "Compare these plans with a baseline" }).getByRole("button", { name: "Compare" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("against the record on 31 March 2009");
});
