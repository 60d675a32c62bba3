import { parseDateFilters, type DateFilters } from "../filters";
import { CONTRACT_COLUMNS, CONTRACT_SELECT, SUPPLIER_JOIN, col, dated } from "../columns";
import { recordExport } from "../record-export";

/** Contract events are not tied to one trust: the date is their only filter. */
export type ContractEventFilters = DateFilters;

/** Awards, exits, terminations, write-offs, renegotiations and valuations, each figure as the record has it. */
export const contractEventsExport = recordExport<ContractEventFilters>({
  name: "contract-events",
  title: "Contract events",
  description:
    "Each award, exit, termination, write-off, renegotiation and valuation of the contracts, with its value in pounds and the price basis the source gives. Where sources give different figures for one event, each figure is its own row: they are not converted or reconciled.",
  version: 2,
  page: "/contracts",
  from: { table: "ContractEvent", alias: "e", sourcesTable: "_ContractEventToSource" },
  joins: `JOIN "Contract" c ON c.id = e."contractId"
${SUPPLIER_JOIN}`,
  id: ["event_id", "The event", "4"],
  columns: [
    col.text("contract_key", "The contract's key, as in the contracts export", "london-lsp"),
    ...CONTRACT_COLUMNS,
    col.enum("kind", "award, exit, termination, write_off, renegotiation or valuation", "write_off"),
    ...dated("occurred_on", "When it happened (first day of the period), ISO 8601", "2009-01-22", "day"),
    col.text("description", "What happened, in the record's words", "BT Global Services takes a £340m charge on 15 of its 17 large contracts"),
    col.decimal("value", "Pounds, a plain number (no £ sign or commas); empty when the event has no value", "340000000"),
    col.text(
      "price_basis",
      "The prices the value is in, as the source gives them, e.g. 2004-05 prices; values with different bases are not comparable",
      "as reported (basis not stated)",
    ),
  ],
  select: `c.key AS contract_key, ${CONTRACT_SELECT}, e.kind, e."occurredOn" AS occurred_on, e.precision AS occurred_on_precision,
  e.description, e.value, e."priceBasis" AS price_basis`,
  parseFilters: parseDateFilters,
  happened: `e."occurredOn" <= $1::date`,
});
