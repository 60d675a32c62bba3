import { formatPartialDate, type DayRange } from "@/lib/domain/dates";
import type { OverviewRow } from "@/lib/domain/rollout";

const number = new Intl.NumberFormat("en-GB");

/** "365 to 394 days" when the dates' precision allows a range; a minus sign for early go-lives. */
export function formatSlip(slip: DayRange | null): string {
  if (!slip) return "Not known";
  const fmt = (n: number) => (n < 0 ? `\u2212${number.format(-n)}` : number.format(n));
  return slip.min === slip.max ? `${fmt(slip.min)} days` : `${fmt(slip.min)} to ${fmt(slip.max)} days`;
}

export function formatActual(row: Pick<OverviewRow, "derived">): string | null {
  const { actuals } = row.derived;
  if (actuals.length === 0) return null;
  return actuals.map((a) => formatPartialDate(a.wentLive)).join(" or ");
}

export function formatMoney(amount: string | number): string {
  const value = typeof amount === "string" ? Number(amount) : amount;
  return new Intl.NumberFormat("en-GB", { style: "currency", currency: "GBP", maximumFractionDigits: value % 1 === 0 ? 0 : 2 }).format(value);
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
