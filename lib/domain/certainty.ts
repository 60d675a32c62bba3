import { labelled } from "./labelled";

export const [CERTAINTIES, CERTAINTY_LABEL] = labelled({
  CONFIRMED: "Confirmed",
  SINGLE_SOURCE: "Single source",
  UNCERTAIN: "Uncertain",
});
export type Certainty = (typeof CERTAINTIES)[number];

const RANK: Record<Certainty, number> = { CONFIRMED: 0, SINGLE_SOURCE: 1, UNCERTAIN: 2 };

/** A conclusion is only as certain as the least certain fact it rests on. */
export function weakestCertainty(values: readonly Certainty[]): Certainty {
  return values.reduce<Certainty>((weakest, c) => (RANK[c] > RANK[weakest] ? c : weakest), "CONFIRMED");
}
