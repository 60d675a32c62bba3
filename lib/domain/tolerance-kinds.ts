// The kinds of tolerance the board sets (docs/decisions/020), in their own module so the form can offer them
// without the exception rules (lib/domain/tolerances.ts).
import { labelled } from "./labelled";

export const [TOLERANCE_KINDS, TOLERANCE_KIND_LABEL] = labelled({
  SLIP: "Days of slip against a baseline",
  DEADLINE: "A deadline to be live by",
  MONEY: "Money deferred against a baseline",
});
export type ToleranceKind = (typeof TOLERANCE_KINDS)[number];
