// The search page's address, parsed once: the words (q), the date and view, and the page. Every
// wrong value is a message saying what to fix; nothing in the address reaches the database unchecked.
import { z } from "zod";
import { parseView, type ViewResult } from "./as-of";
import { CONTROL_CHARACTERS } from "./common";
import { parsePage } from "./overview";

export const SEARCH_MAX_LENGTH = 200;

const words = z
  .string()
  .refine((v) => !CONTROL_CHARACTERS.test(v), "The search must not contain control characters: type or paste it again")
  // tabs and line breaks are spaces to the search; the rest of the text is kept as typed
  .transform((v) => v.replace(/\s+/g, " ").trim())
  .refine((v) => v !== "", "Enter a word or words to search the record for")
  .refine((v) => [...v].length <= SEARCH_MAX_LENGTH, `The search must be ${SEARCH_MAX_LENGTH} characters or fewer`);

export type SearchField = "q" | "asOf" | "view" | "page";

export interface SearchQuery {
  /** the words to look for, tidied; null when there is nothing to search for (none given, or wrong) */
  q: string | null;
  /** what the address held, kept so the search box shows it back (cut to a length a box can show) */
  typed: string;
  view: ViewResult;
  page: number;
  errors: { field: SearchField; message: string }[];
}

export function parseSearchQuery(params: URLSearchParams): SearchQuery {
  const errors: SearchQuery["errors"] = [];
  const all = params.getAll("q");
  const typed = (all[0] ?? "").slice(0, SEARCH_MAX_LENGTH * 2);
  let q: string | null = null;
  if (all.length > 1) {
    errors.push({ field: "q", message: "Search for one thing at a time: the address asked for more than one search" });
  } else if (all.length === 1) {
    const parsed = words.safeParse(all[0]);
    if (parsed.success) q = parsed.data;
    else errors.push({ field: "q", message: parsed.error.issues[0]?.message ?? "Enter a word or words to search the record for" });
  }
  const view = parseView(params.getAll("asOf"), params.getAll("view"));
  if (params.getAll("asOf").length > 1) errors.push({ field: "asOf", message: "Give one date: the address had more than one" });
  else if (view.error) errors.push({ field: "asOf", message: view.error });
  if (view.viewError) errors.push({ field: "view", message: view.viewError });
  const page = parsePage(params.getAll("page"));
  if (page.error) errors.push({ field: "page", message: page.error });
  return { q, typed, view, page: page.page, errors };
}
