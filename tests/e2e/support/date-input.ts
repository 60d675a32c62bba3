import type { Locator, Page } from "@playwright/test";

/**
 * Fills an NHS date input (components/forms/date-input.tsx), found by its legend, with a date written
 * YYYY-MM-DD, YYYY-MM (a month) or YYYY (a year): the parts not given are left empty.
 */
export async function fillDateInput(scope: Page | Locator, legend: string | RegExp, date: string) {
  const [year = "", month = "", day = ""] = date.split("-");
  const group = scope.getByRole("group", { name: legend, exact: typeof legend === "string" });
  await group.getByLabel("Day").fill(day ? String(Number(day)) : "");
  await group.getByLabel("Month").fill(month ? String(Number(month)) : "");
  await group.getByLabel("Year").fill(year);
}

/** The three fields of a date input found by its legend, to check what they show. */
export function dateInputParts(scope: Page | Locator, legend: string | RegExp) {
  const group = scope.getByRole("group", { name: legend, exact: typeof legend === "string" });
  return { group, day: group.getByLabel("Day"), month: group.getByLabel("Month"), year: group.getByLabel("Year") };
}
