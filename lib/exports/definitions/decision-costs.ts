import "server-only";
// What each decision cost (lib/domain/decision-cost.ts), as /board/costs lists it: one row for each go-live a halt,
// withdrawal, postponement or resume held and each charge that moved with it.
import { loadProgrammeCosts } from "../../data/board";
import type { DecisionCost, GoLiveCost, MovedPayment } from "../../domain/decision-cost";
import type { ViewResult } from "../../validation/as-of";
import { datedColumns, derivedColumn, derivedExport, goLiveColumns, lowerOf, sourcesCell, viewColumns, yesNo, type DerivedColumn } from "../derived-columns";
import { exceptionsExport } from "./exceptions";

interface CostRow {
  c: DecisionCost;
  g: GoLiveCost;
  /** null: the record gives no charge for this go-live */
  p: MovedPayment | null;
  view: ViewResult;
}

const column = derivedColumn<CostRow>;
const pence = (n: number | undefined) => (n === undefined ? "" : Math.round(n * 100) / 100);
const EFFECT: Record<DecisionCost["type"], string> = { HOLD: "hold", POSTPONE: "postpone", RELEASE: "release", NONE: "" };

const COST_COLUMNS: DerivedColumn<CostRow>[] = [
  column("decision_key", "text", "The decision, as in the decisions export and its address /decisions/<key>", "halt-2008-10", ({ c }) => c.decision.key),
  column("decision_title", "text", "What was decided", "All Cerner go-lives in London halted", ({ c }) => c.decision.title),
  column(
    "effect",
    "enum",
    "hold (a halt or withdrawal), postpone, or release (a resume: its days and money are counted under the halt it lifted)",
    "hold",
    ({ c }) => EFFECT[c.type],
  ),
  column("effective_from", "date", "The day the decision took effect", "2008-10-31", ({ c }) => c.effectiveFrom),
  ...goLiveColumns<CostRow>(({ g }) => g),
  column("held_from", "date", "The day the hold began", "2008-10-31", ({ g }) => g.from),
  column("held_until", "date", "The day it ended: lifted, went live, or as_of when still in force", "2009-02-11", ({ g }) => g.until),
  column("hold_end", "enum", "lifted, went_live or in_force", "lifted", ({ g }) => lowerOf(g.end)),
  column("days_held", "integer", "Days the decision held the go-live", "103", ({ g }) => g.days),
  column(
    "lifted_by",
    "text",
    "The decision_key of the decision that lifted the hold, when one had by as_of",
    "resume-2009-02",
    ({ g }) => g.liftedBy?.key ?? "",
  ),
  ...datedColumns<CostRow>(
    "plan_at_decision",
    "The latest dated plan known when the decision took effect (first day of its period); empty when there was none",
    "2008-11-01",
    "month",
    ({ g }) => g.planAtDecision,
  ),
  ...datedColumns<CostRow>(
    "moved_to",
    "The go-live on as_of, or the latest dated plan if it was not live (first day of its period); empty when not known",
    "2009-11-30",
    "day",
    ({ g }) => g.movedTo,
  ),
  column("moved_to_went_live", "boolean", "true when moved_to is the go-live itself, false when it is a plan", "true", ({ g }) =>
    g.movedTo ? yesNo(g.movedToIsActual) : "",
  ),
  column(
    "moved_days_min",
    "integer",
    "Days from plan_at_decision to moved_to: the least the dates' precision allows; empty when either is not known",
    "364",
    ({ g }) => g.moved?.min ?? "",
  ),
  column("moved_days_max", "integer", "The most days the dates' precision allows", "394", ({ g }) => g.moved?.max ?? ""),
  column("overdue", "boolean", "true when the plan had passed by as_of with no go-live: the move is at least moved_days_min", "false", ({ g }) =>
    yesNo(g.overdue),
  ),
  column(
    "payment_id",
    "integer",
    "The charge that moved with the go-live, as in the payments export; empty when the record gives no charge for it (not known)",
    "4",
    ({ p }) => p?.payment.id ?? "",
  ),
  column("charge", "enum", "deployment (the one-off charge, moved whole) or service (the monthly charge for the months moved)", "deployment", ({ p }) =>
    lowerOf(p?.type),
  ),
  column("months_moved_min", "decimal", "For a service charge: the fewest months moved", "", ({ p }) => (p?.months ? Math.round(p.months.min * 10) / 10 : "")),
  column("months_moved_max", "decimal", "For a service charge: the most months moved", "", ({ p }) => (p?.months ? Math.round(p.months.max * 10) / 10 : "")),
  column("amount_moved_min", "decimal", "Pounds moved later, the least the dates allow: a plain number (no £ sign or commas)", "4676000", ({ p }) =>
    pence(p?.amount.min),
  ),
  column("amount_moved_max", "decimal", "Pounds moved later, the most the dates allow", "4676000", ({ p }) => pence(p?.amount.max)),
  column(
    "price_basis",
    "text",
    "The prices the charge is in, as the source gives them; amounts in different price bases are not added up",
    "2003-04 prices",
    ({ p }) => p?.payment.priceBasis ?? "",
  ),
  column("decision_certainty", "enum", "confirmed, single_source or uncertain: how sure the record is of the decision", "confirmed", ({ c }) =>
    lowerOf(c.decision.certainty),
  ),
  column(
    "decision_sources",
    "text",
    "Web addresses (or titles) of the decision's sources, separated by spaces (the charge's are in the payments export)",
    "https://www.digitalhealth.net/2008/10/london-cerner-go-lives-halted/",
    ({ c }) => sourcesCell(c.decision.sources),
  ),
  ...viewColumns<CostRow>("The date the costs are worked out on", ({ view }) => view),
];

/** A row per go-live held and charge moved; a go-live with no charge in the record is one row with the charge empty. */
export const costRows = (costs: readonly DecisionCost[], view: ViewResult): CostRow[] =>
  costs.flatMap((c) => c.goLives.flatMap((g): CostRow[] => (g.payments.length ? g.payments.map((p) => ({ c, g, p, view })) : [{ c, g, p: null, view }])));

export const decisionCostsExport = derivedExport<ViewResult, CostRow>({
  name: "decision-costs",
  title: "What each decision cost",
  description:
    "For each halt, withdrawal, postponement and resume in effect by the date: each go-live it held, for how long, how far the go-live then moved, and each charge that moved with it, as /board/costs shows them (as the record stood, or with hindsight: view=hindsight). Money is in pounds in the price basis the source gives.",
  version: 1,
  page: "/board/costs",
  columns: COST_COLUMNS,
  parseFilters: exceptionsExport.parseFilters,
  async read(actor, view) {
    const { costs } = await loadProgrammeCosts(actor, view.view);
    return { rows: costRows(costs, view) };
  },
  stamp: exceptionsExport.stamp,
});
