import { can } from "@/lib/auth/permissions";
import { getActor } from "@/lib/auth/session";
import { getOverview } from "@/lib/data/overview";
import { goLivesCsv } from "@/lib/domain/go-lives-csv";
import { parseOverviewQuery } from "@/lib/validation/overview";

export const dynamic = "force-dynamic";

/** The overview's table as CSV, for the same asOf and filters as the page. */
export async function GET(request: Request) {
  const actor = await getActor();
  if (!actor) return plain(401, "Sign in to download exports.");
  if (!can(actor, "rollout.export")) return plain(403, "Your account cannot download exports: it needs the Analyst role. Ask an admin if your work needs it.");
  const url = new URL(request.url);
  const query = parseOverviewQuery(Object.fromEntries(url.searchParams));
  const problems = [...(query.asOf.error ? [`asOf: ${query.asOf.error}`] : []), ...(query.asOf.viewError ? [`view: ${query.asOf.viewError}`] : []), ...query.errors.map((e) => `${e.field}: ${e.message}`)];
  if (problems.length > 0) {
    return new Response(`The export could not be made. ${problems.join(". ")}.\n`, {
      status: 400,
      headers: { "Content-Type": "text/plain; charset=utf-8" },
    });
  }
  const overview = await getOverview(actor, query, { allRows: true });
  const csv = goLivesCsv(overview.rows, overview.asOf, { bom: url.searchParams.get("bom") !== "0", hindsight: overview.hindsight });
  return new Response(csv, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="london-cerner-go-lives-${overview.asOf}${overview.hindsight ? "-hindsight" : ""}.csv"`,
      "Cache-Control": "no-store",
    },
  });
}

function plain(status: number, message: string) {
  return new Response(`${message}\n`, { status, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" } });
}
