import type { ExportDefinition } from "../types";
import { certainFromSql, knownByCondition, knownFromSql, parseRecordFilters, type RecordFilters } from "../filters";
import { decimal, integer, isoDay, lower, sourcesJoin, text } from "../format";

const KNOWN = knownFromSql({ own: certainFromSql(`p."knownOn"`, `p."knownPrecision"`), joinTable: "_PaymentToSource", factColumn: "A", factId: "p.id", createdAt: `p."createdAt"` });

// A payment names its trust, or its go-live (whose trust it is), or neither (a contract-wide figure).
const SELECT = `SELECT p.id AS k, COALESCE(t.name, gt.name) AS trust, COALESCE(t."odsCode", gt."odsCode") AS ods_code, g.scope AS go_live_scope,
  c.key AS contract_key, p.kind, p.description, p.amount, p.period, p."priceBasis" AS price_basis, p."asAt" AS as_at, p."asAtPrecision" AS as_at_precision,
  p.certainty, p."certaintyNote" AS certainty_note,
  src.sources, ${KNOWN} AS known_from
FROM "Payment" p
LEFT JOIN "Trust" t ON t.id = p."trustId"
LEFT JOIN "GoLive" g ON g.id = p."goLiveId"
LEFT JOIN "Trust" gt ON gt.id = g."trustId"
LEFT JOIN "Contract" c ON c.id = p."contractId"
${sourcesJoin("_PaymentToSource", "p.id")}`;

/** Deployment and service charges and the amounts earned, each with its price basis. */
export const paymentsExport: ExportDefinition<RecordFilters> = {
  name: "payments",
  title: "Payments",
  description:
    "Deployment charges, service charges and amounts earned under the contracts, each in pounds with its period and the price basis the source gives. A payment with no 'as at' date is included at every date.",
  version: 2,
  permission: "rollout.export",
  page: "/payments",
  order: "asc",
  columns: [
    { name: "payment_id", type: "integer", meaning: "The payment's id in the record (stable)", example: "1" },
    { name: "trust", type: "text", meaning: "The trust the payment is tied to (directly or through its go-live); empty for contract-wide figures", example: "Royal Free Hampstead NHS Trust" },
    { name: "ods_code", type: "text", meaning: "The trust's ODS code; empty where the record does not give it", example: "" },
    { name: "go_live_scope", type: "text", meaning: "The go-live the payment is for, by its phase or scope; empty when not tied to one", example: "Whole trust" },
    { name: "contract_key", type: "text", meaning: "The contract it is paid under, as in the contracts export", example: "london-lsp" },
    { name: "kind", type: "enum", meaning: "deployment_charge, service_charge or earned_to_date", example: "deployment_charge" },
    { name: "description", type: "text", meaning: "What the payment is, in the record's words", example: "One-off deployment charge, due to BT once the trust accepts the deployment" },
    { name: "amount", type: "decimal", meaning: "Pounds, a plain number (no £ sign or commas)", example: "4676000" },
    { name: "period", type: "text", meaning: "What the amount is for, e.g. one-off or a month; empty when not known", example: "one-off" },
    { name: "price_basis", type: "text", meaning: "The prices the amount is in, as the source gives them; empty when not known", example: "2003-04 prices" },
    { name: "as_at", type: "date", meaning: "The date the figure was given for (first day of the period), ISO 8601; empty when not known", example: "2009-02-27" },
    { name: "as_at_precision", type: "date precision", meaning: "Precision of as_at", example: "day" },
    { name: "certainty", type: "enum", meaning: "confirmed, single_source or uncertain", example: "confirmed" },
    { name: "certainty_note", type: "text", meaning: "Why the record is uncertain, where it is", example: "" },
    { name: "sources", type: "text", meaning: "Web addresses (or titles) of the payment's sources, separated by spaces", example: "https://hansard.parliament.uk/" },
    { name: "known_from", type: "date", meaning: "The day it became known: its own knowledge date, else its earliest dated source's publication, else the day it was recorded. As it stood (the default), a row is included only from this day; with view=hindsight, from the day it happened", example: "2009-02-27" },
  ],
  parseFilters: parseRecordFilters,
  query(filters) {
    const values: unknown[] = [filters.asOf];
    let where = `WHERE (p."asAt" IS NULL OR p."asAt" <= $1::date) AND ${knownByCondition(KNOWN, "$1", filters.hindsight)}`;
    if (filters.trust) {
      values.push(filters.trust);
      where += ` AND (t.slug = $${values.length} OR gt.slug = $${values.length})`;
    }
    return { text: `${SELECT} ${where}`, values };
  },
  copySql: () => `${SELECT} ORDER BY p.id`,
  cells: [
    integer("k"), text("trust"), text("ods_code"), text("go_live_scope"), text("contract_key"), lower("kind"), text("description"), decimal("amount"),
    text("period"), text("price_basis"), isoDay("as_at"), lower("as_at_precision"), lower("certainty"), text("certainty_note"), text("sources"), isoDay("known_from"),
  ],
};
