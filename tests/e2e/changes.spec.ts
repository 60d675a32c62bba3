import { expect, test } from "@playwright/test";
import { storageStateOf } from "./support/roles";
import { axeViolations } from "./support/axe";
import { fillReplanDates, fillReplanReason, openRoehamptonReplan } from "./support/replan";

// "Since you last looked": a viewer marks everything as seen, a programme manager records a re-plan, and the viewer's
// overview says so and marks the trust; the list at /changes shows it with a link to the trust. Writes: runs after the readers.

test("a viewer sees what a manager recorded since they last looked, on the overview and at /changes", async ({ browser }) => {
  const viewer = await (await browser.newContext({ storageState: storageStateOf("viewer") })).newPage();
  await viewer.goto("/");
  await viewer.getByRole("navigation", { name: "Primary navigation" }).getByRole("link", { name: "What changed" }).click();
  await expect(viewer).toHaveURL(/\/changes(\?.*)?$/);
  await viewer.getByRole("button", { name: "Mark everything as seen" }).click();
  await expect(viewer).toHaveURL(/\/changes\?seen=1$/);
  await expect(viewer.getByRole("status")).toContainText("Everything recorded so far is marked as seen");
  await expect(viewer.getByRole("table", { name: /No changes recorded since you last looked/ })).toBeVisible();
  await viewer.goto("/");
  await expect(viewer.getByRole("region", { name: "Since you last looked" })).toContainText("Nothing new has been recorded by others since");

  // A programme manager re-plans Queen Mary's, Roehampton.
  const reason = `Board asked for a later date (${Date.now()})`;
  const manager = await (await browser.newContext({ storageState: storageStateOf("manager") })).newPage();
  await openRoehamptonReplan(manager);
  await fillReplanDates(manager, "2010-09", "2009-03");
  await fillReplanReason(manager, reason);
  await manager.getByRole("button", { name: "Save the re-plan" }).click();
  await expect(manager).toHaveURL(/\/trusts\/queen-marys-roehampton\?saved=replan#history$/);

  // The viewer looks again: the overview says what others recorded, and marks the trust.
  await viewer.goto("/");
  const since = viewer.getByRole("region", { name: "Since you last looked" });
  await expect(since).toContainText("others recorded 1 re-plan");
  const row = viewer.getByRole("row").filter({ has: viewer.getByRole("rowheader", { name: /Queen Mary's Hospital, Roehampton/ }) });
  await expect(row).toContainText("Changed since you last looked");
  expect(await axeViolations(viewer)).toEqual([]);

  await since.getByRole("link", { name: "See what changed" }).click();
  await expect(viewer).toHaveURL(/\/changes$/);
  const change = viewer.getByRole("row").filter({ hasText: reason });
  await expect(change).toContainText("Re-plan");
  await expect(change).toContainText("Planned for September 2010.");
  expect(await axeViolations(viewer)).toEqual([]);
  await change.getByRole("link", { name: "Queen Mary's Hospital, Roehampton" }).click();
  await expect(viewer).toHaveURL(/\/trusts\/queen-marys-roehampton#history$/);

  // The manager's own change is not news to the manager.
  await manager.goto("/changes?trust=queen-marys-roehampton&kind=replan");
  await expect(manager.getByRole("row").filter({ hasText: reason })).toContainText("by you");
});
