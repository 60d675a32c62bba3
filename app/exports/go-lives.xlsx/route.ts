import ExcelJS from "exceljs";
import { can } from "@/lib/auth/permissions";
import { getActor } from "@/lib/auth/session";
import { getOverview } from "@/lib/data/overview";
import { listSources } from "@/lib/data/sources";
import { neutraliseCell, type CsvCell } from "@/lib/domain/csv";
import { GO_LIVES_COLUMNS } from "@/lib/domain/go-lives-csv";
import type { OverviewRow } from "@/lib/domain/rollout";
import { parseOverviewQuery } from "@/lib/validation/overview";

export const dynamic = "force-dynamic";

/** One go-live as the row of go-lives.csv, cell for cell (numbers stay numbers). */
function goLiveRecord(r: OverviewRow, asOf: string): CsvCell[] {
  const actual = r.derived.actuals[0]?.wentLive ?? null;
  return [
    r.trust.name,
    r.trust.odsCode ?? "",
    r.scope,
    r.configuration?.code ?? "",
    r.derived.status.toLowerCase(),
    r.derived.reason,
    r.latestPlanned?.date ?? "",
    r.latestPlanned?.precision.toLowerCase() ?? "",
    actual?.date ?? "",
    actual?.precision.toLowerCase() ?? "",
    r.derived.isDisputed && actual ? r.derived.actuals.map((a) => a.wentLive.date).join(" or ") || "yes" : "",
    r.derived.slip?.min ?? "",
    r.derived.slip?.max ?? "",
    r.certainty.toLowerCase(),
    r.sources.map((s) => s.url ?? s.title).join(" "),
    asOf,
  ];
}

/** Text a spreadsheet would run as a formula is neutralised, as in the CSV. */
const cell = (v: CsvCell) => (typeof v === "string" ? neutraliseCell(v) : (v ?? ""));

/** The overview's table as an Excel workbook, the same rows as go-lives.csv, with a second sheet listing the sources. */
export async function GET(request: Request) {
  const actor = await getActor();
  if (!actor) return plain(401, "Sign in to download exports.");
  if (!can(actor, "rollout.export")) return plain(403, "Your account cannot download exports: it needs the Analyst role. Ask an admin if your work needs it.");
  const url = new URL(request.url);
  const query = parseOverviewQuery(Object.fromEntries(url.searchParams));
  const problems = [...(query.asOf.error ? [`asOf: ${query.asOf.error}`] : []), ...query.errors.map((e) => `${e.field}: ${e.message}`)];
  if (problems.length > 0) return plain(400, `The export could not be made. ${problems.join(". ")}.`);
  const [overview, sources] = await Promise.all([getOverview(actor, query), listSources(actor)]);

  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("Go-lives");
  sheet.addRow([...GO_LIVES_COLUMNS]);
  for (const r of overview.rows) sheet.addRow(goLiveRecord(r, overview.asOf).map(cell));
  const sourceSheet = workbook.addWorksheet("Sources");
  sourceSheet.addRow(["source_key", "title", "publisher", "published_on", "published_on_precision", "url"]);
  for (const s of [...sources].sort((a, b) => a.id - b.id)) {
    sourceSheet.addRow([s.key, s.title, s.publisher, s.published?.date ?? "", s.published?.precision.toLowerCase() ?? "", s.url ?? ""].map(cell));
  }
  const body = await workbook.xlsx.writeBuffer();
  return new Response(new Uint8Array(body as ArrayBuffer), {
    headers: {
      "Content-Type": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      "Content-Disposition": `attachment; filename="london-cerner-go-lives-${overview.asOf}.xlsx"`,
      "Cache-Control": "no-store",
    },
  });
}

function plain(status: number, message: string) {
  return new Response(`${message}\n`, { status, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" } });
}
