import { expect, test, type Page } from "@playwright/test";
import { PHONE, useRole } from "./support/pages";

// The overview on a laptop and the navigation on a phone: the overview's rows compact at 1366 px with nothing
// cut off, and at 375 px the navigation folds into a menu button. That no page is wider than a phone is checked
// with each page's accessibility (accessibility.spec.ts). Read-only: nothing is submitted (this file runs with the readers).

const DESKTOP = { width: 1366, height: 900 };
// Measured on the sample data at 1366 px: rows are 87-207 px tall (before: 255-1,167 px, each reason a bullet
// in every cell). The tallest is the Royal Free with hindsight (three reported dates and "Sources disagree").
const MAX_ROW_HEIGHT = 220;

function goLivesTable(page: Page) {
  return page.getByRole("table", { name: /^Go-lives as of/ });
}

function goLiveRow(page: Page, trust: string) {
  return goLivesTable(page)
    .getByRole("row")
    .filter({ has: page.getByRole("rowheader", { name: new RegExp(trust) }) })
    .filter({ hasNotText: "Order communications" });
}

test.describe("at 1366 px the overview's rows are compact and nothing is cut off", () => {
  test.use({ viewport: DESKTOP });

  for (const path of ["/?asOf=2009-02-11", "/?asOf=2008-11-15&view=hindsight", "/?asOf=2013-01-01"]) {
    test(`${path}: the table fits its box and every row is under ${MAX_ROW_HEIGHT} px`, async ({ page }) => {
      await page.goto(path);
      const table = goLivesTable(page);
      await expect(table.getByRole("columnheader", { name: "Certainty" })).toBeVisible();
      const box = page.getByRole("region", { name: /^Go-lives as of/ });
      const { scrollWidth, clientWidth } = await box.evaluate((el) => ({ scrollWidth: el.scrollWidth, clientWidth: el.clientWidth }));
      expect(scrollWidth, "the table's width inside its box").toBeLessThanOrEqual(clientWidth);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(DESKTOP.width);
      // The last column ends inside the box: no tag cut off.
      const boxRight = (await box.boundingBox())!.x + clientWidth;
      const sources = (await table.getByRole("columnheader", { name: "Sources" }).boundingBox())!;
      expect(sources.x + sources.width).toBeLessThanOrEqual(boxRight + 0.5);

      const heights = await table.locator("tbody tr").evaluateAll((rows) => rows.map((r) => Math.round(r.getBoundingClientRect().height)));
      expect(heights.length).toBeGreaterThan(0);
      expect(
        heights.filter((h) => h >= MAX_ROW_HEIGHT),
        `rows of ${MAX_ROW_HEIGHT} px or more (all: ${heights.join(", ")})`,
      ).toEqual([]);
    });
  }

  test("a rating's reasons and a row's sources are one click away, and open and close with the keyboard", async ({ page }) => {
    await page.goto("/?asOf=2009-02-11");
    const kingston = goLiveRow(page, "Kingston");
    await expect(kingston.getByText("Amber", { exact: true })).toBeVisible();
    const reasons = kingston.getByText("Waiting to go live after the October 2008 halt, lifted 11 February 2009.");
    await expect(reasons).toBeHidden();

    const summary = kingston.locator("summary", { hasText: "3 reasons" });
    await summary.focus();
    await page.keyboard.press("Enter");
    await expect(reasons).toBeVisible();
    await page.keyboard.press("Enter");
    await expect(reasons).toBeHidden();
    await summary.click();
    await expect(reasons).toBeVisible();

    // The status's reason, and every source with what was published later, the same way.
    await kingston.locator("summary", { hasText: "Reason" }).first().click();
    await expect(kingston.getByText("Held by the halt of October 2008, lifted 11 February 2009; waiting to go live.")).toBeVisible();
    const sources = kingston.locator("summary", { hasText: /^2 sources/ });
    await sources.focus();
    await page.keyboard.press(" ");
    await expect(kingston.getByRole("link", { name: /^Computer Weekly/ })).toBeVisible();
    await expect(kingston.getByText("And 1 source published after this date, not cited as of it")).toBeVisible();
    // Open, they make the row taller, never the table wider than its box.
    const box = page.getByRole("region", { name: /^Go-lives as of/ });
    expect(await box.evaluate((el) => el.scrollWidth - el.clientWidth)).toBeLessThanOrEqual(0);
  });
});

