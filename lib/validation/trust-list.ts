// The address of a list filtered by trust (payments, problems), read once for the page: the date and view,
// the filters its export reads (lib/exports/filters.ts, so the file is what the page shows), and the page asked for.
import { parseRecordFilters } from "../exports/filters";
import { parseView, type ViewResult } from "./as-of";
import { parsePage } from "./overview";

export interface TrustListQuery {
  asOf: ViewResult;
  filters: ReturnType<typeof parseRecordFilters>["filters"];
  /** the trust filter's problem, for the page (the date's are the as-of form's) */
  trustError: string | null;
  page: ReturnType<typeof parsePage>;
}

export function parseTrustListQuery(params: URLSearchParams): TrustListQuery {
  const { filters, errors } = parseRecordFilters(params);
  const trustError = errors.filter((e) => !e.startsWith("asOf:") && !e.startsWith("view:")).map((e) => e.replace(/^trust: /, ""))[0] ?? null;
  return { asOf: parseView(params.get("asOf") ?? undefined, params.get("view") ?? undefined), filters, trustError, page: parsePage(params.getAll("page")) };
}

/** Whether the address has anything to fix: the page's title then starts "Error: ". */
export function hasTrustListErrors(query: TrustListQuery): boolean {
  return Boolean(query.asOf.error || query.asOf.viewError || query.trustError || query.page.error);
}
