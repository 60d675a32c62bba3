import { formatPartialDate } from "@/lib/domain/dates";
import type { OverviewRow } from "@/lib/domain/rollout";

export function formatActual(row: Pick<OverviewRow, "derived">): string | null {
  const { actuals } = row.derived;
  if (actuals.length === 0) return null;
  return actuals.map((a) => formatPartialDate(a.wentLive)).join(" or ");
}

/** Where a link keeps the reader's date and view: the date (null: today) and whether it reads with hindsight. */
export type RecordLink = string | null | { asOf: string | null; hindsight: boolean };

/** A link to another page of the record that keeps the date and the view (`?asOf=…&view=hindsight`). */
export function withAsOf(path: string, link: RecordLink, hash = ""): string {
  const { asOf, hindsight } = typeof link === "object" && link !== null ? link : { asOf: link, hindsight: false };
  const params = new URLSearchParams();
  if (asOf) params.set("asOf", asOf);
  if (hindsight) params.set("view", "hindsight");
  const query = params.toString();
  return `${path}${query ? `?${query}` : ""}${hash}`;
}
