import { can } from "@/lib/auth/permissions";
import { getActor } from "@/lib/auth/session";
import { exportAuditEvents } from "@/lib/data/audit";
import { toCsv } from "@/lib/domain/csv";
import { todayIso } from "@/lib/domain/dates";
import { parseAuditQuery } from "@/lib/validation/audit";

export const dynamic = "force-dynamic";

const COLUMNS = ["occurred_at", "actor", "action", "entity", "entity_id", "outcome", "before", "after"] as const;

const jsonText = (value: unknown) => (value === null || value === undefined ? "" : JSON.stringify(value));

/** The audit trail as CSV, for the same filters as the admin page (every page of it). */
export async function GET(request: Request) {
  const actor = await getActor();
  if (!actor) return plain(401, "Sign in to download exports.");
  if (!can(actor, "audit.export")) return plain(403, "Your account cannot download the audit trail: it needs the Admin role. Ask an admin if your work needs it.");
  const url = new URL(request.url);
  const query = parseAuditQuery(Object.fromEntries(url.searchParams));
  const problems = query.errors.filter((e) => e.field !== "page");
  if (problems.length > 0) return plain(400, `The export could not be made. ${problems.map((e) => `${e.field}: ${e.message}`).join(". ")}.`);
  const entries = await exportAuditEvents(actor, query.filters);
  const csv = toCsv(
    COLUMNS,
    entries.map((e) => [e.occurredAt, e.actor, e.action, e.entity, e.entityId, e.outcome, jsonText(e.before), jsonText(e.after)]),
    { bom: url.searchParams.get("bom") !== "0" },
  );
  return new Response(csv, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="london-cerner-audit-trail-${todayIso()}.csv"`,
      "Cache-Control": "no-store",
    },
  });
}

function plain(status: number, message: string) {
  return new Response(`${message}\n`, { status, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" } });
}
