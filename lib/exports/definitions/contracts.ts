import { sqlExport } from "../types";
import { factKnownFromSql, knownByCondition, parseDateFilters, type DateFilters } from "../filters";
import { CONTRACT_COLUMNS, CONTRACT_SELECT, SOURCED_COLUMNS, SUPPLIER_JOIN, col, idColumn, sourcedSelect } from "../columns";
import { sourcesJoin } from "../format";

/** Contracts have no date of their own: every contract is listed, with the events known by the date counted. */
export type ContractFilters = DateFilters;

const EVENT_KNOWN = factKnownFromSql("e", "_ContractEventToSource");

/** `asOf`: the SQL for the date by which the contract's events are counted. */
const select = (asOf: string, hindsight = false) => `SELECT c.id AS k, c.key, ${CONTRACT_SELECT}, c.region,
  (SELECT count(*) FROM "ContractEvent" e WHERE e."contractId" = c.id AND e."occurredOn" <= ${asOf}::date AND ${knownByCondition(EVENT_KNOWN, asOf, hindsight)}) AS events,
  ${sourcedSelect("c")}
FROM "Contract" c
${SUPPLIER_JOIN}
${sourcesJoin("_ContractToSource", "c.id")}`;

/** The Local Service Provider contracts. Their money is in the contract events export. */
export const contractsExport = sqlExport<ContractFilters>({
  name: "contracts",
  title: "Contracts",
  description:
    "The Local Service Provider contracts in the record, with their supplier and region, how many of their events (awards, write-offs, renegotiations) were known by the date, and their sources. The figures themselves are in the contract events export.",
  version: 1,
  page: "/contracts",
  columns: [
    idColumn("contract_id", "The contract", "1"),
    col.text("contract_key", "The contract's key, as in the contract events export", "london-lsp", "key"),
    ...CONTRACT_COLUMNS,
    col.text("region", "The region the contract covers", "London"),
    col.integer("events", "How many of the contract's events had occurred by the date (first day of their period)", "7"),
    ...SOURCED_COLUMNS,
  ],
  parseFilters: parseDateFilters,
  query: (filters) => ({ text: select("$1", filters.hindsight), values: [filters.asOf] }),
  copySql: () => `${select("CURRENT_DATE")} ORDER BY c.id`,
});
