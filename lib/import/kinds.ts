// The kinds of row a spreadsheet can bring in, and their columns: the names are the export's (the plan
// history, the go-lives that happened, the problems), so an export can be filled in and brought back. Columns an export
// has that are worked out by the record (ids, ODS codes, known_from of a plan) are read as "not imported".
import type { Permission } from "../auth/permissions";

export const IMPORT_KINDS = ["replans", "go-lives", "problems"] as const;
export type ImportKind = (typeof IMPORT_KINDS)[number];

export interface ImportColumn {
  name: string;
  required: boolean;
  meaning: string;
}

export interface KindDefinition {
  kind: ImportKind;
  /** "re-plans": for sentences */
  noun: string;
  /** "re-plan" */
  one: string;
  title: string;
  permission: Permission;
  /** the audit trail's name for each row's change: the form's */
  action: string;
  exportName: string;
  columns: ImportColumn[];
  /** columns of the export that are read past, not imported */
  ignored: string[];
}

const TRUST: ImportColumn = {
  name: "trust",
  required: true,
  meaning: "The trust's key as in the dashboard's addresses (kingston) or its full name. An export's trust_slug column is read first where it is given.",
};
const SCOPE: ImportColumn = {
  name: "scope",
  required: false,
  meaning: "The go-live's phase or scope as the record names it (Whole trust). Needed only where the trust has more than one go-live.",
};
const CERTAINTY: ImportColumn = { name: "certainty", required: true, meaning: "confirmed, single_source or uncertain" };
const SOURCES: ImportColumn = {
  name: "sources",
  required: true,
  meaning: "The sources it rests on, each already in the record: its web address or its key, separated by spaces. Add a new source under Sources first.",
};
const PRECISION = (of: string) => ({
  name: `${of}_precision`,
  required: false,
  meaning: `day, month, quarter or year: how much of ${of} the record gives. Left empty, it is read from how ${of} is written (2009-09-30 a day, 2009-09 a month, 2009 a year).`,
});

export const KINDS: Record<ImportKind, KindDefinition> = {
  replans: {
    kind: "replans",
    noun: "re-plans",
    one: "re-plan",
    title: "Re-plans",
    permission: "go-live.replan",
    action: "go-live.replan",
    exportName: "plan-history",
    columns: [
      TRUST,
      SCOPE,
      {
        name: "planned_go_live",
        required: false,
        meaning:
          "The new planned go-live date: 2009-09-30, 2009-09 or 2009 (or 30/09/2009). Empty when the go-live was postponed with no new date: then say so in planned_label.",
      },
      PRECISION("planned_go_live"),
      {
        name: "planned_label",
        required: false,
        meaning: "The record's own words for the date (April 2009 at the earliest); needed when there is no planned_go_live.",
      },
      {
        name: "announced_on",
        required: false,
        meaning: "When the plan was announced. Left empty, the plan counts as known from its first source's publication, else from today.",
      },
      PRECISION("announced_on"),
      { name: "reason", required: true, meaning: "Why the plan was made or changed." },
      { name: "made_by", required: false, meaning: "Who made the plan, as the source names them. Empty: not known." },
      { name: "made_by_kind", required: false, meaning: "supplier, trust or programme: needed with made_by." },
      CERTAINTY,
      SOURCES,
    ],
    ignored: ["plan_id", "ods_code", "trust_slug", "configuration", "plan_number", "certainty_note", "known_from"],
  },
  "go-lives": {
    kind: "go-lives",
    noun: "go-lives",
    one: "go-live",
    title: "Go-lives that happened",
    permission: "go-live.record-actual",
    action: "go-live.record-actual",
    exportName: "go-live-actuals",
    columns: [
      TRUST,
      SCOPE,
      { name: "went_live_on", required: true, meaning: "When it went live: 2009-11-30, 2009-11 or 2009 (or 30/11/2009). Today or earlier." },
      PRECISION("went_live_on"),
      { name: "note", required: false, meaning: "What the record says of it." },
      { name: "override_reason", required: false, meaning: "Why it went live while a halt covered the trust: needed when one did." },
      { name: "known_from", required: false, meaning: "When it became known. Left empty: its first source's publication, else today." },
      PRECISION("known_from"),
      CERTAINTY,
      SOURCES,
    ],
    ignored: ["actual_id", "ods_code", "trust_slug", "go_live_id", "corrects_actual_id", "superseded_by_actual_id", "superseded_on", "certainty_note"],
  },
  problems: {
    kind: "problems",
    noun: "problems",
    one: "problem",
    title: "Problems",
    permission: "problem.record",
    action: "problem.record",
    exportName: "problems",
    columns: [
      TRUST,
      {
        name: "go_live_scope",
        required: false,
        meaning: "The go-live the problem followed, by its phase or scope (Whole trust). Empty: the trust as a whole.",
      },
      { name: "reported_on", required: true, meaning: "When it was reported: 2008-10-06, 2008-10 or 2008 (or 06/10/2008). Today or earlier." },
      PRECISION("reported_on"),
      { name: "description", required: true, meaning: "What went wrong, in the record's words." },
      CERTAINTY,
      SOURCES,
    ],
    ignored: ["problem_id", "ods_code", "trust_slug", "certainty_note", "known_from"],
  },
};

export function isImportKind(value: unknown): value is ImportKind {
  return typeof value === "string" && (IMPORT_KINDS as readonly string[]).includes(value);
}

/** A header cell as a column name: "Planned go-live" and "planned_go_live" are the same column. */
export function columnName(header: string): string {
  return header
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, "_");
}

/** "1 re-plan", "2,000 re-plans" */
export function countOf(definition: Pick<KindDefinition, "noun" | "one">, count: number): string {
  return `${count.toLocaleString("en-GB")} ${count === 1 ? definition.one : definition.noun}`;
}
