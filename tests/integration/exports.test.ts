// Exports streamed from the database: parsed back with an independent CSV parser and compared cell
// for cell with the database; the workbook; the first rows arriving before the query ends; and a
// cancelled download reading no more. Adds rows, so it has a database of its own.
import { parse } from "csv-parse/sync";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { AWKWARD_TEXT } from "./support/awkward-text";
import { download, expectRefused } from "./support/export-route";
import { startFreshDatabase } from "./support/fresh-database";
import { actAs } from "./support/next-request";
import { readBatches } from "@/lib/exports/stream";
import { EXPORTS } from "@/lib/exports/registry";

const { db } = await startFreshDatabase();
const parseCsv = (text: string): Record<string, string>[] => parse(text, { bom: true, columns: true });

describe("the plan history export", () => {
  it("holds every plan known on the date, cell for cell as the database has it, awkward text included", async () => {
    const kingston = await db.goLive.findFirstOrThrow({
      where: { trust: { slug: "kingston" } },
      select: { id: true, plans: { orderBy: { sequence: "desc" }, take: 1, select: { sequence: true } } },
    });
    let sequence = kingston.plans[0]!.sequence;
    for (const reason of AWKWARD_TEXT) {
      await db.goLivePlan.create({ data: { goLiveId: kingston.id, sequence: ++sequence, reason, certainty: "UNCERTAIN", plannedLabel: reason } });
    }
    await actAs("analyst@example.nhs.uk");
    const response = await download("plan-history.csv", "?asOf=2030-01-01");
    expect(response.status).toBe(200);
    const bytes = Buffer.from(await response.arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.toString("utf8");
    const rows = parseCsv(text);
    expect(Object.keys(rows[0]!)).toEqual(EXPORTS["plan-history"]!.columns.map((c) => c.name));

    const plans = await db.goLivePlan.findMany({ orderBy: { id: "asc" }, include: { goLive: { select: { trust: { select: { name: true } } } } } });
    expect(rows.map((r) => Number(r.plan_id))).toEqual(plans.map((p) => p.id));
    for (const [i, p] of plans.entries()) {
      const row = rows[i]!;
      const asText = (v: string | null) => (v === null ? "" : /^[=+\-@\t\r]/.test(v) ? `'${v}` : v);
      expect(row.trust).toBe(p.goLive.trust.name);
      expect(row.plan_number).toBe(String(p.sequence));
      expect(row.planned_go_live).toBe(p.plannedOn ? p.plannedOn.toISOString().slice(0, 10) : "");
      expect(row.planned_go_live_precision).toBe(p.plannedPrecision?.toLowerCase() ?? "");
      expect(row.planned_label).toBe(asText(p.plannedLabel));
      expect(row.reason).toBe(asText(p.reason));
      expect(row.certainty).toBe(p.certainty.toLowerCase());
    }
  });

  it("honours the date and the trust, like the page", async () => {
    await actAs("analyst@example.nhs.uk");
    const early = parseCsv(await (await download("plan-history.csv", "?asOf=2008-11-15&trust=kingston")).text());
    const later = parseCsv(await (await download("plan-history.csv", "?asOf=2009-04-01&trust=kingston")).text());
    expect(early.every((r) => r.trust === "Kingston Hospital NHS Trust")).toBe(true);
    expect(later.length).toBeGreaterThan(early.length);
    expect(later.some((r) => r.planned_label === "autumn 2009")).toBe(true);
    expect(early.some((r) => r.planned_label === "autumn 2009")).toBe(false);
  });

  it("without a byte-order mark on request, and refuses a malformed date with what to fix", async () => {
    await actAs("analyst@example.nhs.uk");
    const bytes = Buffer.from(await (await download("plan-history.csv", "?bom=0")).arrayBuffer());
    expect(bytes.subarray(0, 7).toString("utf8")).toBe("plan_id");
    await expectRefused("plan-history.csv", "?asOf=2009-13-01", "Enter a real date");
  });

  it("is the same data as a workbook, with a second sheet listing the sources", async () => {
    await actAs("analyst@example.nhs.uk");
    const csvRows = parseCsv(await (await download("plan-history.csv", "?asOf=2030-01-01")).text());
    const response = await download("plan-history.xlsx", "?asOf=2030-01-01");
    expect(response.headers.get("content-type")).toContain("spreadsheetml");
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(await response.arrayBuffer()) as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0]!;
    expect(sheet.rowCount - 1).toBe(csvRows.length);
    const header = (sheet.getRow(1).values as unknown[]).slice(1);
    expect(header).toEqual(Object.keys(csvRows[0]!));
    const formulaRow = csvRows.findIndex((r) => r.reason === "'=SUM(A1:A9)");
    // a string cell is never run as a formula: the text as the record holds it, styled as text, no apostrophe
    const formulaCell = sheet.getRow(formulaRow + 2).getCell(12);
    expect(formulaCell.value).toBe("=SUM(A1:A9)");
    expect(formulaCell.type).toBe(ExcelJS.ValueType.String);
    expect(formulaCell.formula).toBeUndefined();
    expect(formulaCell.numFmt).toBe("@");
    const sources = workbook.getWorksheet("Sources")!;
    expect(sources.rowCount - 1).toBe(await db.source.count());
  });

  it("types its cells: a date is a date cell, money a number, formula-like text a plain string with no apostrophe", async () => {
    const kingston = await db.trust.findUniqueOrThrow({ where: { slug: "kingston" }, select: { id: true } });
    const payment = await db.payment.create({
      data: {
        trustId: kingston.id,
        kind: "SERVICE_CHARGE",
        description: "=1+1",
        amount: "33644.50",
        period: "+44 20 7946 0000",
        asAt: new Date("2009-04-01"),
        asAtPrecision: "MONTH",
        certainty: "UNCERTAIN",
      },
    });
    await actAs("analyst@example.nhs.uk");
    const response = await download("payments.xlsx", "?asOf=2030-01-01");
    expect(response.status).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(await response.arrayBuffer()) as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0]!;
    const names = (sheet.getRow(1).values as unknown[]).slice(1);
    const at = (name: string) => names.indexOf(name) + 1;
    let row: ExcelJS.Row | null = null;
    sheet.eachRow((r) => {
      if (r.getCell(1).value === payment.id) row = r;
    });
    expect(row, "the new payment's row").not.toBeNull();
    const cell = (name: string) => row!.getCell(at(name));
    expect(cell("payment_id").value).toBe(payment.id);
    expect(cell("amount").value).toBe(33644.5);
    expect(cell("amount").type).toBe(ExcelJS.ValueType.Number);
    // April 2009, given to the month: the first of the month as a date, shown as far as the record goes
    expect(cell("as_at").value).toEqual(new Date(Date.UTC(2009, 3, 1)));
    expect(cell("as_at").numFmt).toBe("yyyy-mm");
    expect(cell("as_at_precision").value).toBe("month");
    for (const [name, text] of [
      ["description", "=1+1"],
      ["period", "+44 20 7946 0000"],
    ] as const) {
      expect(cell(name).value, name).toBe(text);
      expect(cell(name).type, name).toBe(ExcelJS.ValueType.String);
      expect(cell(name).formula, name).toBeUndefined();
      expect(cell(name).numFmt, name).toBe("@");
    }
    // the CSV keeps its guard
    const csv = parseCsv(await (await download("payments.csv", "?asOf=2030-01-01")).text()).find((r) => Number(r.payment_id) === payment.id)!;
    expect([csv.description, csv.period, csv.amount, csv.as_at]).toEqual(["'=1+1", "'+44 20 7946 0000", "33644.5", "2009-04-01"]);
    await db.payment.delete({ where: { id: payment.id } });
  });

  it("only analysts may download it; the audit trail only admins", async () => {
    for (const [email, plan, audit] of [
      [null, 401, 401],
      ["viewer@example.nhs.uk", 403, 403],
      ["analyst@example.nhs.uk", 200, 403],
      ["manager@example.nhs.uk", 403, 403],
      ["board@example.nhs.uk", 403, 403],
      ["admin@example.nhs.uk", 403, 200],
    ] as const) {
      await actAs(email);
      expect((await download("plan-history.csv")).status, `${email} plan history`).toBe(plan);
      expect((await download("audit.csv")).status, `${email} audit`).toBe(audit);
    }
  });
});

