import { can } from "@/lib/auth/permissions";
import { getActor } from "@/lib/auth/session";
import { todayIso } from "@/lib/domain/dates";
import { findDerivedExport, type DerivedExport } from "@/lib/exports/derived";
import { derivedCsv, derivedXlsx } from "@/lib/exports/derived-stream";
import { findExport } from "@/lib/exports/registry";
import { unknownKeyErrors } from "@/lib/exports/named-keys";
import { csvStream, exportFileName, xlsxStream } from "@/lib/exports/stream";

export const dynamic = "force-dynamic";

/**
 * `/exports/<name>.csv` and `/exports/<name>.xlsx`: any export in the registry, for the same filters
 * as its page, streamed as it is read. A download that is cancelled stops the reading.
 */
export async function GET(request: Request, { params }: { params: Promise<{ file: string }> }) {
  const { file } = await params;
  const match = /^([a-z-]+)\.(csv|xlsx)$/.exec(file);
  const derived = match ? findDerivedExport(match[1]!) : null;
  if (match && derived) return derivedResponse(request, derived, match[2] as "csv" | "xlsx");
  const def = match ? findExport(match[1]!) : null;
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
  if (errors.length > 0) return plain(400, `The export could not be made. ${errors.join(". ")}.`);
  const ext = match[2] as "csv" | "xlsx";
  const body =
    ext === "csv"
      ? csvStream(def, filters, { bom: url.searchParams.get("bom") !== "0", signal: request.signal })
      : xlsxStream(def, filters, { signal: request.signal });
  return new Response(body, {
    headers: {
      "Content-Type": ext === "csv" ? "text/csv; charset=utf-8" : "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      "Content-Disposition": `attachment; filename="${exportFileName(def, ext, todayIso())}"`,
      "Cache-Control": "no-store",
      "X-Export-Format-Version": String(def.version),
    },
  });
}

/** A derived export (decision 021): the same checks, headers and file names as the rest. */
async function derivedResponse(request: Request, def: DerivedExport, ext: "csv" | "xlsx"): Promise<Response> {
  const actor = await getActor();
  if (!actor) return plain(401, "Sign in to download exports.");
  if (!can(actor, def.permission))
    return plain(403, "Your account cannot download this export: it needs the Analyst role. Ask an admin if your work needs it.");
  const url = new URL(request.url);
  const { filters, errors: wrong } = def.parseFilters(url.searchParams);
  const errors = [...wrong, ...(await unknownKeyErrors(url.searchParams))];
  if (errors.length > 0) return plain(400, `The export could not be made. ${errors.join(". ")}.`);
  const { rows, errors: refused } = await def.rows(actor, filters);
  if (refused.length > 0) return plain(400, `The export could not be made. ${refused.join(". ")}.`);
  const body = ext === "csv" ? derivedCsv(def, rows, url.searchParams.get("bom") !== "0") : await derivedXlsx(def, rows);
  return new Response(body, {
    headers: {
      "Content-Type": ext === "csv" ? "text/csv; charset=utf-8" : "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      "Content-Disposition": `attachment; filename="london-cerner-${def.name}-${def.stamp(filters)}.${ext}"`,
      "Cache-Control": "no-store",
      "X-Export-Format-Version": String(def.version),
    },
  });
}

function plain(status: number, message: string) {
  return new Response(`${message}\n`, { status, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" } });
}
