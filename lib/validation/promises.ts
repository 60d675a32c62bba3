// The promises ledger's address (/board/promises): the date, and which promises to list (a trust, who made
// them, what became of them), and the page. Every problem comes back as a message for the error summary;
// the page still shows the ledger.
import { OUTCOMES, MAKER_KINDS, type MakerKind, type Outcome } from "../domain/promises";
import { parseAsOf, type AsOfResult } from "./as-of";
import { parsePage, toSlug } from "./overview";
import { firstValue } from "./search-params";

export { toSlug };

export type MakerFilter = MakerKind | "NOT_KNOWN";
export const OUTCOME_SLUGS = Object.fromEntries(OUTCOMES.map((o) => [toSlug(o), o])) as Record<string, Outcome>;
export const MAKER_SLUGS = Object.fromEntries([...MAKER_KINDS, "NOT_KNOWN" as const].map((m) => [toSlug(m), m])) as Record<string, MakerFilter>;

export type PromisesField = "trust" | "maker" | "outcome" | "page";

export interface PromisesQuery {
  asOf: AsOfResult;
  trust: string | null;
  maker: MakerFilter | null;
  outcome: Outcome | null;
  page: number;
  errors: { field: PromisesField; message: string }[];
}

const SLUG = /^[a-z0-9-]{1,100}$/;
const first = (v: string | string[] | undefined) => firstValue(v)?.trim() ?? "";

export function parsePromisesQuery(sp: Record<string, string | string[] | undefined>): PromisesQuery {
  const errors: PromisesQuery["errors"] = [];
  const trustRaw = first(sp.trust);
  let trust: string | null = null;
  if (trustRaw !== "") {
    if (SLUG.test(trustRaw)) trust = trustRaw;
    else errors.push({ field: "trust", message: "Choose a trust from the list" });
  }
  const makerRaw = first(sp.maker);
  // own keys only: "constructor" or "__proto__" in the address is not a maker
  const maker = makerRaw !== "" && Object.hasOwn(MAKER_SLUGS, makerRaw) ? MAKER_SLUGS[makerRaw]! : null;
  if (makerRaw !== "" && !maker) errors.push({ field: "maker", message: "Choose who made the promises: a supplier, a trust, a programme body, or not known" });
  const outcomeRaw = first(sp.outcome);
  const outcome = outcomeRaw !== "" && Object.hasOwn(OUTCOME_SLUGS, outcomeRaw) ? OUTCOME_SLUGS[outcomeRaw]! : null;
  if (outcomeRaw !== "" && !outcome)
    errors.push({ field: "outcome", message: "Choose an outcome from the list: kept, kept late, broken, superseded, still open or not known" });
  const page = parsePage(sp.page);
  if (page.error) errors.push({ field: "page", message: page.error });
  return { asOf: parseAsOf(sp.asOf), trust, maker, outcome, page: page.page, errors };
}
