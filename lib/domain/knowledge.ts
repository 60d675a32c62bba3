// What was known on a date. One rule for every page and export that cites sources for a date: a
// source is cited as of D only once it was certainly published by D (a source known only as "March
// 2009" from 31 March 2009). A source with no publication date in the record is cited: the record
// cannot say it came later. Pure.
import { certainFrom, type PartialDate } from "./dates";

export interface Cited<S> {
  /** the sources published by the date */
  cited: S[];
  /** how many were published after it (shown with hindsight, not as of the date) */
  later: number;
}

export function isPublishedBy(source: { published: PartialDate | null }, asOf: string): boolean {
  return source.published === null || certainFrom(source.published) <= asOf;
}

export function citedOn<S extends { published: PartialDate | null }>(sources: readonly S[], asOf: string): Cited<S> {
  const cited = sources.filter((s) => isPublishedBy(s, asOf));
  return { cited, later: sources.length - cited.length };
}
