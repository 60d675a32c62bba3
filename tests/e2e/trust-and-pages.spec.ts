import { expect, test } from "@playwright/test";
import { expectNoAxeViolations } from "./support/axe";

test("a trust page shows each plan and go-live with its source and certainty", async ({ page }) => {
  await page.goto("/trusts/kingston?asOf=2010-06-01");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Kingston Hospital NHS Trust");
  const timeline = page.getByRole("region", { name: "Timeline" });
  await expect(timeline).toContainText("Planned: go-live for late November 2008");
  await expect(timeline).toContainText("Postponed: go-live (postponed indefinitely)");
  await expect(timeline).toContainText("Went live on London Configuration 1: 30 November 2009");
  await expect(timeline).toContainText("All Cerner go-lives in London halted");
  const goLive = timeline.getByRole("listitem").filter({ hasText: "Went live on London Configuration 1" });
  await expect(goLive.getByRole("link").first()).toHaveAttribute("href", /^https:\/\/www\./);
  await expect(goLive).toContainText("Confirmed");
});

test("the Royal Free page keeps both go-live dates that the sources give", async ({ page }) => {
  // After Hansard's answer of 27 February 2009, the source of 15 June.
  await page.goto("/trusts/royal-free?asOf=2009-03-01");
  const timeline = page.getByRole("region", { name: "Timeline" });
  await expect(timeline).toContainText("15 June 2008");
  await expect(timeline).toContainText("16 June 2008");
  await expect(timeline.getByRole("link", { name: /Hansard/ }).first()).toHaveAttribute("href", /hansard\.parliament\.uk/);
  await expect(page.getByRole("table", { name: /Payments tied to/ })).toContainText("£4,676,000");
});

test("an unknown trust gets a page that says so, with a 404", async ({ page }) => {
  const response = await page.goto("/trusts/no-such-trust");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Trust not found");
});

test("the decision log lists decisions newest first with body, scope and source", async ({ page }) => {
  await page.goto("/decisions?asOf=2009-02-11");
  const headings = await page.getByRole("heading", { level: 2 }).allInnerTexts();
  const halt = headings.findIndex((h) => h.includes("All Cerner go-lives in London halted"));
  const resume = headings.findIndex((h) => h.includes("London Acute Programme Board") || h.includes("continue"));
  expect(halt).toBeGreaterThan(-1);
  expect(resume).toBeGreaterThan(-1);
  expect(resume).toBeLessThan(halt);
  const haltEntry = page.locator("#decision-halt-2008-10");
  await expect(haltEntry).toContainText("All London trusts in the rollout");
  await expect(haltEntry).toContainText("Lifted by 11 February 2009");
});

test("the timeline draws the go-lives and gives the same data as a table", async ({ page }) => {
  await page.goto("/timeline?asOf=2010-06-01");
  await expect(page.locator(".recharts-surface").first()).toBeVisible();
  const table = page.getByRole("table", { name: /Planned and actual go-lives/ });
  const kingston = table.getByRole("row").filter({ has: page.getByRole("rowheader", { name: "Kingston", exact: true }) });
  await expect(kingston).toContainText("late November 2008");
  await expect(kingston).toContainText("30 November 2009");
  await expect(page.getByText(/from October 2008 to 11 February 2009/).first()).toBeVisible();
});

