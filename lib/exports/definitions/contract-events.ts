import type { ExportDefinition } from "../types";
import { certainFromSql, knownByCondition, knownFromSql, parseRecordFilters } from "../filters";
import { decimal, integer, isoDay, lower, sourcesJoin, text } from "../format";

/** Contract events are not tied to one trust: the date is their only filter. */
export interface ContractEventFilters {
  asOf: string;
  hindsight?: boolean;
}

const KNOWN = knownFromSql({ own: certainFromSql(`e."knownOn"`, `e."knownPrecision"`), joinTable: "_ContractEventToSource", factColumn: "A", factId: "e.id", createdAt: `e."createdAt"` });

const SELECT = `SELECT e.id AS k, c.key AS contract_key, c.name AS contract, sp.name AS supplier, e.kind, e."occurredOn" AS occurred_on, e.precision AS occurred_precision,
  e.description, e.value, e."priceBasis" AS price_basis, e.certainty, e."certaintyNote" AS certainty_note,
  src.sources, ${KNOWN} AS known_from
FROM "ContractEvent" e
JOIN "Contract" c ON c.id = e."contractId"
JOIN "Supplier" sp ON sp.id = c."supplierId"
${sourcesJoin("_ContractEventToSource", "e.id")}`;

/** Awards, exits, terminations, write-offs, renegotiations and valuations, each figure as the record has it. */
export const contractEventsExport: ExportDefinition<ContractEventFilters> = {
  name: "contract-events",
  title: "Contract events",
  description:
    "Each award, exit, termination, write-off, renegotiation and valuation of the contracts, with its value in pounds and the price basis the source gives. Where sources give different figures for one event, each figure is its own row: they are not converted or reconciled.",
  version: 2,
  permission: "rollout.export",
  page: "/contracts",
  order: "asc",
  columns: [
    { name: "event_id", type: "integer", meaning: "The event's id in the record (stable)", example: "4" },
    { name: "contract_key", type: "text", meaning: "The contract's key, as in the contracts export", example: "london-lsp" },
    { name: "contract", type: "text", meaning: "The contract's name", example: "London Local Service Provider" },
    { name: "supplier", type: "text", meaning: "The supplier holding the contract", example: "BT" },
    { name: "kind", type: "enum", meaning: "award, exit, termination, write_off, renegotiation or valuation", example: "write_off" },
    { name: "occurred_on", type: "date", meaning: "When it happened (first day of the period), ISO 8601", example: "2009-01-22" },
    { name: "occurred_on_precision", type: "date precision", meaning: "day, month, quarter or year: how much of occurred_on the record gives", example: "day" },
    { name: "description", type: "text", meaning: "What happened, in the record's words", example: "BT Global Services takes a £340m charge on 15 of its 17 large contracts" },
    { name: "value", type: "decimal", meaning: "Pounds, a plain number (no £ sign or commas); empty when the event has no value", example: "340000000" },
    { name: "price_basis", type: "text", meaning: "The prices the value is in, as the source gives them, e.g. 2004-05 prices; values with different bases are not comparable", example: "as reported (basis not stated)" },
    { name: "certainty", type: "enum", meaning: "confirmed, single_source or uncertain", example: "uncertain" },
    { name: "certainty_note", type: "text", meaning: "Why the record is uncertain, where it is (e.g. other figures for the same event)", example: "The amount is confirmed; the link to London is not" },
    { name: "sources", type: "text", meaning: "Web addresses (or titles) of the event's sources, separated by spaces", example: "https://www.computerweekly.com/news/2240088208/BT-writes-off-340m" },
    { name: "known_from", type: "date", meaning: "The day it became known: its own knowledge date, else its earliest dated source's publication, else the day it was recorded. As it stood (the default), a row is included only from this day; with view=hindsight, from the day it happened", example: "2009-01-31" },
  ],
  parseFilters(params) {
    const { filters, errors } = parseRecordFilters(params);
    return { filters: { asOf: filters.asOf, ...(filters.hindsight ? { hindsight: true } : {}) }, errors };
  },
  query: (filters) => ({ text: `${SELECT} WHERE e."occurredOn" <= $1::date AND ${knownByCondition(KNOWN, "$1", filters.hindsight)}`, values: [filters.asOf] }),
  copySql: () => `${SELECT} ORDER BY e.id`,
  cells: [
    integer("k"), text("contract_key"), text("contract"), text("supplier"), lower("kind"), isoDay("occurred_on"), lower("occurred_precision"),
    text("description"), decimal("value"), text("price_basis"), lower("certainty"), text("certainty_note"), text("sources"), isoDay("known_from"),
  ],
};
