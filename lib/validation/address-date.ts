// A date a GET form's NHS date input sends, read where the page reads its address. proxy.ts sends a real date on as
// YYYY-MM-DD and anything else as the parts typed, day/month/year (lib/validation/as-of.ts): the parts are read by
// readDateInput, so a page gives the date input's own message naming its field ("Meeting date must be a real date"),
// as the "as of" form does; a date written in the address by hand keeps the address's messages (asOfSchema).
import { z } from "zod";
import { addressDateParts, asOfSchema, EARLIEST_AS_OF, LATEST_AS_OF } from "./as-of";
import { readDateInput, type DateRules } from "./date-input";

/** The day an address date needs: all three parts, within the years the "as of" date allows. */
export const ADDRESS_DATE_RULES: DateRules = {
  coarsest: "DAY",
  earliestYear: Number(EARLIEST_AS_OF.slice(0, 4)),
  latestYear: Number(LATEST_AS_OF.slice(0, 4)),
};

/** Whether an address value holds a date input's parts as typed (day/month/year) rather than YYYY-MM-DD. */
const isTypedParts = (value: string) => value.split("/").length === 3;

/**
 * An address date, YYYY-MM-DD, from a date input whose legend is `label`: the parts typed are read with the date
 * input's messages, a date written by hand with the address's. An empty value is the caller's rule (`.or(blank)`).
 */
export function addressDateSchema(label: string) {
  return z
    .string()
    .trim()
    .superRefine((value, ctx) => {
      const typed = isTypedParts(value) ? readDateInput(addressDateParts(value), label, ADDRESS_DATE_RULES) : null;
      const message = typed && "error" in typed ? typed.error : asOfSchema.safeParse(value).error?.issues[0]?.message;
      if (message) ctx.addIssue({ code: "custom", message });
    });
}
