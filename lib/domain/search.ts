// Search over the record (docs/decisions/024): what a result is, and how a highlighted passage from
// PostgreSQL's ts_headline becomes text and marked words. Pure.
//
// ts_headline returns the record's own text with the matching words between two markers. That text is
// never HTML: it is split here into fragments that the page renders as React text, the marked ones in
// <mark>, so nothing a source or a person typed is ever parsed as markup.
import { labelled } from "./labelled";

/** Put by ts_headline before and after each matching word; removed from the text before it is highlighted. */
export const MARK_START = "\u0002";
export const MARK_STOP = "\u0003";

export interface Fragment {
  text: string;
  marked: boolean;
}

/**
 * A highlighted passage as runs of plain and marked text: adjacent runs of one kind joined, marked words with only
 * spaces between them one marked run, empty runs dropped.
 */
export function splitHeadline(headline: string): Fragment[] {
  const fragments: Fragment[] = [];
  let marked = false;
  let text = "";
  const flush = () => {
    if (text === "") return;
    const last = fragments[fragments.length - 1];
    if (last && last.marked === marked) last.text += text;
    else fragments.push({ text, marked });
    text = "";
  };
  for (const ch of headline) {
    if (ch === MARK_START || ch === MARK_STOP) {
      flush();
      // A stray stop (or a start inside a mark) leaves the state as it should be: marked only between a pair.
      marked = ch === MARK_START;
    } else {
      text += ch;
    }
  }
  flush();
  // ts_headline marks each word: "Royal" and "Free" with only a space between read as one marked phrase.
  const joined: Fragment[] = [];
  for (let i = 0; i < fragments.length; i++) {
    const f = fragments[i]!;
    const previous = joined[joined.length - 1];
    const next = fragments[i + 1];
    if (previous?.marked && !f.marked && next?.marked && /^[ \t]+$/.test(f.text)) {
      previous.text += f.text + next.text;
      i++;
    } else joined.push({ ...f });
  }
  return joined;
}

export function hasMarks(fragments: readonly Fragment[]): boolean {
  return fragments.some((f) => f.marked);
}

/** The kinds of thing the search finds, in the order they are listed when two rank the same. */
export const [SEARCH_KINDS, SEARCH_KIND_LABEL] = labelled({
  trust: "Trust",
  decision: "Decision",
  problem: "Problem",
  conflict: "Conflict",
  source: "Source",
});
export type SearchKind = (typeof SEARCH_KINDS)[number];

/** The words of a search as typed, for comparing with a name: quotes and case ignored, spaces collapsed. */
export function nameKey(text: string): string {
  return text
    .replace(/["\u201c\u201d]/g, " ")
    .replace(/\s+/g, " ")
    .trim()
    .toLocaleLowerCase("en-GB");
}

/** Whether the search is exactly one of a trust's names (full or short): such a trust is listed first. */
export function isExactName(query: string, names: readonly string[]): boolean {
  const key = nameKey(query);
  return key !== "" && names.some((n) => nameKey(n) === key);
}
