import { expect, test, type Page } from "@playwright/test";
import { storageStateOf } from "./support/roles";
import { axeViolations } from "./support/axe";

// The e2e database is shared by every spec file: the titles here are unique to this run, and
// nothing here counts rows that other specs could add to.
test.use({ storageState: storageStateOf("board") });

const run = Date.now().toString(36);
const ROEHAMPTON = "Queen Mary's Hospital, Roehampton";
const HALT_TITLE = `Roehampton go-live halted (e2e ${run})`;
const RESUME_TITLE = `Roehampton go-live may proceed (e2e ${run})`;
const SOURCE_TITLE = `Board minutes, March 2009 (e2e ${run})`;
const SOURCE_PUBLISHER = "London Acute Programme Board";
const SCRIPT = "<script>alert(1)</script>";

function goLiveRow(page: Page, trust: string) {
  return page
    .getByRole("table", { name: /^Go-lives as of/ })
    .getByRole("row")
    .filter({ has: page.getByRole("rowheader", { name: trust }) });
}

async function fillDate(page: Page, legend: string, day: string, month: string, year: string) {
  const group = page.getByRole("group", { name: legend });
  await group.getByLabel("Day").fill(day);
  await group.getByLabel("Month").fill(month);
  await group.getByLabel("Year").fill(year);
}

