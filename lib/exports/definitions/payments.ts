import { parseRecordFilters, type RecordFilters } from "../filters";
import { ODS_CODE, col, dated } from "../columns";
import { recordExport } from "../record-export";

/** Deployment and service charges and the amounts earned, each with its price basis. */
export const paymentsExport = recordExport<RecordFilters>({
  name: "payments",
  title: "Payments",
  description:
    "Deployment charges, service charges and amounts earned under the contracts, each in pounds with its period and the price basis the source gives. A payment with no 'as at' date is included at every date.",
  version: 2,
  page: "/payments",
  // A payment names its trust, or its go-live (whose trust it is), or neither (a contract-wide figure).
  from: { table: "Payment", alias: "p", sourcesTable: "_PaymentToSource" },
  joins: `LEFT JOIN "Trust" t ON t.id = p."trustId"
LEFT JOIN "GoLive" g ON g.id = p."goLiveId"
LEFT JOIN "Trust" gt ON gt.id = g."trustId"
LEFT JOIN "Contract" c ON c.id = p."contractId"`,
  id: ["payment_id", "The payment", "1"],
  columns: [
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
  ],
  select: `COALESCE(t.name, gt.name) AS trust, COALESCE(t."odsCode", gt."odsCode") AS ods_code, g.scope AS go_live_scope,
  c.key AS contract_key, p.kind, p.description, p.amount, p.period, p."priceBasis" AS price_basis, p."asAt" AS as_at, p."asAtPrecision" AS as_at_precision`,
  parseFilters: parseRecordFilters,
  happened: `(p."asAt" IS NULL OR p."asAt" <= $1::date)`,
  atTrust: (slug) => `(t.slug = ${slug} OR gt.slug = ${slug})`,
});
