// The overview's export is derived in memory by the status rules rather than read by one query,
// so it has its own route; its columns are documented here beside the registry's.
import { GO_LIVES_COLUMNS } from "../domain/go-lives-csv";
import type { ColumnDoc } from "./types";

const MEANINGS: Record<(typeof GO_LIVES_COLUMNS)[number], Omit<ColumnDoc, "name">> = {
  trust: { type: "text", meaning: "The trust's name", example: "Kingston Hospital NHS Trust" },
  ods_code: { type: "text", meaning: "The trust's ODS code; empty where the record does not give it", example: "" },
  scope: { type: "text", meaning: "The go-live's phase or scope", example: "Whole trust" },
  configuration: { type: "enum", meaning: "LC0, LC1, NDM (New Delivery Model) or OWN; empty if not known", example: "LC1" },
  status: { type: "enum", meaning: "planned, next_in_line, halted, live, withdrawn or not_known, on as_of", example: "next_in_line" },
  status_reason: { type: "text", meaning: "Why, in words", example: "Held by the halt of October 2008, lifted 11 February 2009; waiting to go live." },
  planned_go_live: { type: "date", meaning: "The latest dated plan known on as_of (first day of its period)", example: "2009-04-01" },
  planned_go_live_precision: { type: "date precision", meaning: "day, month, quarter or year", example: "month" },
  actual_go_live: { type: "date", meaning: "The go-live, if it had happened by as_of (the earliest where sources disagree)", example: "2009-11-30" },
  actual_go_live_precision: { type: "date precision", meaning: "day, month, quarter or year", example: "day" },
  actual_go_live_disputed: { type: "text", meaning: "Where sources disagree, every date they give, joined by \" or \"", example: "2008-06-15 or 2008-06-16" },
  slip_days: { type: "integer", meaning: "Days from the first plan to the go-live (or latest plan): the least the dates' precision allows", example: "365" },
  slip_days_max: { type: "integer", meaning: "The most days of slip the dates' precision allows (equal to slip_days for exact days)", example: "394" },
  certainty: { type: "enum", meaning: "confirmed, single_source or uncertain: the weakest of the facts the row rests on", example: "confirmed" },
  sources: { type: "text", meaning: "Web addresses (or titles) of the sources, separated by spaces", example: "https://www.digitalhealth.net/2009/11/kingston-to-go-live-on-30-november" },
  as_of: { type: "date", meaning: "The date the row describes", example: "2009-02-11" },
  view: { type: "enum", meaning: "as_it_stood (only what was known on as_of; sources published by then) or hindsight (everything known now; view=hindsight in the address)", example: "as_it_stood" },
  reported_later: { type: "date", meaning: "With hindsight: the day the latest fact behind the row became known, when after as_of; empty otherwise", example: "" },
};

export const goLivesExportDoc = {
  name: "go-lives",
  title: "Go-lives (the overview)",
  description: "Each go-live's status on the as-of date, as the overview's table shows it, for the same filters (status, configuration, certainty).",
  version: 2,
  page: "/",
  columns: GO_LIVES_COLUMNS.map((name) => ({ name, ...MEANINGS[name] })),
};
