import ExcelJS from "exceljs";
import { can } from "@/lib/auth/permissions";
import { getActor } from "@/lib/auth/session";
import { getOverview } from "@/lib/data/overview";
import { listSources } from "@/lib/data/sources";
import { workbookCell as cell } from "@/lib/exports/format";
import { GO_LIVES_COLUMNS, goLiveRecord } from "@/lib/domain/go-lives-csv";
import { parseOverviewQuery } from "@/lib/validation/overview";

export const dynamic = "force-dynamic";

/** The overview's table as an Excel workbook, the same rows as go-lives.csv, with a second sheet listing the sources. */
export async function GET(request: Request) {
  const actor = await getActor();
  if (!actor) return plain(401, "Sign in to download exports.");
  if (!can(actor, "rollout.export")) return plain(403, "Your account cannot download exports: it needs the Analyst role. Ask an admin if your work needs it.");
  const url = new URL(request.url);
  const query = parseOverviewQuery(Object.fromEntries(url.searchParams));
  const problems = [...(query.asOf.error ? [`asOf: ${query.asOf.error}`] : []), ...(query.asOf.viewError ? [`view: ${query.asOf.viewError}`] : []), ...query.errors.map((e) => `${e.field}: ${e.message}`)];
  if (problems.length > 0) return plain(400, `The export could not be made. ${problems.join(". ")}.`);
  const [overview, sources] = await Promise.all([getOverview(actor, query, { allRows: true }), listSources(actor)]);

  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("Go-lives");
  sheet.addRow([...GO_LIVES_COLUMNS]);
  for (const r of overview.rows) sheet.addRow(goLiveRecord(r, overview.asOf, overview.hindsight).map(cell));
  const sourceSheet = workbook.addWorksheet("Sources");
  sourceSheet.addRow(["source_key", "title", "publisher", "published_on", "published_on_precision", "url"]);
  for (const s of [...sources].sort((a, b) => a.id - b.id)) {
    sourceSheet.addRow([s.key, s.title, s.publisher, s.published?.date ?? "", s.published?.precision.toLowerCase() ?? "", s.url ?? ""].map(cell));
  }
  const body = await workbook.xlsx.writeBuffer();
  return new Response(new Uint8Array(body as ArrayBuffer), {
    headers: {
      "Content-Type": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      "Content-Disposition": `attachment; filename="london-cerner-go-lives-${overview.asOf}${overview.hindsight ? "-hindsight" : ""}.xlsx"`,
      "Cache-Control": "no-store",
    },
  });
}

function plain(status: number, message: string) {
  return new Response(`${message}\n`, { status, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" } });
}
