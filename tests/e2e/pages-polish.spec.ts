import { expect, test, type Page } from "@playwright/test";
import { storageStateOf } from "./support/roles";

// Issue 14's rough edges in the pages, tried as each role would: the timeline's chart, the go-live
// sub-pages, the halt card, the what-if's call to action, the favicon and a bad export filter.

/** The id of a trust's go-live, from the what-if's list of go-lives (every go-live, by its label). */
async function goLiveIdOf(page: Page, label: RegExp): Promise<string> {
  await page.goto("/board/what-if");
  const value = await page.locator("#goLive option").filter({ hasText: label }).first().getAttribute("value");
  expect(value).toMatch(/^\d+$/);
  return value!;
}

test.describe("as a viewer", () => {
  test.use({ storageState: storageStateOf("viewer") });

  test("the timeline's labels never overlap: at 11 February 2009 'As of' and 'Halt' sit apart", async ({ page }) => {
    await page.goto("/timeline?asOf=2009-02-11");
    const labels = page.locator("#go-lives [data-reference-label]");
    await expect(labels).toHaveCount(2);
    const [a, b] = [await labels.nth(0).boundingBox(), await labels.nth(1).boundingBox()];
    const overlap = a!.x < b!.x + b!.width && b!.x < a!.x + a!.width && a!.y < b!.y + b!.height && b!.y < a!.y + a!.height;
    expect(overlap).toBe(false);
    await expect(page.locator("#go-lives [data-reference-label='as-of']")).toHaveText("As of");
  });

  test("the timeline's axis fits the data, not today, and the Royal Free's disputed day is marked in the chart and its table", async ({ page }) => {
    await page.goto("/timeline");
    // The time axis' ticks are the years (the other axis names the go-lives).
    const tick = page.locator("#go-lives .recharts-cartesian-axis-tick-value");
    await expect(tick.first()).toBeVisible();
    const years = (await tick.allTextContents()).filter((t) => /^\d{4}$/.test(t)).map(Number);
    expect(years.length).toBeGreaterThan(3);
    // The record's last go-live is in 2014: the axis stops the year after, not at today's date.
    expect(Math.max(...years)).toBeLessThan(new Date().getUTCFullYear());
    await expect(page.getByText("The chart ends with the last date in the record")).toBeVisible();
    await expect(page.locator("#go-lives .recharts-legend-wrapper")).toContainText("Go-live on a disputed day");
    const royalFree = page
      .getByRole("table", { name: /Planned and actual go-lives/ })
      .getByRole("row")
      .filter({ hasText: "Royal Free" });
    await expect(royalFree).toContainText("Sources disagree");
    await expect(royalFree).toContainText("15 June 2008, 16 June 2008 or 17 June 2008");
    await expect(royalFree.getByRole("link", { name: /See each source’s claim/ })).toHaveAttribute(
      "href",
      /\/trusts\/royal-free#conflict-royal-free-go-live-day$/,
    );
  });

  test("the halt card on the overview says why the board halted, from the record, with the problems and their sources", async ({ page }) => {
    await page.goto("/?asOf=2009-01-15");
    const card = page.getByRole("listitem").filter({ has: page.getByRole("heading", { name: /All Cerner go-lives in London halted/ }) });
    await expect(card).toContainText("Why: Serious problems at the Royal Free Hampstead NHS Trust and at Barts and The London NHS Trust");
    await expect(card.getByRole("link", { name: /^Royal Free, June 2008: System crashes and lost appointments/ })).toHaveAttribute(
      "href",
      /^\/problems\?trust=royal-free&asOf=2009-01-15#problem-\d+$/,
    );
    await expect(card.getByRole("link", { name: /^Barts and The London, June 2008: Urgent cancer visits delayed/ })).toBeVisible();
    // Reported after the halt took effect: not a reason for it.
    await expect(card).not.toContainText("£7.2m deficit");
  });

  test("the favicon answers, without a session", async ({ browser }) => {
    const context = await browser.newContext({ storageState: { cookies: [], origins: [] } });
    const response = await context.request.get("/favicon.ico", { maxRedirects: 0 });
    expect(response.status()).toBe(200);
    expect(response.headers()["content-type"]).toMatch(/^image\//);
    await context.close();
  });
});

test.describe("as a programme manager", () => {
  test.use({ storageState: storageStateOf("manager") });

  test("a go-live already live offers no re-plan, and its re-plan page says why instead of a form", async ({ page }) => {
    await page.goto("/trusts/kingston");
    const record = page.locator("section", { has: page.getByRole("heading", { name: "Record a change" }) });
    await expect(record).toContainText("Live, so no re-plan");
    await expect(record.getByRole("link", { name: /^Re-plan/ })).toHaveCount(0);
    const goLiveHref = await record
      .getByRole("link", { name: /^Record the go-live/ })
      .first()
      .getAttribute("href");
    const replan = goLiveHref!.replace(/\/go-live$/, "/replan");
    await page.goto(replan);
    await expect(page.getByRole("heading", { name: "This go-live has already happened" })).toBeVisible();
    await expect(page.getByRole("button")).not.toContainText(["Save"]);
    await expect(page.locator("form[action], form").filter({ has: page.getByLabel(/planned/i) })).toHaveCount(0);
  });

  test("an unknown, huge or malformed go-live id is 'Go-live not found' (404) with a link back to the trust", async ({ page }) => {
    for (const path of [
      "/trusts/kingston/go-lives/999/replan",
      "/trusts/kingston/go-lives/99999999999999999999/replan",
      "/trusts/kingston/go-lives/-1/go-live",
      "/trusts/kingston/go-lives/abc/acceptance",
      "/trusts/kingston/go-lives/%00/replan",
    ]) {
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(404);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("Go-live not found");
      await expect(page.getByRole("link", { name: "Back to the trust" })).toHaveAttribute("href", "/trusts/kingston");
    }
  });
});

test.describe("as a board member", () => {
  test.use({ storageState: storageStateOf("board") });

  test("the what-if words its call to action for what was moved: a plan is a re-plan, a halt or resume a decision", async ({ page }) => {
    const kingston = await goLiveIdOf(page, /^Kingston/);
    await page.goto(`/board/what-if?move=plan&goLive=${kingston}&planned=2009-06-01&asOf=2009-01-15`);
    const result = page.locator("section", { has: page.locator("#result-heading") });
    await expect(result).toContainText("A moved plan is a re-plan of Kingston, which only a programme manager can record.");
    await expect(result).not.toContainText("record it as a decision");
    await page.goto("/board/what-if?move=decision&decision=resume-2009-02&date=2008-12-01");
    await expect(page.getByRole("link", { name: "record it as a decision" })).toHaveAttribute("href", "/decisions/new");
  });
});

test("a problems export for a trust not in the record is a 400 that says so, as a bad status is", async ({ request }) => {
  const response = await request.get("/exports/problems.csv?trust=nope");
  expect(response.status()).toBe(400);
  expect(await response.text()).toContain('No trust has the key "nope"');
});
