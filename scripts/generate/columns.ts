// What the two writers (national.ts, extras.ts) share: how a table's columns are named for COPY, the columns most
// facts have, and how a fact's certainty is drawn.
import type { Column } from "./bulk";
import type { Certainty } from "./days";
import type { Prng } from "./prng";

export const C = (name: string, type: string): Column => ({ name, type });
export const CERTAINTY = '"Certainty"';
export const PRECISION = '"DatePrecision"';
/** How sure the record is of a fact, and why not. */
export const PROVENANCE = [C("certainty", CERTAINTY), C("certaintyNote", "text")] as const;

export const GO_LIVE_ACTUAL_COLUMNS = [
  C("id", "int"),
  C("goLiveId", "int"),
  C("wentLiveOn", "date"),
  C("precision", PRECISION),
  C("note", "text"),
  ...PROVENANCE,
  C("createdAt", "timestamp(3)"),
] as const;

export function certaintyOf(rng: Prng): Certainty {
  const r = rng.next();
  return r < 0.6 ? "CONFIRMED" : r < 0.9 ? "SINGLE_SOURCE" : "UNCERTAIN";
}

export const pad = (n: number, width: number) => String(n).padStart(width, "0");
