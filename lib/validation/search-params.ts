// A page's search parameters in, and a link's query string out: the one place both are built.
import type { SearchParams } from "./overview";

/** A parameter given more than once counts by its first value (a link a person edits by hand may repeat one). */
export const firstValue = (v: string | string[] | undefined): string | undefined => (Array.isArray(v) ? v[0] : v);

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

interface FieldParser<T> {
  safeParse(value: unknown): { success: true; data: T } | { success: false; error: { issues: readonly { message: string }[] } };
}

/**
 * A page's filters, each read on its own by its own schema: a wrong one gets a message in `errors` and is left
 * out; every other field given is passed to `accept`, so the rest of the filters still apply.
 */
export function readEachFilter<F extends string, T>(
  searchParams: SearchParams,
  fields: readonly F[],
  parserOf: (field: NoInfer<F>) => FieldParser<T>,
  errors: { push(error: { field: NoInfer<F>; message: string }): unknown },
  accept: (field: F, value: Exclude<T, undefined>) => void,
): void {
  for (const field of fields) {
    const result = parserOf(field).safeParse(searchParams[field]);
    if (!result.success) errors.push({ field, message: result.error.issues[0]?.message ?? `Check the ${field}` });
    else if (result.data !== undefined) accept(field, result.data as Exclude<T, undefined>);
  }
}
