// Importing a spreadsheet through the real server actions, with real sessions: a good file applies with an audit
// record per row; bad rows and bad files are explained and write nothing; a change saved between the preview and
// the apply makes the apply refuse and write nothing; only the kind's own role can import.
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { beforeAll, describe, expect, it } from "vitest";
import { startFreshDatabase } from "./support/fresh-database";
import { actAs, Redirect, submit } from "./support/next-request";
import { PEOPLE } from "../support/people";
import { startImportAction, applyImportAction, checkImportAgainAction } from "@/lib/actions/import";
import { replanGoLiveAction } from "@/lib/actions/go-lives";
import { IDLE } from "@/lib/actions/state";
import { readImportBatch } from "@/lib/import/batches";
import { MAX_FILE_BYTES } from "@/lib/import/limits";

const { db } = await startFreshDatabase();

const MANAGER = PEOPLE.manager;
const REPLAN_HEADER =
  "trust,scope,planned_go_live,planned_go_live_precision,planned_label,announced_on,announced_on_precision,reason,made_by,made_by_kind,certainty,sources";
const SOURCE = "https://www.digitalhealth.net/2009/03/next-london-cerner-go-live-delayed-until-autumn/";
const replanRow = (cells: Partial<Record<"trust" | "planned" | "announced" | "reason" | "sources", string>> = {}) =>
  [
    cells.trust ?? "queen-marys-roehampton",
    "Whole trust",
    cells.planned ?? "2009-10",
    "",
    "",
    cells.announced ?? "2009-03-15",
    "",
    cells.reason ?? "Imported: due after Kingston",
    "",
    "",
    "single_source",
    cells.sources ?? SOURCE,
  ].join(",");

/** What the record holds that an import writes: counting them shows whether anything was written. */
async function counts() {
  const [plans, actuals, audits, version] = await Promise.all([
    db.goLivePlan.count(),
    db.goLiveActual.count(),
    db.auditEvent.count({ where: { outcome: "APPLIED" } }),
    db.goLive.findFirstOrThrow({ where: { trust: { slug: "queen-marys-roehampton" } }, select: { version: true } }),
  ]);
  return { plans, actuals, audits, version: version.version };
}

function fileForm(kind: string, name: string, content: string | Uint8Array) {
  const form = new FormData();
  form.append("kind", kind);
  form.append("file", new File([content as BlobPart], name));
  return form;
}

/** Uploads a file; the preview's id when it was read, else the refusal. */
async function upload(kind: string, name: string, content: string | Uint8Array): Promise<{ id: string } | { refused: string }> {
  try {
    const state = await startImportAction(IDLE, fileForm(kind, name, content));
    return { refused: Object.values(state.fieldErrors ?? {})[0] ?? state.message ?? "" };
  } catch (error) {
    if (error instanceof Redirect) return { id: /^\/import\/([0-9a-f]{32})$/.exec(error.url)![1]! };
    throw error;
  }
}

async function preview(content: string, kind = "replans") {
  const result = await upload(kind, "rows.csv", content);
  if ("refused" in result) throw new Error(`refused: ${result.refused}`);
  const actor = { id: (await db.user.findFirstOrThrow({ where: { email: MANAGER } })).id, email: MANAGER, name: "m", roles: ["PROGRAMME_MANAGER" as const] };
  return { id: result.id, batch: (await readImportBatch(actor, result.id))! };
}

beforeAll(async () => {
  await actAs(MANAGER);
});

