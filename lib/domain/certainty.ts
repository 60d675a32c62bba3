export const CERTAINTIES = ["CONFIRMED", "SINGLE_SOURCE", "UNCERTAIN"] as const;
export type Certainty = (typeof CERTAINTIES)[number];

export const CERTAINTY_LABEL: Record<Certainty, string> = {
  CONFIRMED: "Confirmed",
  SINGLE_SOURCE: "Single source",
  UNCERTAIN: "Uncertain",
};

const RANK: Record<Certainty, number> = { CONFIRMED: 0, SINGLE_SOURCE: 1, UNCERTAIN: 2 };

/** A conclusion is only as certain as the least certain fact it rests on. */
export function weakestCertainty(values: readonly Certainty[]): Certainty {
  return values.reduce<Certainty>((weakest, c) => (RANK[c] > RANK[weakest] ? c : weakest), "CONFIRMED");
}
