import { sqlExport } from "../types";
import { certainFromSql, parseDateFilters, type DateFilters } from "../filters";
import { col, dated, idColumn } from "../columns";

/** Sources are not tied to one trust: the date is their only filter. */
export type SourceFilters = DateFilters;

// The facts each source supports, as the sources page counts them.
const FACT_TABLES = [
  "_GoLiveToSource",
  "_GoLivePlanToSource",
  "_GoLiveActualToSource",
  "_DecisionToSource",
  "_ProblemToSource",
  "_AcceptanceToSource",
  "_PaymentToSource",
  "_ContractToSource",
  "_ContractEventToSource",
];
const FACTS = [
  `(SELECT count(*) FROM "_SourceToTrust" j WHERE j."A" = s.id)`,
  ...FACT_TABLES.map((table) => `(SELECT count(*) FROM "${table}" j WHERE j."B" = s.id)`),
].join(" + ");

const SELECT = `SELECT s.id AS k, s.key, s.title, s.publisher, s."publishedOn" AS published_on, s."publishedPrecision" AS published_on_precision, s.url,
  ${FACTS} AS facts
FROM "Source" s`;

/** Every source the record cites, with how many facts rest on it. */
export const sourcesExport = sqlExport<SourceFilters>({
  name: "sources",
  // not "Sources": every workbook has a second sheet of that name
  title: "Sources cited",
  description:
    "Every source the record cites, with its publisher, publication date, web address and the number of facts that rest on it. A source with no publication date is included at every date.",
  version: 2,
  page: "/sources",
  columns: [
    idColumn("source_id", "The source", "12"),
    col.text("source_key", "The source's key in the record", "cw-bt-writes-off-340m", "key"),
    col.text("title", "The source's title", "BT writes off £340m"),
    col.text("publisher", "Who published it", "Computer Weekly"),
    ...dated("published_on", "When it was published (first day of the period), ISO 8601; empty when not known", "2009-01-22", "day"),
    col.text("url", "The web address; empty where the record names none", "https://www.computerweekly.com/news/2240088208/BT-writes-off-340m"),
    col.integer(
      "facts",
      "How many facts in the record cite it (trusts, go-lives, plans, actual go-lives, decisions, problems, acceptances, payments, contracts, contract events)",
      "3",
    ),
  ],
  parseFilters: parseDateFilters,
  // As it stood, the sources certainly published by the date (lib/domain/knowledge.ts isPublishedBy); with hindsight, all.
  query: (filters) => ({
    text: `${SELECT} WHERE ${filters.hindsight ? "TRUE" : `(s."publishedOn" IS NULL OR ${certainFromSql(`s."publishedOn"`, `s."publishedPrecision"`)} <= $1::date)`} AND $1::date IS NOT NULL`,
    values: [filters.asOf],
  }),
  copySql: () => `${SELECT} ORDER BY s.id`,
});
