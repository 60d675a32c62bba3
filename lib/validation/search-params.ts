// A page's search parameters in, and a link's query string out: the one place both are built.
import type { SearchParams } from "./overview";

/** A page's search parameters as the URLSearchParams the export filters are parsed from. */
export function searchParamsOf(searchParams: SearchParams): URLSearchParams {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(searchParams)) {
    for (const v of Array.isArray(value) ? value : value === undefined ? [] : [value]) params.append(name, v);
  }
  return params;
}

/** `?a=1&b=2` from the defined values, or "" (for links to a page and its exports). */
export function queryString(values: Record<string, string | null | undefined>): string {
  const defined = Object.entries(values).filter((e): e is [string, string] => typeof e[1] === "string" && e[1] !== "");
  return defined.length ? `?${new URLSearchParams(defined)}` : "";
}
