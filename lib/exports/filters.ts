// Filters the record's lists share: the as-of date and a trust, parsed by the same schemas as pages.
import { z } from "zod";
import { parseAsOf } from "../validation/as-of";

export interface RecordFilters {
  /** facts known by this day */
  asOf: string;
  /** one trust's facts, by its slug */
  trust?: string;
}

const trustSlug = z.string().regex(/^[a-z0-9-]{1,100}$/, "Choose a trust from the list");

export function parseRecordFilters(params: URLSearchParams): { filters: RecordFilters; errors: string[] } {
  const errors: string[] = [];
  const asOf = parseAsOf(params.get("asOf") ?? undefined);
  if (asOf.error) errors.push(`asOf: ${asOf.error}`);
  const filters: RecordFilters = { asOf: asOf.asOf };
  const trust = params.get("trust");
  if (trust) {
    const parsed = trustSlug.safeParse(trust);
    if (parsed.success) filters.trust = parsed.data;
    else errors.push(`trust: ${parsed.error.issues[0]?.message}`);
  }
  return { filters, errors };
}
