import { readFile } from "node:fs/promises";
import { expect, test, type Locator, type Page } from "@playwright/test";
import { parse } from "csv-parse/sync";
import ExcelJS from "exceljs";
import { storageStateOf } from "./support/roles";
import { expectNoAxeViolations } from "./support/axe";

type Row = Record<string, string>;

/** Clicks a download link and parses the file it gives with an independent CSV parser. */
async function downloadCsv(page: Page, link: Locator): Promise<{ name: string; header: string[]; rows: Row[] }> {
  const [download] = await Promise.all([page.waitForEvent("download"), link.click()]);
  const bytes = await readFile((await download.path())!);
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const text = bytes.toString("utf8");
  const header = (parse(text, { bom: true, to_line: 1 }) as string[][])[0]!;
  return { name: download.suggestedFilename(), header, rows: parse(text, { bom: true, columns: true }) };
}

const csvLink = (scope: Page | Locator, name = "Download as CSV") => scope.getByRole("link", { name, exact: true });

test.describe("as an analyst, each list's download button gives a file that parses", () => {
  test("trusts: every trust, with the ODS code empty where not known", async ({ page }) => {
    await page.goto("/trusts");
    const table = page.getByRole("table", { name: /trusts$/ });
    const kingston = table.getByRole("row").filter({ has: page.getByRole("rowheader", { name: /^Kingston Hospital NHS Trust/ }) });
    await expect(kingston.getByRole("cell").nth(0)).toHaveText("Acute trust"); // type
    await expect(kingston.getByRole("cell").nth(2)).toHaveText("Not known"); // ODS code
    await expect(kingston.getByRole("cell").nth(3)).toHaveText("Yes"); // in BT's rollout
    const homerton = table.getByRole("row").filter({ has: page.getByRole("rowheader", { name: /^Homerton/ }) });
    await expect(homerton.getByRole("cell").nth(0)).toHaveText("Foundation trust");
    await expect(homerton.getByRole("cell").nth(3)).toHaveText("No");
    const { name, header, rows } = await downloadCsv(page, csvLink(page));
    expect(name).toMatch(/^london-cerner-trusts-\d{4}-\d{2}-\d{2}\.csv$/);
    expect(header).toEqual([
      "trust_id",
      "trust_slug",
      "trust",
      "short_name",
      "ods_code",
      "type",
      "rollout_target",
      "sites",
      "notes",
      "certainty",
      "certainty_note",
      "sources",
    ]);
    expect(rows).toHaveLength(await table.locator("tbody tr").count());
    expect(rows.find((r) => r.trust_slug === "kingston")).toMatchObject({ trust: "Kingston Hospital NHS Trust", ods_code: "", rollout_target: "true" });
    expect(rows.find((r) => r.trust_slug === "homerton")).toMatchObject({ rollout_target: "false", type: "foundation_trust" });
  });

  test("decisions: the date and the kind travel into the export", async ({ page }) => {
    await page.goto("/decisions?asOf=2009-02-11");
    await expect(page.locator("#decision-halt-2008-10")).toBeVisible();
    await expect(page.locator("#decision-scope-cut-2010-03")).toHaveCount(0);
    const { header, rows } = await downloadCsv(page, csvLink(page));
    expect(header.slice(0, 6)).toEqual(["decision_id", "decision_key", "kind", "title", "decided_on", "decided_on_precision"]);
    expect(rows.map((r) => r.decision_key)).toEqual(expect.arrayContaining(["halt-2008-10", "resume-2009-02"]));
    expect(rows.some((r) => r.decision_key === "scope-cut-2010-03")).toBe(false);
    expect(rows).toHaveLength(await page.locator("ol > li[id^=decision-]").count());
    expect(rows.find((r) => r.decision_key === "halt-2008-10")).toMatchObject({
      kind: "halt",
      decided_on: "2008-10-01",
      decided_on_precision: "month",
      scope: "all_london",
    });

    await page.getByLabel("Kind of decision").selectOption("resume");
    await page.getByRole("button", { name: "Apply filters" }).click();
    await expect(page).toHaveURL(/kind=resume/);
    const resumes = await downloadCsv(page, csvLink(page));
    expect(resumes.rows.map((r) => r.decision_key)).toEqual(["resume-2009-02"]);
    expect(resumes.rows[0]!.lifts).toBe("halt-2008-10");
  });

  test("problems: filtered to a trust and a date, the same rows as the table", async ({ page }) => {
    await page.goto("/problems?asOf=2008-12-31&trust=royal-free");
    const table = page.getByRole("table", { name: /problems? reported by 31 December 2008 at Royal Free/ });
    await expect(table).toContainText("22 problems listed for a 90-day rescue plan");
    const { header, rows } = await downloadCsv(page, csvLink(page));
    expect(header).toEqual([
      "problem_id",
      "trust",
      "ods_code",
      "go_live_scope",
      "reported_on",
      "reported_on_precision",
      "description",
      "certainty",
      "certainty_note",
      "sources",
      "known_from",
    ]);
    expect(rows).toHaveLength(await table.locator("tbody tr").count());
    expect(rows.every((r) => r.trust!.startsWith("Royal Free"))).toBe(true);
    expect(rows.find((r) => r.description!.startsWith("22 problems"))).toMatchObject({
      reported_on: "2008-10-06",
      reported_on_precision: "day",
      certainty: "confirmed",
    });
    expect(rows.some((r) => r.reported_on! > "2008-12-31")).toBe(false);
  });

  test("contracts: the contract events give the £340m write-off as 340000000 with its price basis", async ({ page }) => {
    // 1 June 2011: after the National Audit Office's report of 18 May 2011, the third figure for the award.
    await page.goto("/contracts?asOf=2011-06-01");
    const london = page.getByRole("table", { name: /Events of the London Local Service Provider contract/ });
    await expect(london).toContainText("£340,000,000");
    const award = london.getByRole("row").filter({ has: page.getByRole("rowheader", { name: /£996m \(E-Health Insider\)/ }) });
    await expect(award.getByRole("rowheader")).toContainText("Sources disagree");
    await expect(award.getByRole("rowheader")).toContainText("One of 3 figures for this award");
    const events = await downloadCsv(page, csvLink(page, "Download as CSV (contract events)"));
    expect(events.name).toMatch(/^london-cerner-contract-events-/);
    expect(events.header).toEqual([
      "event_id",
      "contract_key",
      "contract",
      "supplier",
      "kind",
      "occurred_on",
      "occurred_on_precision",
      "description",
      "value",
      "price_basis",
      "certainty",
      "certainty_note",
      "sources",
      "known_from",
    ]);
    const writeOff = events.rows.find((r) => r.kind === "write_off")!;
    expect(writeOff).toMatchObject({
      contract_key: "london-lsp",
      value: "340000000",
      occurred_on: "2009-01-22",
      price_basis: "as reported (basis not stated)",
      certainty: "uncertain",
      known_from: "2009-01-23",
    });
    expect(
      events.rows
        .filter((r) => r.kind === "award" && r.contract_key === "london-lsp")
        .map((r) => r.value)
        .sort(),
    ).toEqual(["1021000000", "1100000000", "996000000"]);

    const contracts = await downloadCsv(page, csvLink(page, "Download as CSV (contracts)"));
    expect(contracts.header.slice(0, 6)).toEqual(["contract_id", "contract_key", "contract", "supplier", "region", "events"]);
    // The events known by 1 June 2011, as the page's table lists them.
    expect(contracts.rows.find((r) => r.contract_key === "london-lsp")).toMatchObject({
      supplier: "BT",
      region: "London",
      events: String(await london.locator("tbody tr").count()),
    });
  });

  test("payments: amounts in plain pounds with their price basis", async ({ page }) => {
    await page.goto("/payments?asOf=2010-06-01");
    const table = page.getByRole("table", { name: /payments in the record/ });
    await expect(table).toContainText("£4,676,000");
    // The page offers its payments and its acceptances, each for the same date and trust.
    await expect(page.getByRole("link", { name: "Download as CSV (acceptances)", exact: true })).toHaveAttribute(
      "href",
      "/exports/acceptances.csv?asOf=2010-06-01",
    );
    const { header, rows } = await downloadCsv(page, csvLink(page, "Download as CSV (payments)"));
    expect(header).toEqual(expect.arrayContaining(["payment_id", "trust", "kind", "amount", "period", "price_basis", "as_at", "as_at_precision", "sources"]));
    expect(rows).toHaveLength(await table.locator("tbody tr").count());
    expect(rows.find((r) => r.kind === "deployment_charge")).toMatchObject({
      amount: "4676000",
      price_basis: "2003-04 prices",
      period: "one-off",
      as_at: "2009-02-27",
    });
    expect(rows.find((r) => r.kind === "service_charge")!.amount).toBe("33644");
  });

  test("sources: the sources published by the date, or undated", async ({ page }) => {
    await page.goto("/sources?asOf=2009-02-11");
    const table = page.getByRole("table", { name: /sources published by 11 February 2009/ });
    const { header, rows } = await downloadCsv(page, csvLink(page));
    expect(header).toEqual(["source_id", "source_key", "title", "publisher", "published_on", "published_on_precision", "url", "facts"]);
    expect(rows).toHaveLength(await table.locator("tbody tr").count());
    expect(rows.find((r) => r.source_key === "cw-2009-02-11-bt-to-resume")).toMatchObject({ published_on: "2009-02-11", published_on_precision: "day" });
    // An undated source is listed at every date (cw-bt-writes-off-340m is now dated 23 January 2009, per domain.md).
    expect(rows.find((r) => r.source_key === "cw-bt-writes-off-340m")!.published_on).toBe("2009-01-23");
    expect(rows.find((r) => r.source_key === "cw-blog-bt-extra-815m")!.published_on).toBe("");
    expect(rows.some((r) => r.source_key === "ehi-2010-03-st-georges-easter")).toBe(false);
  });

  test("timeline: the plan history for the same date", async ({ page }) => {
    await page.goto("/timeline?asOf=2010-06-01");
    const { name, header, rows } = await downloadCsv(page, csvLink(page));
    expect(name).toMatch(/^london-cerner-plan-history-/);
    expect(header.slice(0, 6)).toEqual(["plan_id", "trust", "ods_code", "scope", "configuration", "plan_number"]);
    expect(rows.filter((r) => r.trust === "Kingston Hospital NHS Trust").map((r) => r.planned_label)).toContain("autumn 2009");
  });

  test("overview: the Excel download beside the CSV is a workbook of the same rows with a Sources sheet", async ({ page }) => {
    await page.goto("/?asOf=2009-02-11&status=next-in-line");
    await expect(page.getByRole("link", { name: "Download this table as CSV" })).toBeVisible();
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Download this table as Excel" }).click()]);
    expect(download.suggestedFilename()).toBe("london-cerner-go-lives-2009-02-11.xlsx");
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await readFile((await download.path())!)) as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0]!;
    expect((sheet.getRow(1).values as unknown[]).slice(1, 5)).toEqual(["trust", "ods_code", "scope", "configuration"]);
    expect(sheet.rowCount - 1).toBe(4);
    expect(workbook.getWorksheet("Sources")!.rowCount).toBeGreaterThan(1);
  });
});

