import { sqlExport } from "../types";
import { factKnownFromSql, parseRecordFilters, recordWhere, type RecordFilters } from "../filters";
import { ODS_CODE, PROVENANCE_COLUMNS, col, dated, idColumn, provenanceSelect } from "../columns";
import { sourcesJoin } from "../format";

const KNOWN = factKnownFromSql("p", "_PaymentToSource");

// A payment names its trust, or its go-live (whose trust it is), or neither (a contract-wide figure).
const SELECT = `SELECT p.id AS k, COALESCE(t.name, gt.name) AS trust, COALESCE(t."odsCode", gt."odsCode") AS ods_code, g.scope AS go_live_scope,
  c.key AS contract_key, p.kind, p.description, p.amount, p.period, p."priceBasis" AS price_basis, p."asAt" AS as_at, p."asAtPrecision" AS as_at_precision,
  ${provenanceSelect("p", KNOWN)}
FROM "Payment" p
LEFT JOIN "Trust" t ON t.id = p."trustId"
LEFT JOIN "GoLive" g ON g.id = p."goLiveId"
LEFT JOIN "Trust" gt ON gt.id = g."trustId"
LEFT JOIN "Contract" c ON c.id = p."contractId"
${sourcesJoin("_PaymentToSource", "p.id")}`;

/** Deployment and service charges and the amounts earned, each with its price basis. */
export const paymentsExport = sqlExport<RecordFilters>({
  name: "payments",
  title: "Payments",
  description:
    "Deployment charges, service charges and amounts earned under the contracts, each in pounds with its period and the price basis the source gives. A payment with no 'as at' date is included at every date.",
  version: 2,
  page: "/payments",
  columns: [
    idColumn("payment_id", "The payment", "1"),
    col.text("trust", "The trust the payment is tied to (directly or through its go-live); empty for contract-wide figures", "Royal Free Hampstead NHS Trust"),
    ODS_CODE,
    col.text("go_live_scope", "The go-live the payment is for, by its phase or scope; empty when not tied to one", "Whole trust"),
    col.text("contract_key", "The contract it is paid under, as in the contracts export", "london-lsp"),
    col.enum("kind", "deployment_charge, service_charge or earned_to_date", "deployment_charge"),
    col.text("description", "What the payment is, in the record's words", "One-off deployment charge, due to BT once the trust accepts the deployment"),
    col.decimal("amount", "Pounds, a plain number (no £ sign or commas)", "4676000"),
    col.text("period", "What the amount is for, e.g. one-off or a month; empty when not known", "one-off"),
    col.text("price_basis", "The prices the amount is in, as the source gives them; empty when not known", "2003-04 prices"),
    ...dated("as_at", "The date the figure was given for (first day of the period), ISO 8601; empty when not known", "2009-02-27", "day"),
    ...PROVENANCE_COLUMNS,
  ],
  parseFilters: parseRecordFilters,
  query(filters) {
    const { where, values } = recordWhere(filters, `(p."asAt" IS NULL OR p."asAt" <= $1::date)`, KNOWN, (slug) => `(t.slug = ${slug} OR gt.slug = ${slug})`);
    return { text: `${SELECT} ${where}`, values };
  },
  copySql: () => `${SELECT} ORDER BY p.id`,
});