describe("a good file", () => {
  it("previews what each row changes, writes nothing, then applies every row with an audit record each and lands on the result page", async () => {
    const before = await counts();
    const file = `${REPLAN_HEADER}\r\n${replanRow()}\r\n${replanRow({ planned: "2009-12-01", announced: "2009-04-01", reason: "Moved again" })}\r\n`;
    const { id, batch } = await preview(`\uFEFF${file}`);
    expect(batch.problemRows).toBe(0);
    expect(batch.rows.map((r) => [r.line, r.change])).toEqual([
      [2, "Queen Mary's Hospital, Roehampton (Whole trust): new plan October 2009, announced 15 March 2009, was looking at alternative options"],
      [3, "Queen Mary's Hospital, Roehampton (Whole trust): new plan 1 December 2009, announced 1 April 2009, was October 2009"],
    ]);
    expect(await counts()).toEqual(before);

    const applied = await submit(applyImportAction, IDLE, { id });
    expect(applied).toEqual({ saved: true, url: `/import/${id}/applied` });
    const after = await counts();
    expect(after.plans).toBe(before.plans + 2);
    expect(after.audits).toBe(before.audits + 2);
    expect(after.version).toBe(before.version + 1);
    const audits = await db.auditEvent.findMany({
      where: { action: "go-live.replan", actor: MANAGER },
      orderBy: { id: "asc" },
      select: { entity: true, after: true },
    });
    expect(audits.map((a) => (a.after as { import: { row: number } }).import.row)).toEqual([2, 3]);
    const plans = await db.goLivePlan.findMany({
      where: { reason: { in: ["Imported: due after Kingston", "Moved again"] } },
      orderBy: { sequence: "asc" },
      select: { plannedPrecision: true, sources: { select: { url: true } } },
    });
    expect(plans.map((p) => [p.plannedPrecision, p.sources[0]?.url])).toEqual([
      ["MONTH", SOURCE],
      ["DAY", SOURCE],
    ]);
    // Applying twice writes nothing more.
    const again = await submit(applyImportAction, IDLE, { id });
    expect(again.saved).toBe(false);
    expect(await counts()).toEqual(after);
  });
});

