import { readFile } from "node:fs/promises";
import { expect, test } from "@playwright/test";
import { parse } from "csv-parse/sync";
import { expectNoAxeViolations } from "./support/axe";

test("the CSV download is the overview's table for the same date and filters, and parses cleanly", async ({ page }) => {
  await page.goto("/?asOf=2009-02-11&status=next-in-line");
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Download this table as CSV" }).click()]);
  expect(download.suggestedFilename()).toBe("london-cerner-go-lives-2009-02-11.csv");
  const bytes = await readFile((await download.path())!);
  expect(bytes.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
  const text = bytes.toString("utf8");
  expect(text).toContain("\r\n");
  const records: Record<string, string>[] = parse(text, { bom: true, columns: true });
  expect(Object.keys(records[0]!)).toEqual(
    expect.arrayContaining(["trust", "ods_code", "configuration", "status", "planned_go_live", "actual_go_live", "slip_days", "certainty", "sources"]),
  );
  expect(records.map((r) => r.trust).sort()).toEqual([
    "Imperial College Healthcare NHS Trust",
    "Kingston Hospital NHS Trust",
    "Queen Mary's Hospital, Roehampton",
    "St George's Healthcare NHS Trust",
  ]);
  for (const r of records) expect(r.status).toBe("next_in_line");
  const kingston = records.find((r) => r.trust === "Kingston Hospital NHS Trust")!;
  expect(kingston.planned_go_live).toBe("2009-04-01");
  expect(kingston.planned_go_live_precision).toBe("month");
  expect(kingston.sources).toMatch(/https:\/\/www\.digitalhealth\.net\//);
});

test("the CSV as of 1 June 2010 gives ISO dates and the slip as the dates' precision allows", async ({ request }) => {
  const response = await request.get("/exports/go-lives.csv?asOf=2010-06-01&bom=0");
  expect(response.headers()["content-type"]).toBe("text/csv; charset=utf-8");
  const text = await response.text();
  expect(text.charCodeAt(0)).not.toBe(0xfeff);
  const records: Record<string, string>[] = parse(text, { columns: true });
  const kingston = records.find((r) => r.trust === "Kingston Hospital NHS Trust")!;
  expect(kingston).toMatchObject({ status: "live", actual_go_live: "2009-11-30", actual_go_live_precision: "day", slip_days: "365", slip_days_max: "394" });
  const royalFree = records.find((r) => r.trust?.startsWith("Royal Free"))!;
  expect(royalFree.actual_go_live_disputed).toBe("2008-06-15 or 2008-06-16 or 2008-06-17"); // three claims (domain.md)
});

test("a malformed date in the export address is refused with a message that says what to fix", async ({ request }) => {
  const response = await request.get("/exports/go-lives.csv?asOf=11-02-2009");
  expect(response.status()).toBe(400);
  expect(await response.text()).toContain("Enter the date as year, month and day, for example 2009-02-11");
});

test("the health check answers 200 with the database reachable", async ({ request }) => {
  const response = await request.get("/api/health");
  expect(response.status()).toBe(200);
  expect(await response.json()).toMatchObject({ status: "ok", database: "reachable" });
});

test("the column dictionary documents every export's columns and format version", async ({ page }) => {
  await page.goto("/exports");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Exports and their columns");
  for (const title of ["Go-lives (the overview)", "Plan history", "Audit trail"]) {
    await expect(page.getByRole("heading", { level: 2, name: title })).toBeVisible();
  }
  const planHistory = page.getByRole("region", { name: "Plan history" });
  await expect(planHistory.getByRole("rowheader", { name: "planned_go_live_precision" })).toBeVisible();
  await expect(planHistory).toContainText("Format version");
  await expectNoAxeViolations(page);
});

test("the plan history downloads as CSV and as Excel for the same date", async ({ request }) => {
  const csv = await request.get("/exports/plan-history.csv?asOf=2009-02-11&trust=kingston");
  expect(csv.status()).toBe(200);
  const rows: Record<string, string>[] = parse(await csv.text(), { bom: true, columns: true });
  expect(rows.map((r) => r.planned_label)).toEqual(expect.arrayContaining(["late November 2008", "postponed indefinitely"]));
  expect(rows.some((r) => r.planned_label === "autumn 2009")).toBe(false);
  const xlsx = await request.get("/exports/plan-history.xlsx?asOf=2009-02-11&trust=kingston");
  expect(xlsx.headers()["content-type"]).toContain("spreadsheetml");
  expect((await xlsx.body()).subarray(0, 2).toString()).toBe("PK");
});