test.describe("below the tablet breakpoint the navigation folds into a menu button", () => {
  test.use({ viewport: PHONE });
  useRole("analyst");

  test("the menu button opens and closes the navigation with the keyboard", async ({ page }) => {
    await page.goto("/?asOf=2009-02-11");
    const menu = page.getByRole("button", { name: "Menu" });
    const nav = page.getByRole("navigation", { name: "Primary navigation" });
    const decisions = nav.getByRole("link", { name: "Decisions" });
    await expect(menu).toHaveAttribute("aria-expanded", "false");
    const controls = (await menu.getAttribute("aria-controls"))!.split(" ");
    expect(controls.length).toBeGreaterThan(0);
    await expect(decisions).toBeHidden();
    await expect(page.getByRole("button", { name: "Sign out" })).toBeHidden();

    await menu.focus();
    await page.keyboard.press("Enter");
    await expect(menu).toHaveAttribute("aria-expanded", "true");
    for (const id of controls) await expect(page.locator(`[id="${id}"]`)).toBeVisible();
    await expect(decisions).toBeVisible();
    await expect(page.getByRole("button", { name: "Sign out" })).toBeVisible();
    // Focus moves on into the links; Escape closes the menu and puts focus back on the button.
    await page.keyboard.press("Tab");
    await expect(nav.getByRole("link", { name: "Overview" })).toBeFocused();
    await page.keyboard.press("Escape");
    await expect(menu).toHaveAttribute("aria-expanded", "false");
    await expect(menu).toBeFocused();
    await expect(decisions).toBeHidden();

    await page.keyboard.press(" ");
    await expect(menu).toHaveAttribute("aria-expanded", "true");
    await page.keyboard.press(" ");
    await expect(menu).toHaveAttribute("aria-expanded", "false");

    // A link followed from the menu keeps the date and closes the menu.
    await menu.click();
    await decisions.click();
    await expect(page).toHaveURL(/\/decisions\?asOf=2009-02-11/);
    await expect(menu).toHaveAttribute("aria-expanded", "false");
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
  });

  test("from the tablet breakpoint up there is no menu button: the links and the account show", async ({ page }) => {
    await page.setViewportSize({ width: 641, height: 800 });
    await page.goto("/");
    await expect(page.getByRole("button", { name: "Menu" })).toBeHidden();
    await expect(page.getByRole("navigation", { name: "Primary navigation" }).getByRole("link", { name: "Decisions" })).toBeVisible();
    await expect(page.getByRole("navigation", { name: "Account" })).toContainText("Sign out");
  });
});

test.describe("without JavaScript", () => {
  test.use({ viewport: PHONE, javaScriptEnabled: false });
  useRole("analyst");

  test("the menu button, which needs JavaScript, gives way to every link", async ({ page }) => {
    await page.goto("/");
    await expect(page.getByRole("button", { name: "Menu" })).toBeHidden();
    await expect(page.getByRole("navigation", { name: "Primary navigation" }).getByRole("link", { name: "Decisions" })).toBeVisible();
    await expect(page.getByRole("button", { name: "Sign out" })).toBeVisible();
    // The disclosures are native: they open without JavaScript too (on a trust's page: the overview streams its
    // table in after a loading placeholder, which needs JavaScript).
    await page.goto("/trusts/kingston?asOf=2009-02-11");
    const table = page.getByRole("table", { name: /go-lives as of/i });
    await table.locator("summary", { hasText: "3 reasons" }).click();
    await expect(table.getByText("Waiting to go live after the October 2008 halt, lifted 11 February 2009.")).toBeVisible();
  });
});
