// What was known on a date: the one set of knowledge rules every page, pack and export reads the
// record through. Every fact has two dates: when it happened or takes effect, and when it became
// known. Pure.
//
// - A fact is known from its own knowledge date (announced, decided, reported); where the record
//   gives none, from the earliest publication among its sources; where they are undated too, from
//   the day it was recorded in the dashboard. Never "from the start of time" for a fact recorded
//   here (`knownFromOf`).
// - "As it stood" (the default view): a page for D reads only the facts known by D and cites only
//   the sources published by D.
// - "With hindsight": the same date with everything known now; each fact or source that became
//   known after D is marked with the day it did ("reported later, 3 November 2009").
// `readRecord` turns a loaded record into one of the two readings; the status, rating, slip,
// baseline, cost and timeline rules then read `knownFrom` through `isKnownOn`, so every page that
// derives from the record follows the same rule for any date it asks about.
import { certainFrom, type PartialDate } from "./dates";

export type ViewMode = "as-it-stood" | "hindsight";

export interface View {
  asOf: string;
  hindsight: boolean;
}

/** The knowledge dates a fact carries once loaded. */
export interface Knowable {
  /** the day the rules count it from; null: known from the start (hindsight, or a fact the record cannot date) */
  knownFrom?: string | null;
  /** the day it became known, whatever the view: the "reported later" mark */
  becameKnown?: string | null;
}

export interface Cited<S> {
  /** the sources the page cites for the date */
  cited: S[];
  /** how many of them were published after it: not cited as it stood, marked "published later" with hindsight */
  later: number;
}

type Dated = { published: PartialDate | null };

export function isPublishedBy(source: Dated, asOf: string): boolean {
  return source.published === null || certainFrom(source.published) <= asOf;
}

/** The day from which a source is certainly published, or null when the record does not date it. */
export function publishedFrom(source: Dated): string | null {
  return source.published ? certainFrom(source.published) : null;
}

/**
 * As it stood on D, only the sources published by D; with hindsight every source, the later ones
 * counted so the page can mark them.
 */
export function citedOn<S extends Dated>(sources: readonly S[], asOf: string, hindsight = false): Cited<S> {
  const published = sources.filter((s) => isPublishedBy(s, asOf));
  const later = sources.length - published.length;
  return { cited: hindsight ? [...sources] : published, later };
}

/**
 * The day a fact became known: its own knowledge date, else the earliest publication among its
 * sources, else the day it was recorded (null only for a fact that has none of the three).
 */
export function knownFromOf(input: { known: PartialDate | string | null; sources: readonly Dated[]; recordedOn: string | null }): string | null {
  if (input.known) return typeof input.known === "string" ? input.known : certainFrom(input.known);
  const dated = input.sources
    .map(publishedFrom)
    .filter((d): d is string => d !== null)
    .sort();
  return dated[0] ?? input.recordedOn;
}

export function isKnownOn(fact: Knowable, asOf: string): boolean {
  return fact.knownFrom === undefined || fact.knownFrom === null || fact.knownFrom <= asOf;
}

/** With hindsight, the day a fact shown for D became known, when that was after D; else null. */
export function knownLater(fact: Knowable, asOf: string): string | null {
  return fact.becameKnown && fact.becameKnown > asOf ? fact.becameKnown : null;
}

/** The source published after D, by the day it was: with hindsight, marked "published later". */
export function publishedLater(source: Dated, asOf: string): string | null {
  const from = publishedFrom(source);
  return from && from > asOf ? from : null;
}

/** A fact as the view reads it: as it stood it counts from when it became known; with hindsight, from the start. */
export function asRead<F extends Knowable>(fact: F, hindsight: boolean): F {
  return hindsight ? { ...fact, knownFrom: null } : fact;
}

/** The facts of a list known on D (as it stood), or all of them (hindsight). */
export function knownOnView<F extends Knowable>(facts: readonly F[], view: View): F[] {
  return view.hindsight ? [...facts] : facts.filter((f) => isKnownOn(f, view.asOf));
}

export const VIEW_WORDS: Record<ViewMode, string> = {
  "as-it-stood": "As it stood: only what was known on the date",
  hindsight: "With hindsight: everything known now, each later fact marked",
};

/**
 * A disagreement between sources as it stood on D: only the claims whose source was published by
 * D, and only once at least two sides were (one claim alone is not yet a disagreement). With
 * hindsight every conflict and claim, the later claims marked by their source's date.
 */
export function conflictsOn<C extends { claims: readonly { source: Dated }[] }>(conflicts: readonly C[], view: View): C[] {
  if (view.hindsight) return [...conflicts];
  return conflicts.map((c) => ({ ...c, claims: c.claims.filter((x) => isPublishedBy(x.source, view.asOf)) })).filter((c) => c.claims.length >= 2);
}
