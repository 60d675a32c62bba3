// The kinds of tolerance the board sets (docs/decisions/020), in their own module so the form can offer them
// without the exception rules (lib/domain/tolerances.ts).
export const TOLERANCE_KINDS = ["SLIP", "DEADLINE", "MONEY"] as const;
export type ToleranceKind = (typeof TOLERANCE_KINDS)[number];
export const TOLERANCE_KIND_LABEL: Record<ToleranceKind, string> = {
  SLIP: "Days of slip against a baseline",
  DEADLINE: "A deadline to be live by",
  MONEY: "Money deferred against a baseline",
};