test("the timeline counts go-lives by quarter, and a count opens the go-lives behind it", async ({ page }) => {
  await page.goto("/timeline?asOf=2010-06-01");
  const counts = page.getByRole("table", { name: /Go-lives by quarter as known on 1 June 2010/ });
  const q4 = counts.getByRole("row").filter({ has: page.getByRole("rowheader", { name: "October to December 2009", exact: true }) });
  // Kingston went live on 30 November 2009: the one go-live of that quarter in the sample record.
  await q4.getByRole("link", { name: /went live in the quarter/ }).click();
  await expect(page).toHaveURL(/\/timeline\?asOf=2010-06-01&series=live&quarter=2009-Q4#go-lives$/);
  await expect(page.getByRole("heading", { name: "Went live in the quarter: October to December 2009" })).toBeVisible();
  const listed = page.getByRole("table", { name: /Planned and actual go-lives/ });
  await expect(listed.getByRole("rowheader")).toHaveText(["Kingston"]);
  await expect(page.getByText("Showing 1 to 1 of 1 go-lives.")).toBeVisible();
  await page.getByRole("link", { name: "Show every go-live" }).click();
  await expect(page).toHaveURL(/\/timeline\?asOf=2010-06-01#go-lives$/);
  await expect(listed.getByRole("rowheader")).not.toHaveCount(1);

  // The halted and live counts, as the record stood at each quarter's end.
  await page.getByText("Show the counts as a table").click();
  const overTime = page.getByRole("table", { name: /halted and live at the end of each quarter/ });
  await expect(overTime.getByRole("row").filter({ has: page.getByRole("rowheader", { name: "31 December 2008" }) })).toContainText("3");
});

test("the timeline says what to fix in a drill-down it does not know", async ({ page }) => {
  await page.goto("/timeline?asOf=2010-06-01&series=constructor&quarter=2009-Q9");
  const summary = page.getByRole("alert", { name: "There is a problem" });
  await expect(summary).toContainText("Choose which count to list: first, latest, live");
  await expect(summary).toContainText("Choose a quarter such as 2009-Q1");
  await expect(page.getByRole("heading", { name: "Every go-live" })).toBeVisible();
});

for (const path of [
  "/trusts/royal-free?asOf=2009-02-11",
  "/decisions?asOf=2009-02-11",
  "/timeline?asOf=2009-02-11",
  "/timeline?asOf=2010-06-01&series=first&quarter=2008-Q4",
]) {
  test(`${path.includes("series=") ? path : path.split("?")[0]} meets WCAG 2.2 AA as axe-core checks it`, async ({ page }) => {
    await page.goto(path);
    await expectNoAxeViolations(page);
  });
}

// Every list comes 50 rows a page, the page number kept in the address with the date and filters.
for (const list of [
  { path: "/trusts?asOf=2009-02-11", pages: "trust-pages", noun: "trusts", heading: "Trusts" },
  { path: "/payments?asOf=2010-06-01", pages: "payment-pages", noun: "payments", heading: "Payments" },
  { path: "/contracts?asOf=2011-06-01", pages: "contract-event-pages", noun: "contract events \\(a contract with none counts as one\\)", heading: "Contracts" },
  { path: "/sources?asOf=2009-02-11", pages: "source-pages", noun: "sources", heading: "Sources" },
  { path: "/conflicts?status=all", pages: "conflict-pages", noun: "conflicts", heading: "Where sources disagree" },
]) {
  test(`${list.path} comes a page at a time and says what is wrong with a page number`, async ({ page }) => {
    await page.goto(list.path);
    await expect(page.locator(`#${list.pages}`)).toContainText(new RegExp(`^Showing 1 to (\\d+) of \\1 ${list.noun}\\.$`));
    // A page past the last shows the last; a page that is no number gets the error summary, and the list.
    await page.goto(`${list.path}&page=9`);
    await expect(page.locator(`#${list.pages}`)).toContainText(/^Showing 1 to /);
    await page.goto(`${list.path}&page=abc`);
    await expect(page).toHaveTitle(new RegExp(`^Error: ${list.heading}`));
    const summary = page.getByRole("alert").filter({ hasText: "There is a problem" });
    await expect(summary).toContainText("Choose a page by its number, from 1: the first page is shown");
    await summary.getByRole("link").click();
    await expect(page).toHaveURL(new RegExp(`#${list.pages}$`));
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(list.heading);
  });
}

test("a trust's timeline comes 50 entries a page, and a bad page number is named in the error summary", async ({ page }) => {
  await page.goto("/trusts/kingston?asOf=2010-06-01");
  await expect(page.locator("#timeline-pages")).toContainText(/^Showing 1 to (\d+) of \1 entries\.$/);
  await page.goto("/trusts/kingston?asOf=2010-06-01&page=0");
  await expect(page).toHaveTitle(/^Error: Kingston Hospital NHS Trust/);
  const summary = page.getByRole("alert").filter({ hasText: "There is a problem" });
  await expect(summary).toContainText("Choose a page by its number, from 1: the first page is shown");
  await summary.getByRole("link").click();
  await expect(page).toHaveURL(/\/trusts\/kingston\?asOf=2010-06-01&page=0#timeline-pages$/);
  await expect(page.getByRole("region", { name: "Timeline" })).toContainText("Went live on London Configuration 1: 30 November 2009");
});

// A page has one error summary: the date's errors first (its form comes first), then the page's own, in the order of
// their fields. Payments and problems once showed two: their own and the "as of" form's.
for (const path of ["/payments", "/problems", "/decisions", "/conflicts", "/timeline", "/"]) {
  test(`${path} with a date that is not real and a page that is no number lists both in one error summary`, async ({ page }) => {
    await page.goto(`${path}?asOf=2009-02-31&page=two`);
    const summaries = page.getByRole("alert").filter({ hasText: "There is a problem" });
    await expect(summaries).toHaveCount(1);
    const items = summaries.getByRole("listitem");
    await expect(items).toHaveCount(2);
    await expect(items.first()).toContainText("Enter a real date");
    await expect(items.last()).toContainText("Choose a page by its number");
  });
}
