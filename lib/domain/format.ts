// Numbers in words, the same on every page, export and pack: days of slip and money.
import type { DayRange } from "./dates";

const whole = new Intl.NumberFormat("en-GB");
const signed = (n: number) => (n < 0 ? `\u2212${whole.format(-n)}` : whole.format(n));

/** "1 day", "365 days", "−12 days" (a minus sign, not a hyphen, for early go-lives). */
export function formatDays(n: number): string {
  return `${signed(n)} ${Math.abs(n) === 1 ? "day" : "days"}`;
}

/** "365 days", or "365 to 394 days" where the dates' precision allows a range; "Not known" without one. */
export function formatSlip(slip: DayRange | null): string {
  if (!slip) return "Not known";
  return slip.min === slip.max ? formatDays(slip.min) : `${signed(slip.min)} to ${formatDays(slip.max)}`;
}

const gbp = (n: number, pence: boolean) =>
  new Intl.NumberFormat("en-GB", { style: "currency", currency: "GBP", minimumFractionDigits: pence ? 2 : 0, maximumFractionDigits: pence ? 2 : 0 }).format(n);

/**
 * Money in words. An amount the record states (its decimal string, or a number) is shown to the penny,
 * with pence only where there are any: "£4,676,000", "£33,644.50". A worked-out range (what a decision
 * moved: a share of monthly charges by days) is an estimate, shown in whole pounds: "£1,119,918 to
 * £1,129,446", or one figure where both ends round alike.
 */
export function formatMoney(amount: string | number | { min: number; max: number }): string {
  if (typeof amount === "object") {
    const [min, max] = [Math.round(amount.min), Math.round(amount.max)];
    return min === max ? gbp(max, false) : `${gbp(min, false)} to ${gbp(max, false)}`;
  }
  const pence = Math.round((typeof amount === "string" ? Number(amount) : amount) * 100);
  return gbp(pence / 100, pence % 100 !== 0);
}
