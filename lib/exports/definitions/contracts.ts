import type { ExportDefinition } from "../types";
import { certainFromSql, knownByCondition, knownFromSql, parseRecordFilters } from "../filters";
import { integer, lower, sourcesJoin, text } from "../format";

/** Contracts have no date of their own: every contract is listed, with the events known by the date counted. */
export interface ContractFilters {
  asOf: string;
  hindsight?: boolean;
}

const EVENT_KNOWN = knownFromSql({ own: certainFromSql(`e."knownOn"`, `e."knownPrecision"`), joinTable: "_ContractEventToSource", factColumn: "A", factId: "e.id", createdAt: `e."createdAt"` });

/** `asOf`: the SQL for the date by which the contract's events are counted. */
const select = (asOf: string, hindsight = false) => `SELECT c.id AS k, c.key, c.name AS contract, sp.name AS supplier, c.region,
  (SELECT count(*) FROM "ContractEvent" e WHERE e."contractId" = c.id AND e."occurredOn" <= ${asOf}::date AND ${knownByCondition(EVENT_KNOWN, asOf, hindsight)}) AS events,
  c.certainty, c."certaintyNote" AS certainty_note,
  src.sources
FROM "Contract" c
JOIN "Supplier" sp ON sp.id = c."supplierId"
${sourcesJoin("_ContractToSource", "c.id")}`;

/** The Local Service Provider contracts. Their money is in the contract events export. */
export const contractsExport: ExportDefinition<ContractFilters> = {
  name: "contracts",
  title: "Contracts",
  description:
    "The Local Service Provider contracts in the record, with their supplier and region, how many of their events (awards, write-offs, renegotiations) were known by the date, and their sources. The figures themselves are in the contract events export.",
  version: 1,
  permission: "rollout.export",
  page: "/contracts",
  order: "asc",
  columns: [
    { name: "contract_id", type: "integer", meaning: "The contract's id in the record (stable)", example: "1" },
    { name: "contract_key", type: "text", meaning: "The contract's key, as in the contract events export", example: "london-lsp" },
    { name: "contract", type: "text", meaning: "The contract's name", example: "London Local Service Provider" },
    { name: "supplier", type: "text", meaning: "The supplier holding the contract", example: "BT" },
    { name: "region", type: "text", meaning: "The region the contract covers", example: "London" },
    { name: "events", type: "integer", meaning: "How many of the contract's events had occurred by the date (first day of their period)", example: "7" },
    { name: "certainty", type: "enum", meaning: "confirmed, single_source or uncertain", example: "confirmed" },
    { name: "certainty_note", type: "text", meaning: "Why the record is uncertain, where it is", example: "" },
    { name: "sources", type: "text", meaning: "Web addresses (or titles) of the contract's sources, separated by spaces", example: "https://www.nao.org.uk/reports/the-national-programme-for-it-in-the-nhs-an-update-on-the-delivery-of-detailed-care-records-systems/" },
  ],
  parseFilters(params) {
    const { filters, errors } = parseRecordFilters(params);
    return { filters: { asOf: filters.asOf, ...(filters.hindsight ? { hindsight: true } : {}) }, errors };
  },
  query: (filters) => ({ text: select("$1", filters.hindsight), values: [filters.asOf] }),
  copySql: () => `${select("CURRENT_DATE")} ORDER BY c.id`,
  cells: [
    integer("k"), text("key"), text("contract"), text("supplier"), text("region"), integer("events"), lower("certainty"), text("certainty_note"), text("sources"),
  ],
};
