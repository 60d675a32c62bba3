import { expect, test, type Page } from "@playwright/test";
import { storageStateOf } from "./support/roles";
import { axeViolations } from "./support/axe";

// A programme manager imports re-plans from a CSV: a refused file, a preview with a bad row explained, the file
// fixed and uploaded again, applied, the result page, and the new plan on the trust's page.

const HEADER =
  "trust,scope,planned_go_live,planned_go_live_precision,planned_label,announced_on,announced_on_precision,reason,made_by,made_by_kind,certainty,sources";
const SOURCE = "https://www.digitalhealth.net/2009/03/next-london-cerner-go-live-delayed-until-autumn/";

async function upload(page: Page, name: string, text: string) {
  await page.goto("/import");
  await page.getByRole("radio", { name: /^Re-plans/ }).check();
  await page.getByLabel("Upload a file").setInputFiles({ name, mimeType: "text/csv", buffer: Buffer.from(text) });
  await page.getByRole("button", { name: "Upload and preview" }).click();
}

test.describe("importing re-plans from a spreadsheet", () => {
  test.use({ storageState: storageStateOf("manager") });

  test("a manager sees each row's change or problem, fixes the file, imports it and sees the new plan", async ({ page }) => {
    const stamp = Date.now();
    const month = String((stamp % 12) + 1).padStart(2, "0");
    const reason = `Imported from the board's spreadsheet (${stamp})`;
    const good = `queen-marys-roehampton,Whole trust,2013-${month},,,2012-${month}-${String((stamp % 27) + 1).padStart(2, "0")},,${reason},,,single_source,${SOURCE}`;

    await page.goto("/import");
    expect(await axeViolations(page)).toEqual([]);

    // A formula is refused at the field, with the cell named; the kind chosen is kept.
    await upload(page, "formula.csv", `${HEADER}\n${good.replace(reason, "=SUM(A1:A3)")}\n`);
    const summary = page.getByRole("alert").filter({ hasText: "There is a problem" });
    await expect(summary).toContainText("Cell H2 starts with “=” like a spreadsheet formula");
    await expect(summary).toBeFocused();
    await expect(page.getByRole("radio", { name: /^Re-plans/ })).toBeChecked();
    expect(await axeViolations(page)).toEqual([]);

    // A bad row is explained in words; nothing can be imported.
    await upload(page, "replans.csv", `${HEADER}\n${good}\n${good.replace("queen-marys-roehampton", "kingstn")}\n`);
    await expect(page).toHaveURL(/\/import\/[0-9a-f]{32}$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Check the re-plans in replans.csv");
    await expect(page.getByRole("alert").filter({ hasText: "rows has a problem" })).toContainText("1 of 2 rows has a problem: nothing has been saved");
    const table = page.getByRole("table", { name: /Every row of replans\.csv/ });
    await expect(table.getByRole("row", { name: /^2 Ready/ })).toContainText("Queen Mary's Hospital, Roehampton (Whole trust): new plan");
    await expect(table.getByRole("row", { name: /^3 Problem/ })).toContainText(
      "There is no trust “kingstn” in the record: did you mean Kingston Hospital NHS Trust (kingston)?",
    );
    await expect(page.getByRole("button", { name: /^Import/ })).toHaveCount(0);
    expect(await axeViolations(page)).toEqual([]);

    // Fixed and uploaded again: every row ready, imported, and the result page says how many.
    await upload(page, "replans-fixed.csv", `${HEADER}\n${good}\n`);
    await expect(page.getByRole("table", { name: /Every row of replans-fixed\.csv/ }).getByRole("row", { name: /^2 Ready/ })).toBeVisible();
    await page.getByRole("button", { name: "Import 1 re-plan" }).click();
    await expect(page).toHaveURL(/\/import\/[0-9a-f]{32}\/applied$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("1 re-plan imported");
    expect(await axeViolations(page)).toEqual([]);

    await page.getByRole("link", { name: "Queen Mary's Hospital, Roehampton" }).click();
    await expect(page).toHaveURL(/\/trusts\/queen-marys-roehampton#history$/);
    await expect(page.getByRole("region", { name: "Timeline" })).toContainText(reason);
    await expect(page.getByRole("region", { name: "Change history" })).toContainText(/Re-planned\s*by manager@example\.nhs\.uk/);
  });

  test("a viewer is not offered the import", async ({ browser }) => {
    const viewer = await browser.newPage({ storageState: storageStateOf("viewer") });
    await viewer.goto("/import");
    await expect(viewer).toHaveURL(/\/not-allowed/);
    await viewer.close();
  });
});
