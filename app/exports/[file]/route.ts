import { can } from "@/lib/auth/permissions";
import { getActor } from "@/lib/auth/session";
import { todayIso } from "@/lib/domain/dates";
import { findDerivedExport } from "@/lib/exports/derived";
import { derivedCsv, derivedXlsx } from "@/lib/exports/derived-stream";
import { findExport } from "@/lib/exports/registry";
import { unknownKeyErrors } from "@/lib/exports/named-keys";
import { csvStream, exportFileName, xlsxStream } from "@/lib/exports/stream";

export const dynamic = "force-dynamic";

/**
 * `/exports/<name>.csv` and `/exports/<name>.xlsx`: any export in the registries, for the same filters as its page.
 * An export read by one query is streamed as it is read (a download that is cancelled stops the reading); one the
 * rules derive (decision 021) is worked out whole, then written. Both are checked, refused and named alike.
 */
export async function GET(request: Request, { params }: { params: Promise<{ file: string }> }) {
  const { file } = await params;
  const match = /^([a-z-]+)\.(csv|xlsx)$/.exec(file);
  const def = match ? (findDerivedExport(match[1]!) ?? findExport(match[1]!)) : null;
  if (!match || !def) return plain(404, "There is no such export. The list of exports is at /exports.");
  const actor = await getActor();
  if (!actor) return plain(401, "Sign in to download exports.");
  if (!can(actor, def.permission)) {
    return plain(
      403,
      `Your account cannot download this export: it needs the ${def.permission === "audit.export" ? "Admin" : "Analyst"} role. Ask an admin if your work needs it.`,
    );
  }
  const url = new URL(request.url);
  const { filters, errors: wrong } = def.parseFilters(url.searchParams);
  const errors = [...wrong, ...(await unknownKeyErrors(url.searchParams))];
  if (errors.length > 0) return refused(errors);
  const ext = match[2] as "csv" | "xlsx";
  const bom = url.searchParams.get("bom") !== "0";
  let body: BodyInit;
  let fileName: string;
  if ("kind" in def) {
    const { rows, errors: unknown } = await def.rows(actor, filters);
    if (unknown.length > 0) return refused(unknown);
    body = ext === "csv" ? derivedCsv(def, rows, bom) : await derivedXlsx(def, rows);
    fileName = `london-cerner-${def.name}-${def.stamp(filters)}.${ext}`;
  } else {
    body = ext === "csv" ? csvStream(def, filters, { bom, signal: request.signal }) : xlsxStream(def, filters, { signal: request.signal });
    fileName = exportFileName(def, ext, todayIso());
  }
  return new Response(body, {
    headers: {
      "Content-Type": ext === "csv" ? "text/csv; charset=utf-8" : "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      "Content-Disposition": `attachment; filename="${fileName}"`,
      "Cache-Control": "no-store",
      "X-Export-Format-Version": String(def.version),
    },
  });
}

const refused = (errors: readonly string[]) => plain(400, `The export could not be made. ${errors.join(". ")}.`);

function plain(status: number, message: string) {
  return new Response(`${message}\n`, { status, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" } });
}
