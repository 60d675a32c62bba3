// The re-plan form (app/(dashboard)/trusts/[slug]/go-lives/[goLiveId]/replan) as the specs fill it: Queen Mary's,
// Roehampton is the go-live the sample data leaves open to re-plan.
import type { Page } from "@playwright/test";
import { fillDateInput } from "./date-input";

export const CW_RESUME_SOURCE = "Computer Weekly, 11 February 2009: BT to resume roll out of Cerner Millennium system";

/** Opens Roehampton's re-plan form from its trust page. */
export async function openRoehamptonReplan(page: Page) {
  await page.goto("/trusts/queen-marys-roehampton");
  await page.getByRole("link", { name: /^Re-plan/ }).click();
}

/** The new planned date and, where given, when it was announced (YYYY-MM-DD, YYYY-MM or YYYY; parts not given are emptied). */
export async function fillReplanDates(page: Page, planned: string, announced?: string) {
  await fillDateInput(page, /^New planned go-live date/, planned);
  if (announced) await fillDateInput(page, /^Date the re-plan was announced/, announced);
}

/** The reason, with Computer Weekly's resume article as its one source. */
export async function fillReplanReason(page: Page, reason: string) {
  await page.getByLabel("Reason for the re-plan").fill(reason);
  await page.getByLabel("Source", { exact: true }).selectOption({ label: CW_RESUME_SOURCE });
  await page.getByLabel("Single source").check();
}
