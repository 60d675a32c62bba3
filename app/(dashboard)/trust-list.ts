// The reads of a list filtered by trust (payments, problems: TrustListPage in components/rollout/list-page.tsx): its
// query from the address, its rows, the trusts to filter by and the one chosen, and the page of rows shown.
import type { Metadata } from "next";
import type { Actor } from "@/lib/auth/permissions";
import { requirePageActor } from "@/lib/auth/session";
import { listTrusts } from "@/lib/data/lists";
import { pageOf, type SearchParams } from "@/lib/validation/overview";
import { searchParamsOf } from "@/lib/validation/search-params";
import { hasTrustListErrors, parseTrustListQuery, type TrustListQuery } from "@/lib/validation/trust-list";

/** The list's title, with "Error: " first when the address holds a date, trust or page it cannot read. */
export async function trustListTitle(searchParams: Promise<SearchParams>, title: string): Promise<Metadata> {
  return { title: `${hasTrustListErrors(parseTrustListQuery(searchParamsOf(await searchParams))) ? "Error: " : ""}${title}` };
}

export async function loadTrustList<T>(searchParams: Promise<SearchParams>, list: (actor: Actor, filters: TrustListQuery["filters"]) => Promise<T[]>) {
  const actor = await requirePageActor("rollout.read");
  const query = parseTrustListQuery(searchParamsOf(await searchParams));
  const [rows, trusts] = await Promise.all([list(actor, query.filters), listTrusts(actor)]);
  return {
    actor,
    query,
    rows,
    trusts,
    trust: trusts.find((t) => t.slug === query.filters.trust),
    shown: { ...pageOf(rows, query.page.page), total: rows.length },
  };
}