test.describe.serial("a board member records a halt of one trust, then lifts it", () => {
  test("the decision log offers the board member a link to record a decision", async ({ page }) => {
    await page.goto("/decisions");
    await page.getByRole("link", { name: "Record a decision" }).click();
    await expect(page).toHaveURL(/\/decisions\/new$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Record a decision");
  });

  test("records a halt of Queen Mary's Roehampton from 10 March 2009, with a new source", async ({ page }) => {
    page.on("dialog", (dialog) => {
      throw new Error(`a script ran: ${dialog.message()}`);
    });
    await page.goto("/decisions/new");
    await page.getByRole("radio", { name: /^Halt/ }).check();
    await page.getByLabel("Title of the decision").fill(HALT_TITLE);
    await fillDate(page, "Date decided", "10", "3", "2009");
    await page.getByLabel("Who took it").fill("London Acute Programme Board");
    await page.getByRole("radio", { name: /^Named trusts/ }).check();
    await page.getByRole("checkbox", { name: ROEHAMPTON }).check();
    await page.getByLabel("Rationale", { exact: true }).fill(`Waiting for the Kingston go-live to settle. ${SCRIPT}`);
    await page.getByLabel("Title", { exact: true }).fill(SOURCE_TITLE);
    await page.getByLabel("Publisher").fill(SOURCE_PUBLISHER);
    await page.getByLabel("Web address").fill("https://example.nhs.uk/board-minutes-2009-03");
    await page.getByRole("radio", { name: /^Single source/ }).check();
    await page.getByRole("button", { name: "Save the decision" }).click();

    await expect(page).toHaveURL(/\/decisions\/halt-2009-03-10-roehampton-go-live-halted-e2e-/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(HALT_TITLE);
    await expect(page.getByText(`Waiting for the Kingston go-live to settle. ${SCRIPT}`, { exact: true })).toBeVisible();
    await expect(page.locator("main script")).toHaveCount(0);
    await expect(page.getByText("Not lifted in the record")).toBeVisible();
    await expect(page.getByRole("link", { name: new RegExp(SOURCE_PUBLISHER) })).toHaveAttribute("href", "https://example.nhs.uk/board-minutes-2009-03");
    const history = page.getByRole("region", { name: "Change history" });
    await expect(history).toContainText("Recorded a decision");
    await expect(history).toContainText("board@example.nhs.uk");

    await page.goto(`${new URL(page.url()).pathname}?asOf=2009-03-15`);
    await expect(page.getByText(/This halt held 1 go-live that was not yet live when it took effect on 10 March 2009/)).toBeVisible();
    const effect = page.getByRole("table", { name: "Go-lives held by this halt as of 15 March 2009" });
    const row = effect.getByRole("row").filter({ has: page.getByRole("rowheader", { name: ROEHAMPTON }) });
    await expect(row).toContainText("10 March 2009");
    await expect(row).toContainText("Still in force on 15 March 2009");
    await expect(row.getByRole("cell").nth(2)).toHaveText("5");
    await expect(row).toContainText("Not live by 15 March 2009");
  });

  test("the overview as of 11 March 2009 shows Roehampton halted with hindsight, and Kingston not", async ({ page }) => {
    // Recorded today with an undated source and no date reported: as the record stood in 2009 nobody knew of it.
    await page.goto("/?asOf=2009-03-11");
    await expect(goLiveRow(page, ROEHAMPTON)).not.toContainText("Halted");
    await page.goto("/?asOf=2009-03-11&view=hindsight");
    await expect(goLiveRow(page, ROEHAMPTON)).toContainText("Halted");
    await expect(goLiveRow(page, ROEHAMPTON)).toContainText("Reported later");
    await expect(goLiveRow(page, ROEHAMPTON)).toContainText(`Held by the halt of 10 March 2009: ${HALT_TITLE}.`);
    await expect(goLiveRow(page, "Kingston")).not.toContainText("Halted");
  });

  test("records a resume lifting that halt from 20 March 2009, on the same source", async ({ page }) => {
    await page.goto("/decisions/new");
    await page.getByRole("radio", { name: /^Resume/ }).check();
    await page.getByLabel("Title of the decision").fill(RESUME_TITLE);
    await fillDate(page, "Date decided", "20", "3", "2009");
    await page.getByLabel("Who took it").fill("London Acute Programme Board");
    await page.getByRole("radio", { name: /^Named trusts/ }).check();
    await page.getByRole("checkbox", { name: ROEHAMPTON }).check();
    await page.getByLabel("The halt it lifts (a resume only)").selectOption({ label: `10 March 2009: ${HALT_TITLE}` });
    await page.getByLabel("Rationale", { exact: true }).fill("Kingston's plans are settled.");
    await page.getByLabel("Source", { exact: true }).selectOption({ label: `${SOURCE_PUBLISHER}: ${SOURCE_TITLE}` });
    await page.getByRole("radio", { name: /^Single source/ }).check();
    await page.getByRole("button", { name: "Save the decision" }).click();

    await expect(page).toHaveURL(/\/decisions\/resume-2009-03-20-roehampton-go-live-may-proceed-e2e-/);
    await expect(page.getByRole("link", { name: `10 March 2009: ${HALT_TITLE}` })).toBeVisible();
    // Recorded today on an undated source: the resume is on the 2009 page only with hindsight.
    await page.goto(`${new URL(page.url()).pathname}?asOf=2009-04-01&view=hindsight`);
    const released = page.getByRole("table", { name: "Go-lives released by this resume as of 1 April 2009" });
    const row = released.getByRole("row").filter({ has: page.getByRole("rowheader", { name: ROEHAMPTON }) });
    await expect(row).toContainText("20 March 2009");
    await expect(row.getByRole("cell").nth(2)).toHaveText("10");

    // The halt's page now says what lifted it.
    await page.getByRole("link", { name: `10 March 2009: ${HALT_TITLE}` }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(HALT_TITLE);
    await expect(page.getByRole("link", { name: `20 March 2009: ${RESUME_TITLE}` })).toBeVisible();
  });

  test("the overview as of 21 March 2009 no longer shows Roehampton halted", async ({ page }) => {
    await page.goto("/?asOf=2009-03-21&view=hindsight");
    const row = goLiveRow(page, ROEHAMPTON);
    await expect(row).toContainText(/Next in line|Not known/);
    await expect(row).not.toContainText("Halted");
    await page.goto("/?asOf=2009-03-11&view=hindsight");
    await expect(goLiveRow(page, ROEHAMPTON)).toContainText("Halted");
  });
});

test("the October 2008 halt's page shows the four go-lives it held for 103 days", async ({ page }) => {
  await page.goto("/decisions/halt-2008-10?asOf=2010-06-01");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("All Cerner go-lives in London halted");
  await expect(
    page.getByText(/held 4 go-lives that were not yet live when it took effect on 31 October 2008\. It was lifted on 11 February 2009, after 103 days\./),
  ).toBeVisible();
  const table = page.getByRole("table", { name: "Go-lives held by this halt as of 1 June 2010" });
  const kingston = table.getByRole("row").filter({ has: page.getByRole("rowheader", { name: "Kingston Hospital NHS Trust" }) });
  await expect(kingston).toContainText("30 November 2009");
  await expect(kingston).toContainText("395 days");
  const roehampton = table.getByRole("row").filter({ has: page.getByRole("rowheader", { name: ROEHAMPTON }) });
  await expect(roehampton).toContainText("Not live by 1 June 2010");
});

test("the decision log links each title to its decision's page", async ({ page }) => {
  await page.goto("/decisions?asOf=2009-02-11");
  await expect(page.locator("#decision-halt-2008-10")).toBeVisible();
  await page.getByRole("link", { name: "All Cerner go-lives in London halted" }).first().click();
  await expect(page).toHaveURL(/\/decisions\/halt-2008-10\?asOf=2009-02-11$/);
});

test("an unknown decision gets a 404", async ({ page }) => {
  const response = await page.goto("/decisions/no-such-decision");
  expect(response?.status()).toBe(404);
});

test("submitting the empty form lists every missing field, linked, with focus on the summary", async ({ page }) => {
  await page.goto("/decisions/new");
  await page.getByRole("button", { name: "Save the decision" }).click();
  const summary = page.getByRole("alert").filter({ hasText: "There is a problem" });
  await expect(summary).toBeFocused();
  await expect(page).toHaveTitle(/^Error: /);
  const links: [string, string][] = [
    ["Select what kind of decision it was", "#kind"],
    ["Enter the decision's title", "#title"],
    ["Enter the date decided", "#decidedOn-day"],
    ["Enter the body that took the decision", "#body"],
    ["Select whether the decision covered all London or named trusts", "#scope"],
    ["Enter the rationale", "#rationale"],
    ["Select the source, or describe a new one", "#sourceId"],
    ["Select how certain the record is", "#certainty"],
  ];
  for (const [message, href] of links) await expect(summary.getByRole("link", { name: message })).toHaveAttribute("href", href);
  await expect(page.getByLabel("Title of the decision")).toHaveAttribute("aria-invalid", "true");
});

test("a resume without its halt, and impossible dates, are refused with what to fix", async ({ page }) => {
  await page.goto("/decisions/new");
  await page.getByRole("radio", { name: /^Resume/ }).check();
  await page.getByLabel("Title of the decision").fill(`=HYPERLINK("https://example.com") (e2e ${run})`);
  await fillDate(page, "Date decided", "30", "2", "2009");
  await page.getByLabel("Who took it").fill("Board");
  await page.getByRole("radio", { name: /^All London/ }).check();
  await page.getByLabel("Rationale", { exact: true }).fill("x".repeat(2001));
  await page.getByRole("radio", { name: /^Uncertain/ }).check();
  await page.getByRole("button", { name: "Save the decision" }).click();
  const summary = page.getByRole("alert").filter({ hasText: "There is a problem" });
  await expect(summary).toContainText("Date decided must be a real date");
  await expect(summary).toContainText("Select the halt this decision lifts");
  await expect(summary).toContainText("The rationale must be 2,000 characters or fewer");
  await expect(summary).toContainText("Say why the record is uncertain");
  // What was typed is kept, as text.
  await expect(page.getByLabel("Title of the decision")).toHaveValue(`=HYPERLINK("https://example.com") (e2e ${run})`);
});

for (const path of ["/decisions/new", "/decisions/halt-2008-10?asOf=2010-06-01"]) {
  test(`${path.split("?")[0]} meets WCAG 2.2 AA as axe-core checks it`, async ({ page }) => {
    await page.goto(path);
    expect(await axeViolations(page)).toEqual([]);
  });
}

test("a board member takes a baseline and lands on the comparison with it", async ({ page }) => {
  const name = `Before the halt (e2e ${run})`;
  await page.goto("/board/baselines/new");
  await page.getByLabel("Name").fill(name);
  await fillDate(page, "Date of the baseline", "30", "9", "2008");
  await page.getByRole("button", { name: "Take the baseline" }).click();
  await expect(page).toHaveURL(/\/board\/compare\?baseline=baseline-before-the-halt-e2e-[a-z0-9]+$/);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(page.getByRole("heading", { level: 1 })).not.toHaveText(/not found/i);
  await expect(page.getByLabel("Baseline", { exact: true })).toHaveValue(/baseline-before-the-halt-e2e-/);
});
