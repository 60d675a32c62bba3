// The knowledge dates of a row as the data layer loads it: one mapping for every loader, so each
// page, pack and list reads when a fact became known by the same rule (lib/domain/knowledge.ts).
import { isoFromDbDate, todayIso, type PartialDate, type Precision } from "../domain/dates";
import { knownFromOf, type Knowable } from "../domain/knowledge";

/** The columns the rule reads on a problem, acceptance, payment, contract event or go-live. */
export const knownSelect = { knownOn: true, knownPrecision: true, createdAt: true } as const;

type Row = { knownOn?: Date | null; knownPrecision?: Precision | null; createdAt: Date };
type Dated = { published: PartialDate | null };

/**
 * When the row's fact became known: its own knowledge date (`knownOn`, else `own`, e.g. the date a
 * problem was reported), else its sources' earliest publication, else the day it was recorded. With
 * hindsight it counts from the start (`knownFrom` null) and keeps the day for the "reported later" mark.
 */
export function rowKnowledge(row: Row, sources: readonly Dated[], options: { hindsight?: boolean; own?: PartialDate | null } = {}): Required<Knowable> {
  const known = row.knownOn ? { date: isoFromDbDate(row.knownOn), precision: row.knownPrecision ?? "DAY" } : (options.own ?? null);
  const becameKnown = knownFromOf({ known, sources, recordedOn: todayIso(row.createdAt) });
  return { knownFrom: options.hindsight ? null : becameKnown, becameKnown };
}

/** A source row's publication as the rule reads it. */
export const datedSource = (s: { publishedOn: Date | null; publishedPrecision: Precision | null }): Dated => ({
  published: s.publishedOn ? { date: isoFromDbDate(s.publishedOn), precision: s.publishedPrecision ?? "DAY" } : null,
});
