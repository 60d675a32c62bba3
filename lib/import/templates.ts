// The downloadable templates: the kind's columns, one example row taken from the sample record (prisma/seed/data,
// never invented) and, in the workbook, a second sheet saying what each column means.
import ExcelJS from "exceljs";
import { GO_LIVES } from "../../prisma/seed/data/go-lives";
import { TRUSTS } from "../../prisma/seed/data/organisations";
import { PROBLEMS } from "../../prisma/seed/data/problems";
import { SOURCES } from "../../prisma/seed/data/sources";
import { toCsv } from "../domain/csv";
import { KINDS, type ImportKind } from "./kinds";

const lower = (value: string | null | undefined) => (value ?? "").toLowerCase();
const sourceAddress = (key: string) => {
  const source = SOURCES.find((s) => s.key === key);
  return source?.url ?? key;
};

/** Kingston's last re-plan and its go-live, and the record's first problem, as the sample record gives them. */
function exampleRow(kind: ImportKind): Record<string, string> {
  if (kind === "problems") {
    const problem = PROBLEMS[0]!;
    return {
      trust: problem.trust,
      go_live_scope: problem.goLiveScope ?? "",
      reported_on: problem.reported.on,
      reported_on_precision: lower(problem.reported.precision),
      description: problem.description,
      certainty: lower(problem.certainty),
      sources: problem.sources.map(sourceAddress).join(" "),
    };
  }
  const kingston = GO_LIVES.find((g) => g.trust === "kingston")!;
  const trust = TRUSTS.find((t) => t.slug === kingston.trust)!;
  if (kind === "replans") {
    const plan = kingston.plans.at(-1)!;
    return {
      trust: trust.slug,
      scope: kingston.scope,
      planned_go_live: plan.planned?.on ?? "",
      planned_go_live_precision: lower(plan.planned?.precision),
      planned_label: plan.plannedLabel ?? "",
      announced_on: plan.announced?.on ?? "",
      announced_on_precision: lower(plan.announced?.precision),
      reason: plan.reason,
      made_by: plan.madeBy?.name ?? "",
      made_by_kind: lower(plan.madeBy?.kind),
      certainty: lower(plan.certainty),
      sources: plan.sources.map(sourceAddress).join(" "),
    };
  }
  const actual = kingston.actuals[0]!;
  return {
    trust: trust.slug,
    scope: kingston.scope,
    went_live_on: actual.wentLive.on,
    went_live_on_precision: lower(actual.wentLive.precision),
    note: actual.note ?? "",
    override_reason: "",
    known_from: "",
    known_from_precision: "",
    certainty: lower(actual.certainty),
    sources: actual.sources.map(sourceAddress).join(" "),
  };
}

export function templateCsv(kind: ImportKind): string {
  const columns = KINDS[kind].columns.map((c) => c.name);
  const example = exampleRow(kind);
  return toCsv(columns, [columns.map((c) => example[c] ?? "")]);
}

export async function templateWorkbook(kind: ImportKind): Promise<Uint8Array> {
  const definition = KINDS[kind];
  const workbook = new ExcelJS.Workbook();
  const rows = workbook.addWorksheet(definition.title);
  const columns = definition.columns.map((c) => c.name);
  const example = exampleRow(kind);
  rows.addRow(columns);
  // Text cells throughout: Excel would otherwise turn 2009-11 into a date and drop the precision.
  rows.addRow(columns.map((c) => example[c] ?? ""));
  rows.getRow(1).font = { bold: true };
  rows.columns.forEach((column) => {
    column.width = 22;
    column.numFmt = "@";
  });
  const help = workbook.addWorksheet("Columns");
  help.addRow(["column", "needed", "meaning"]).font = { bold: true };
  for (const c of definition.columns) help.addRow([c.name, c.required ? "yes" : "no", c.meaning]);
  help.addRow([]);
  help.addRow([
    "",
    "",
    "Only the first sheet is imported. Row 2 is from the sample record: it is already in the record, so the preview says so. Replace it with your rows.",
  ]);
  help.getColumn(3).width = 100;
  help.getColumn(1).width = 26;
  return new Uint8Array((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
}
