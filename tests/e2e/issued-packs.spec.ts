import { expect, test } from "@playwright/test";
import { storageStateOf } from "./support/roles";
import { expectNoAxeViolations } from "./support/axe";
import { fillReplanDates, fillReplanReason, openRoehamptonReplan } from "./support/replan";

// A board member issues the pack for a meeting; a manager then corrects the record; the issued pack
// still reads as it was issued, and its comparison with now shows the correction, with who made it.
// Writes (a pack, a re-plan): runs with the writing specs.

const reason = `Corrected after the pack was issued (${Date.now().toString(36)})`;
let packUrl = "";

test.describe.configure({ mode: "serial" });

test.describe("a board member issues a pack", () => {
  test.use({ storageState: storageStateOf("board") });

  test("issuing the pack shown lands on the issued pack's page, with its hash checked", async ({ page }) => {
    await page.goto("/board/pack?from=2008-10-01&to=2009-02-11");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Board pack for the meeting of 11 February 2009");
    await page.getByRole("button", { name: "Issue this pack" }).click();
    await expect(page).toHaveURL(/\/board\/packs\/pack-2009-02-11(-\d+)?$/);
    packUrl = new URL(page.url()).pathname;
    const panel = page.getByRole("complementary", { name: "Issued pack" });
    await expect(panel).toContainText("board@example.nhs.uk");
    await expect(panel).toContainText("11 February 2009");
    await expect(panel).toContainText("Matches");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Board pack for the meeting of 11 February 2009");
    await expectNoAxeViolations(page);
    await page.goto("/board/packs");
    await expect(page.getByRole("table")).toContainText("11 February 2009");
    await expect(page.getByRole("link", { name: /^Open/ }).first()).toBeVisible();
  });
});

test.describe("a manager corrects the record after the pack was issued", () => {
  test.use({ storageState: storageStateOf("manager") });

  test("a re-plan of Roehampton for June 2012, announced January 2009", async ({ page }) => {
    await openRoehamptonReplan(page);
    await fillReplanDates(page, "2012-06", "2009-01");
    await fillReplanReason(page, reason);
    await page.getByRole("button", { name: "Save the re-plan" }).click();
    await expect(page).toHaveURL(/\/trusts\/queen-marys-roehampton\?saved=replan#history$/);
  });
});

test.describe("the board member reads the issued pack and what changed", () => {
  test.use({ storageState: storageStateOf("board") });

  test("the issued pack is unchanged, and the comparison with now shows the correction and who made it", async ({ page }) => {
    expect(packUrl).not.toBe("");
    await page.goto(packUrl);
    const pack = page.getByRole("article");
    await expect(pack).toContainText("Queen Mary's Hospital, Roehampton");
    await expect(pack).not.toContainText("June 2012");
    await expect(page.getByRole("complementary", { name: "Issued pack" })).toContainText("Matches");

    await page.getByRole("link", { name: "What we know now that we did not then" }).click();
    await expect(page).toHaveURL(`${packUrl}/compare`);
    const now = page.getByRole("region", { name: "The pack now, beside the pack issued" });
    await expect(now.getByRole("row").filter({ hasText: "Roehampton" })).toContainText("Planned June 2012");
    const corrections = page.getByRole("region", { name: "Corrections recorded since the pack was issued" });
    await expect(corrections).toContainText("manager@example.nhs.uk");
    await expect(corrections).toContainText(reason);
    await expectNoAxeViolations(page);

    // The live pack lists the correction as made since the last issued pack.
    await page.goto("/board/pack?from=2009-02-11&to=2009-06-01");
    await expect(page.getByRole("region", { name: "2. Changes since the last pack" })).toContainText(reason);

    await page.goto(`${packUrl}/changes`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Changes between two issued packs");
    await expectNoAxeViolations(page);
  });

  test("an unknown or malformed pack address is a page not found, never an error", async ({ page }) => {
    for (const bad of [
      "/board/packs/no-such-pack",
      "/board/packs/%00",
      `/board/packs/${"a".repeat(5000)}`,
      "/board/packs/Pack%20Two/compare",
      "/board/packs/x/changes?against=%00&against=y",
    ]) {
      const response = await page.goto(bad);
      expect(response?.status(), bad).toBe(404);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("Page not found");
    }
  });
});
