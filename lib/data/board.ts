import "server-only";
import type { Actor } from "../auth/permissions";
import { programmeCosts, programmeTotals, type PaymentFact } from "../domain/decision-cost";
import { listPayments } from "./lists";
import { loadRolloutFacts } from "./rollout";

/** Payments known by the date, as the cost rules read them. */
export async function loadPaymentFacts(actor: Actor | null, asOf: string): Promise<PaymentFact[]> {
  const payments = await listPayments(actor, { asOf });
  return payments.map((p) => ({ id: p.id, goLiveId: p.goLiveId, kind: p.kind, description: p.description, amount: p.amount, period: p.period, priceBasis: p.priceBasis, sources: p.sources }));
}

/** What each decision cost by the date, and the programme's totals. */
export async function loadProgrammeCosts(actor: Actor | null, asOf: string) {
  const [facts, payments] = await Promise.all([loadRolloutFacts(actor), loadPaymentFacts(actor, asOf)]);
  const costs = programmeCosts(facts, payments, asOf);
  return { facts, payments, costs, totals: programmeTotals(costs) };
}
