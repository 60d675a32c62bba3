// When a payment tied to a deployment falls due: BT's one-off deployment charge, and the monthly
// service charge after it, are due once the trust certifies the deployment as fit for purpose. Pure.
import { certainFrom, type PartialDate } from "./dates";
import { isKnownOn, type Knowable } from "./knowledge";

export type PaymentKind = "DEPLOYMENT_CHARGE" | "SERVICE_CHARGE" | "EARNED_TO_DATE";

export interface AcceptanceOn extends Knowable {
  goLiveId: number;
  accepted: PartialDate;
}

export type PaymentDue =
  /** the trust accepted the deployment by the date: due from that acceptance */
  | { state: "due"; from: PartialDate }
  /** not accepted by the date: not yet due */
  | { state: "awaiting-acceptance" }
  /** an amount already earned, or a payment the record ties to no deployment */
  | { state: "not-tied" };

/**
 * Whether a payment is due on a date. A payment tied to a go-live waits for that go-live's
 * acceptance; one tied only to the trust waits for the trust's first acceptance. An acceptance
 * counts once it is certainly past (a month-only acceptance from the end of its month).
 */
export function paymentDueOn(payment: { kind: PaymentKind; goLiveId: number | null }, acceptances: readonly AcceptanceOn[], asOf: string): PaymentDue {
  if (payment.kind === "EARNED_TO_DATE") return { state: "not-tied" };
  const relevant = acceptances
    .filter((a) => payment.goLiveId === null || a.goLiveId === payment.goLiveId)
    .filter((a) => certainFrom(a.accepted) <= asOf && isKnownOn(a, asOf))
    .sort((a, b) => certainFrom(a.accepted).localeCompare(certainFrom(b.accepted)));
  return relevant[0] ? { state: "due", from: relevant[0].accepted } : { state: "awaiting-acceptance" };
}
