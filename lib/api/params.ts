// The query parameters each /api/v1 collection takes, as zod schemas: the OpenAPI document is generated
// from them, and a request is checked against them before the collection's own parser (the same rules as its
// page and export) reads the values. So a parameter the collection does not take, or one given twice, is a
// message rather than silently ignored.
import { z } from "zod";
import { TREND_INTERVALS } from "../domain/milestone-trends";
import { STATUSES, type Status } from "../domain/status";
import { CERTAINTIES } from "../domain/certainty";
import { DECISION_KIND_SLUGS } from "../exports/definitions/decisions";
import { MAKER_SLUGS, OUTCOME_SLUGS } from "../validation/promises";
import { AUDIT_OUTCOMES } from "../validation/audit";
import { CONFLICT_STATUS_FILTERS } from "../validation/conflicts";

const slug = (s: string) => s.toLowerCase().replace(/_/g, "-");

export interface ParamDoc {
  name: string;
  schema: z.ZodType;
  /** may be given more than once (trends' trusts) */
  repeatable?: boolean;
}

const asOf = z.string().meta({
  description: "The day to read the record on, YYYY-MM-DD (today when left out). As it stood, only facts known by that day are included.",
  example: "2009-02-11",
});
const view = z.enum(["as-it-stood", "hindsight"]).meta({
  description: "as-it-stood (the default): what was known on asOf; hindsight: everything known now about that day.",
  example: "hindsight",
});
const trust = z.string().meta({ description: "One trust, by its slug (the trusts collection's slug)", example: "kingston" });

export const PAGING: ParamDoc[] = [
  { name: "limit", schema: z.string().meta({ description: "Rows per page, 1 to 1000 (100 when left out)", example: "100" }) },
  { name: "cursor", schema: z.string().meta({ description: "The next page: the cursor from the previous page's links.next, as it is" }) },
];

export const AS_OF: ParamDoc = { name: "asOf", schema: asOf };
export const VIEW: ParamDoc = { name: "view", schema: view };
export const TRUST: ParamDoc = { name: "trust", schema: trust };

export const RECORD_PARAMS = [AS_OF, VIEW, TRUST];
export const DATED_PARAMS = [AS_OF, VIEW];

export const DECISION_PARAMS = [...RECORD_PARAMS, { name: "kind", schema: z.enum(DECISION_KIND_SLUGS).meta({ description: "One kind of decision" }) }];

export const CONFLICT_PARAMS: ParamDoc[] = [
  AS_OF,
  VIEW,
  { name: "status", schema: z.enum(CONFLICT_STATUS_FILTERS).meta({ description: "open (the default), resolved or all" }) },
];

export const BASELINE_PARAMS: ParamDoc[] = [
  { name: "baseline", schema: z.string().meta({ description: "One baseline, by its key (the baseline_key column)", example: "before-october-2008-halt" }) },
];

export const COMPARISON_PARAMS: ParamDoc[] = [
  ...BASELINE_PARAMS,
  {
    name: "on",
    schema: z.string().meta({ description: "Or the record on this day, YYYY-MM-DD, as the baseline (give baseline or on)", example: "2008-10-30" }),
  },
  AS_OF,
  VIEW,
];

export const OVERVIEW_PARAMS: ParamDoc[] = [
  AS_OF,
  VIEW,
  {
    name: "status",
    schema: z.enum(STATUSES.map((s: Status) => slug(s)) as [string, ...string[]]).meta({ description: "Only go-lives with this status on asOf" }),
  },
  { name: "configuration", schema: z.string().meta({ description: "Only go-lives on this London Configuration", example: "LC1" }) },
  { name: "certainty", schema: z.enum(CERTAINTIES.map(slug) as [string, ...string[]]).meta({ description: "Only rows of this certainty" }) },
];

export const TRENDS_PARAMS: ParamDoc[] = [
  { name: "asOf", schema: asOf.meta({ description: "The last reporting date (today when left out)", example: "2010-06-01" }) },
  { name: "interval", schema: z.enum(TREND_INTERVALS).meta({ description: "The reporting interval: quarter (the default), month, or each board meeting" }) },
  {
    name: "trust",
    schema: trust.meta({
      description: "A trust to draw, by its slug; give it more than once for several (the go-lives re-planned since the last pack when left out)",
      example: "kingston",
    }),
    repeatable: true,
  },
];

export const PROMISES_PARAMS: ParamDoc[] = [
  AS_OF,
  TRUST,
  { name: "maker", schema: z.enum(Object.keys(MAKER_SLUGS) as [string, ...string[]]).meta({ description: "Who made the promises" }) },
  { name: "outcome", schema: z.enum(Object.keys(OUTCOME_SLUGS) as [string, ...string[]]).meta({ description: "What became of them by asOf" }) },
];

export const AUDIT_PARAMS: ParamDoc[] = [
  { name: "actor", schema: z.string().meta({ description: "Part of the email address of who made the change, any case", example: "manager@" }) },
  { name: "action", schema: z.string().meta({ description: "One action, e.g. go-live.replan", example: "go-live.replan" }) },
  { name: "entity", schema: z.string().meta({ description: "One kind of record, e.g. GoLive", example: "GoLive" }) },
  {
    name: "outcome",
    schema: z
      .enum(AUDIT_OUTCOMES.map((o) => o.toLowerCase()) as [string, ...string[]])
      .meta({ description: "applied, or conflict (refused because someone else had changed the record)" }),
  },
  { name: "from", schema: z.string().meta({ description: "From this day, London time, YYYY-MM-DD", example: "2026-11-01" }) },
  { name: "to", schema: z.string().meta({ description: "To this day, London time, YYYY-MM-DD", example: "2026-11-30" }) },
];