test.describe("as an analyst, the exports new in issue 14 download from their pages", () => {
  test("overview: the ratings with their reasons, for the same date and filters", async ({ page }) => {
    await page.goto("/?asOf=2009-01-15&status=halted");
    const { name, header, rows } = await downloadCsv(page, page.getByRole("link", { name: "Download the ratings and their reasons as CSV" }));
    expect(name).toBe("london-cerner-ratings-2009-01-15.csv");
    expect(header.slice(0, 7)).toEqual(["trust", "trust_slug", "go_live_id", "scope", "status", "rating", "reasons"]);
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((r) => r.status === "halted" && r.rating !== "" && r.reasons !== "")).toBe(true);
  });

  test("board costs: each decision's go-lives and money, as a workbook with real dates and numbers", async ({ page }) => {
    await page.goto("/board/costs?asOf=2010-06-01");
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: /^as Excel \(each decision's go-lives/ }).click()]);
    expect(download.suggestedFilename()).toBe("london-cerner-decision-costs-2010-06-01.xlsx");
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await readFile((await download.path())!)) as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0]!;
    const names = (sheet.getRow(1).values as unknown[]).slice(1);
    expect(sheet.rowCount).toBeGreaterThan(1);
    expect(sheet.getRow(2).getCell(names.indexOf("effective_from") + 1).value).toBeInstanceOf(Date);
    expect(typeof sheet.getRow(2).getCell(names.indexOf("days_held") + 1).value).toBe("number");
  });

  test("board compare: every go-live against the baseline", async ({ page }) => {
    await page.goto("/board/compare?on=2008-10-30&asOf=2010-06-01");
    const { name, rows } = await downloadCsv(page, page.getByRole("link", { name: "Download every go-live's comparison as CSV" }));
    expect(name).toBe("london-cerner-baseline-comparison-on-2008-10-30-2010-06-01.csv");
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.find((r) => r.trust_slug === "kingston")).toMatchObject({ baseline_as_of: "2008-10-30", status: "live" });
  });
});

test.describe("as a viewer", () => {
  test.use({ storageState: storageStateOf("viewer") });

  for (const path of ["/trusts", "/decisions", "/problems", "/contracts", "/payments", "/sources", "/timeline", "/"]) {
    test(`${path} offers no download`, async ({ page }) => {
      await page.goto(path);
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
      await expect(page.getByRole("link", { name: /Download .*as (CSV|Excel)/ })).toHaveCount(0);
      expect(await page.locator('a[href^="/exports/"]').count()).toBe(0);
    });
  }

  test("and the export address refuses", async ({ page }) => {
    const response = await page.request.get("/exports/contract-events.csv");
    expect(response.status()).toBe(403);
  });
});

for (const path of [
  "/trusts",
  "/problems?asOf=2009-02-11",
  "/contracts?asOf=2010-06-01",
  "/payments?asOf=2010-06-01",
  "/sources?asOf=2009-02-11",
  "/decisions?kind=halt",
]) {
  test(`${path} with its download links meets WCAG 2.2 AA as axe-core checks it`, async ({ page }) => {
    await page.goto(path);
    await expectNoAxeViolations(page);
  });
}
