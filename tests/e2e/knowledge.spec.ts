import { expect, test, type Page } from "@playwright/test";
import { expectNoAxeViolations } from "./support/axe";

// The record as it stood on a date, and the same date with hindsight (docs/decisions/013-knowledge-dates.md).
const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

/** The latest day a source label ("E-Health Insider, March 2010", "Hansard, 27 February 2009", "…, 2011") can mean. */
function latestDayOf(label: string): string | null {
  const day = label.match(/(\d{1,2}) (January|February|March|April|May|June|July|August|September|October|November|December) (\d{4})/);
  if (day) return `${day[3]}-${String(MONTHS.indexOf(day[2]!) + 1).padStart(2, "0")}-${day[1]!.padStart(2, "0")}`;
  const month = label.match(/(January|February|March|April|May|June|July|August|September|October|November|December) (\d{4})/);
  if (month) {
    const m = MONTHS.indexOf(month[1]!) + 1;
    const last = new Date(Date.UTC(Number(month[2]), m, 0)).getUTCDate();
    return `${month[2]}-${String(m).padStart(2, "0")}-${last}`;
  }
  const year = label.match(/\b(19|20)\d{2}\b/);
  return year ? `${year[0]}-12-31` : null;
}

async function sourceDates(page: Page): Promise<string[]> {
  const table = page.getByRole("table", { name: /^Go-lives as of/ });
  // Each row's sources are behind a disclosure (closed, so no innerText): read their text content.
  const labels = await table.locator("tbody tr td:last-child a, tbody tr td:last-child li > span[title]").allTextContents();
  return labels.map(latestDayOf).filter((d): d is string => d !== null);
}

test.describe("what was known on a date", () => {
  test("as it stood on 11 February 2009 the overview cites nothing published after that day", async ({ page }) => {
    await page.goto("/?asOf=2009-02-11");
    await expect(page.getByText(/Showing the record as of 11 February 2009, as it stood/)).toBeVisible();
    const dates = await sourceDates(page);
    expect(dates.length).toBeGreaterThan(0);
    expect(dates.filter((d) => d > "2009-02-11")).toEqual([]);
    await expect(page.getByText(/Published later/)).toHaveCount(0);
  });

  test("with hindsight the same date cites the later sources too, each marked with its date, and the switch stays in the address", async ({ page }) => {
    await page.goto("/?asOf=2009-02-11");
    await page.getByRole("radio", { name: /With hindsight/ }).check();
    await page.getByRole("button", { name: "Show" }).click();
    await expect(page).toHaveURL(/[?&]view=hindsight/);
    await expect(page).toHaveURL(/[?&]asOf=2009-02-11/);
    await expect(page.getByText(/Showing the record as of 11 February 2009, with hindsight/)).toBeVisible();
    await expect(page.getByText(/Published later, \d{1,2} \w+ \d{4}/).first()).toBeVisible();

    // The view travels with the reader: to a trust's page, and through the navigation.
    await page
      .getByRole("table", { name: /^Go-lives as of/ })
      .getByRole("rowheader", { name: /Kingston/ })
      .getByRole("link")
      .click();
    await expect(page).toHaveURL(/\/trusts\/kingston\?.*view=hindsight/);
    await expect(page.getByRole("radio", { name: /With hindsight/ })).toBeChecked();
    await page.getByRole("navigation", { name: "Primary navigation" }).getByRole("link", { name: "Decisions" }).click();
    await expect(page).toHaveURL(/\/decisions\?.*view=hindsight/);

    await expectNoAxeViolations(page);
  });

  test("the go-lives export says which view it is and what was reported later", async ({ page }) => {
    const asItStood = await page.request.get("/exports/go-lives.csv?asOf=2009-02-11&bom=0");
    expect(asItStood.status()).toBe(200);
    const [header, ...rows] = (await asItStood.text()).trim().split(/\r\n/);
    expect(header!.split(",").slice(-3)).toEqual(["as_of", "view", "reported_later"]);
    expect(rows.every((r) => r.endsWith(",2009-02-11,as_it_stood,"))).toBe(true);
    const hindsight = await page.request.get("/exports/go-lives.csv?asOf=2009-02-11&view=hindsight&bom=0");
    expect(hindsight.headers()["content-disposition"]).toContain("london-cerner-go-lives-2009-02-11-hindsight.csv");
    expect((await hindsight.text()).includes(",hindsight,")).toBe(true);
    const wrong = await page.request.get("/exports/go-lives.csv?asOf=2009-02-11&view=later");
    expect(wrong.status()).toBe(400);
    expect(await wrong.text()).toContain("view: Choose how to read the date: as it stood, or with hindsight");
  });

  test("a view the address cannot read gets a message, and the page reads the date as it stood", async ({ page }) => {
    await page.goto("/?asOf=2009-02-11&view=sideways");
    await expect(page.getByRole("alert", { name: "There is a problem" })).toContainText("Choose how to read the date: as it stood, or with hindsight");
    await expect(page.getByRole("radio", { name: /As it stood/ })).toBeChecked();
  });

  test("organisations as they stood: on 1 January 2013 Barts and The London is part of Barts Health, with a link to it; on 1 June 2008 it is not", async ({
    page,
  }) => {
    await page.goto("/?asOf=2013-01-01");
    const barts = page.getByRole("table", { name: /^Go-lives as of/ }).getByRole("rowheader", { name: /Barts and The London/ });
    await expect(barts).toContainText("Part of Barts Health NHS Trust from April 2012");
    await barts.getByRole("link", { name: "Barts Health NHS Trust" }).click();
    await expect(page).toHaveURL(/\/trusts\/barts-health\?asOf=2013-01-01/);

    await page.goto("/?asOf=2010-01-01");
    await expect(page.getByRole("table", { name: /^Go-lives as of/ }).getByRole("rowheader", { name: /Queen Mary's Sidcup/ })).toContainText(
      "Part of South London Healthcare NHS Trust from 2009",
    );

    await page.goto("/?asOf=2008-06-01");
    await expect(page.getByRole("table", { name: /^Go-lives as of/ }).getByRole("rowheader", { name: /Barts and The London/ })).not.toContainText("Part of");
  });
});