describe("streaming", () => {
  it("gives the first rows before the query has finished, and a cancelled download reads no more", async () => {
    const audit = EXPORTS.audit!;
    await db.auditEvent.createMany({
      data: Array.from({ length: 3_000 }, (_, i) => ({ actor: "bulk@example.nhs.uk", action: "test.bulk", entity: "Test", entityId: String(i) })),
    });
    const total = await db.auditEvent.count();

    const batches = readBatches(audit, {}, undefined, 500);
    const first = await batches.next();
    expect(first.done).toBe(false);
    expect(first.value!.length).toBe(500); // the first rows are out while most are still unread
    await batches.return(undefined);

    const controller = new AbortController();
    let read = 0;
    for await (const batch of readBatches(audit, {}, controller.signal, 500)) {
      read += batch.length;
      if (read >= 1_000) controller.abort(); // the person cancels the download
    }
    expect(read).toBe(1_000);
    expect(total).toBeGreaterThan(3_000);
  });

  it("the audit export parses back with the newest change first and no secrets in it", async () => {
    await actAs("admin@example.nhs.uk");
    const rows = parseCsv(await (await download("audit.csv", "?action=test.bulk")).text());
    expect(rows).toHaveLength(3_000);
    expect(Number(rows[0]!.audit_id)).toBeGreaterThan(Number(rows[1]!.audit_id));
    const all = await (await download("audit.csv")).text();
    expect(all).not.toMatch(/scrypt|\$2[aby]\$|session_token|tokenHash/);
  });
});