describe("bad rows", () => {
  it("explains each problem in words, row by row, and nothing can be written", async () => {
    const before = await counts();
    const file = [
      REPLAN_HEADER,
      replanRow({ trust: "kingstn" }),
      replanRow({ planned: "2009-02-31" }),
      replanRow({ planned: "2010-05", announced: "2010-01-10" }),
      replanRow({ planned: "2010-05", announced: "2010-01-10" }),
      replanRow({ sources: "", planned: "2010-07" }),
      replanRow({ trust: "kingston" }),
      // The record's own plan (the sample data): postponed, in its words, announced March 2009.
      `queen-marys-roehampton,Whole trust,,,looking at alternative options,2009-03,,Again,,,single_source,${SOURCE}`,
    ].join("\n");
    const { id, batch } = await preview(file);
    const problems = Object.fromEntries(batch.rows.map((r) => [r.line, r.problems.join(" | ")]));
    expect(problems[2]).toMatch(/There is no trust “kingstn” in the record: did you mean Kingston Hospital NHS Trust \(kingston\)/);
    expect(problems[3]).toMatch(/Planned go-live date “2009-02-31” is not a real date: February 2009 has no day 31/);
    expect(problems[4]).toBe("");
    expect(problems[5]).toMatch(/The same re-plan as row 4/);
    expect(problems[6]).toMatch(/Sources is empty/);
    expect(problems[7]).toMatch(/went live .*so it cannot be re-planned/);
    expect(problems[8]).toMatch(/Already in the record as plan \d+ of Queen Mary's Hospital, Roehampton/);
    expect(batch.problemRows).toBe(6);
    const applied = await submit(applyImportAction, IDLE, { id });
    expect(applied.saved).toBe(false);
    expect(await counts()).toEqual(before);
  });

  it("asks for the reason when a go-live happened during a halt", async () => {
    const header = "trust,scope,went_live_on,went_live_on_precision,note,override_reason,known_from,known_from_precision,certainty,sources";
    const during = `queen-marys-roehampton,Whole trust,2008-12-10,,,,,,uncertain,${SOURCE}`;
    const { batch } = await preview(`${header}\n${during}\n`, "go-lives");
    expect(batch.rows[0]!.problems.join()).toMatch(
      /A halt covered Queen Mary's Hospital, Roehampton on 10 December 2008 \(All Cerner go-lives in London halted\): give the reason it went live anyway in override_reason/,
    );
    const { batch: withReason } = await preview(
      `${header}\nqueen-marys-roehampton,Whole trust,2008-12-10,,,Trust board accepted the risk,2009-03,,uncertain,${SOURCE}\n`,
      "go-lives",
    );
    expect(withReason.rows[0]!.problems).toEqual([]);
    expect(withReason.rows[0]!.change).toMatch(/went live 10 December 2008, during the halt “All Cerner go-lives in London halted”, for the reason given/);
  });
});

describe("a file of problems", () => {
  it("applies each problem against its trust (and go-live where named), with the form's audit record, and a duplicate is refused", async () => {
    const header = "trust,go_live_scope,reported_on,reported_on_precision,description,certainty,sources";
    const rows = [
      `kingston,Whole trust,2010-01-12,,Imported: a clinic list was lost,single_source,${SOURCE}`,
      `Kingston Hospital NHS Trust,,2010-02,,Imported: slow discharge letters,uncertain,${SOURCE}`,
    ];
    const before = { problems: await db.problem.count(), audits: await db.auditEvent.count({ where: { action: "problem.record" } }) };
    const { id, batch } = await preview(`${header}\n${rows.join("\n")}\n`, "problems");
    expect(batch.rows.map((r) => r.change)).toEqual([
      "Kingston Hospital NHS Trust (Whole trust): a problem reported 12 January 2010: “Imported: a clinic list was lost”",
      "Kingston Hospital NHS Trust: a problem reported February 2010: “Imported: slow discharge letters”",
    ]);
    expect(await submit(applyImportAction, IDLE, { id })).toEqual({ saved: true, url: `/import/${id}/applied` });
    expect(await db.problem.count()).toBe(before.problems + 2);
    const audits = await db.auditEvent.findMany({
      where: { action: "problem.record" },
      orderBy: { id: "asc" },
      skip: before.audits,
      select: { entity: true, entityId: true },
    });
    const kingston = await db.trust.findUniqueOrThrow({ where: { slug: "kingston" }, select: { id: true } });
    expect(audits).toEqual([
      { entity: "Trust", entityId: String(kingston.id) },
      { entity: "Trust", entityId: String(kingston.id) },
    ]);
    const stored = await db.problem.findMany({
      where: { description: { startsWith: "Imported:" } },
      orderBy: { id: "asc" },
      select: { goLiveId: true, sources: { select: { url: true } } },
    });
    expect(stored.map((p) => [p.goLiveId !== null, p.sources.map((s) => s.url)])).toEqual([
      [true, [SOURCE]],
      [false, [SOURCE]],
    ]);
    const { batch: again } = await preview(`${header}\n${rows[0]}\n`, "problems");
    expect(again.rows[0]!.problems).toEqual([expect.stringMatching(/^Already in the record: Kingston Hospital NHS Trust's problem reported 12 January 2010/)]);
  });
});

describe("the templates", () => {
  it("download as CSV and Excel and read back: their sample row is reported as already in the record", async () => {
    const { GET } = await import("@/app/(dashboard)/import/templates/[file]/route");
    for (const kind of ["replans", "go-lives", "problems"]) {
      for (const ext of ["csv", "xlsx"]) {
        const response = await GET(new Request(`http://localhost/import/templates/${kind}.${ext}`), { params: Promise.resolve({ file: `${kind}.${ext}` }) });
        expect(response.status).toBe(200);
        const result = await upload(kind, `template.${ext}`, new Uint8Array(await response.arrayBuffer()));
        if ("refused" in result) throw new Error(`${kind}.${ext} refused: ${result.refused}`);
        const batch = await readImportBatch(
          { id: (await db.user.findFirstOrThrow({ where: { email: MANAGER } })).id, email: MANAGER, name: "m", roles: ["PROGRAMME_MANAGER"] },
          result.id,
        );
        expect(batch!.rows.map((r) => r.problems.join(" "))).toEqual([expect.stringMatching(/already (in the record|recorded as live)/i)]);
      }
    }
    await actAs("viewer@example.nhs.uk");
    const { GET: get } = await import("@/app/(dashboard)/import/templates/[file]/route");
    expect((await get(new Request("http://localhost/import/templates/replans.csv"), { params: Promise.resolve({ file: "replans.csv" }) })).status).toBe(403);
    await actAs(MANAGER);
  });
});

describe("bad files are refused with a reason and change nothing", () => {
  const cases: [string, () => Promise<[string, string | Uint8Array]>, RegExp][] = [
    [
      "bytes that are not UTF-8",
      async () => [
        "rows.csv",
        Uint8Array.from([
          ...new TextEncoder().encode(`${REPLAN_HEADER}\n`),
          ...new TextEncoder().encode(replanRow({ reason: "Cost x" })).map((b) => (b === 0x78 ? 0xa3 : b)),
        ]),
      ],
      /not in UTF-8.*CSV UTF-8/,
    ],
    [
      "a formula in a CSV cell",
      async () => ["rows.csv", `${REPLAN_HEADER}\n${replanRow({ reason: "=SUM(A1:A9)" })}`],
      /Cell H2 starts with “=” like a spreadsheet formula/,
    ],
    ["a file over the size limit", async () => ["rows.csv", new Uint8Array(MAX_FILE_BYTES + 1)], /files up to 10 MB can be imported/],
    [
      "wrong headers",
      async () => ["rows.csv", "trust,planned,colour\nkingston,2009,blue\n"],
      /the columns “planned” and “colour” are not one of the re-plans template's; the columns “reason”, “certainty” and “sources” are missing/,
    ],
    [
      "a formula in an Excel cell",
      async () => {
        const workbook = new ExcelJS.Workbook();
        const sheet = workbook.addWorksheet("Re-plans");
        sheet.addRow(REPLAN_HEADER.split(","));
        sheet.addRow(replanRow().split(","));
        sheet.getCell("H2").value = { formula: 'CONCAT("a","b")', result: "ab" };
        return ["rows.xlsx", new Uint8Array(await workbook.xlsx.writeBuffer())];
      },
      /Cell H2 holds a formula/,
    ],
    [
      "a zip bomb named .xlsx",
      async () => {
        const zip = new JSZip();
        zip.file("[Content_Types].xml", "<Types/>");
        zip.file("xl/worksheets/sheet1.xml", new Uint8Array(120 * 1024 * 1024));
        return ["rows.xlsx", await zip.generateAsync({ type: "uint8array", compression: "DEFLATE", compressionOptions: { level: 9 } })];
      },
      /more than 100 MB once unpacked/,
    ],
  ];
  for (const [what, make, message] of cases) {
    it(`refuses ${what}`, async () => {
      const before = await counts();
      const batches = await db.importBatch.count();
      const [name, content] = await make();
      const result = await upload("replans", name, content);
      expect(result).toEqual({ refused: expect.stringMatching(message) });
      expect(await counts()).toEqual(before);
      expect(await db.importBatch.count()).toBe(batches);
    }, 30_000);
  }
});

describe("a change saved between the preview and the apply", () => {
  it("makes the apply refuse, name the trust and rows, and write nothing; a fresh preview then applies", async () => {
    const { id } = await preview(`${REPLAN_HEADER}\n${replanRow({ planned: "2011-01", announced: "2010-06-01", reason: "Before the other edit" })}\n`);
    const goLive = await db.goLive.findFirstOrThrow({ where: { trust: { slug: "queen-marys-roehampton" } }, select: { id: true, version: true } });
    const source = await db.source.findFirstOrThrow({ where: { url: SOURCE }, select: { id: true } });
    const other = await submit(replanGoLiveAction, IDLE, {
      goLiveId: String(goLive.id),
      version: String(goLive.version),
      "plannedOn-day": "",
      "plannedOn-month": "2",
      "plannedOn-year": "2011",
      "announcedOn-day": "1",
      "announcedOn-month": "7",
      "announcedOn-year": "2010",
      reason: "Someone else's re-plan",
      certainty: "UNCERTAIN",
      sourceId: String(source.id),
    });
    expect(other.saved).toBe(true);
    const before = await counts();
    const applied = await submit(applyImportAction, IDLE, { id });
    expect(applied.saved).toBe(false);
    if (applied.saved) return;
    expect(applied.state.status).toBe("conflict");
    expect(applied.state.changes).toEqual([
      { label: "Queen Mary's Hospital, Roehampton (Whole trust), row 2", current: expect.stringMatching(/^go-live\.replan by manager@example\.nhs\.uk at /) },
    ]);
    expect(await counts()).toEqual(before);
    expect(await db.auditEvent.count({ where: { entity: "ImportBatch", entityId: id, outcome: "CONFLICT" } })).toBe(1);

    const form = new FormData();
    form.append("id", id);
    await checkImportAgainAction(form).catch((e) => expect(e).toBeInstanceOf(Redirect));
    const retried = await submit(applyImportAction, IDLE, { id });
    expect(retried).toEqual({ saved: true, url: `/import/${id}/applied` });
    expect((await counts()).plans).toBe(before.plans + 1);
  });
});

describe("who may import", () => {
  it("refuses a viewer, and a preview is never shown to anyone else", async () => {
    const { id } = await preview(`${REPLAN_HEADER}\n${replanRow({ planned: "2012-01", announced: "2011-06-01" })}\n`);
    for (const person of ["viewer@example.nhs.uk", "analyst@example.nhs.uk", "board@example.nhs.uk"]) {
      await actAs(person);
      const before = await counts();
      const result = await upload("replans", "rows.csv", `${REPLAN_HEADER}\n${replanRow({ planned: "2012-02", announced: "2011-06-01" })}\n`);
      expect(result).toEqual({ refused: expect.stringMatching(/cannot import/) });
      const applied = await submit(applyImportAction, IDLE, { id });
      expect(applied.saved).toBe(false);
      expect(await counts()).toEqual(before);
    }
    await actAs(MANAGER);
  });
});
