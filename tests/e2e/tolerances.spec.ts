import { expect, test } from "@playwright/test";
import { storageStateOf } from "./support/roles";
import { axeViolations } from "./support/axe";

// A board member sets a tolerance of 90 days of slip against the plans before the October 2008 halt, and the pack
// for the meeting of 11 February 2009 leads with Kingston's exception. Writes: runs after the readers.
test.use({ storageState: storageStateOf("board") });

test("a tolerance set by the board raises Kingston's exception at the top of the pack", async ({ page }) => {
  await page.goto("/board/tolerances");
  await page.getByRole("main").getByRole("link", { name: "Set a tolerance" }).click();
  await expect(page).toHaveURL(/\/board\/tolerances\/new$/);

  // Nothing chosen: the error summary lists each problem in the form's order, and keeps what was typed.
  await page.getByLabel("Days of slip tolerated").fill("ninety");
  await page.getByRole("button", { name: "Set the tolerance" }).click();
  const summary = page.getByRole("alert").filter({ hasText: "There is a problem" });
  await expect(summary.getByRole("listitem")).toHaveText([
    "Select what the tolerance is: days of slip, a deadline, or money deferred",
    "Enter why the board agreed it",
  ]);
  await expect(page.getByLabel("Days of slip tolerated")).toHaveValue("ninety");
  expect(await axeViolations(page)).toEqual([]);

  await page.getByRole("radio", { name: "Days of slip against a baseline" }).check();
  await page.getByLabel("Days of slip tolerated").fill("90");
  await page
    .getByLabel("Measured against")
    .selectOption({ label: "The day before “All Cerner go-lives in London halted” took effect (the record on 30 October 2008)" });
  await page.locator('input[name="agreedOn-day"]').fill("1");
  await page.locator('input[name="agreedOn-month"]').fill("11");
  await page.locator('input[name="agreedOn-year"]').fill("2008");
  await page.getByLabel("Why").fill("Board meeting of 1 November 2008: 90 days against the plans before the halt");
  await page.getByRole("button", { name: "Set the tolerance" }).click();
  await expect(page).toHaveURL(/\/board\/tolerances\?saved=slip-programme-2008-11-01#tolerance-slip-programme-2008-11-01$/);
  await expect(page.getByRole("status")).toContainText(
    "The tolerance has been set: The whole programme, 90 days of slip against the record on 30 October 2008, from 1 November 2008",
  );

  // As the record stood on 11 February 2009 the tolerance was not yet recorded; with hindsight it applies.
  await page.goto("/board/pack?to=2009-02-11");
  await expect(page.getByRole("region", { name: "Exceptions: outside what the board agreed to tolerate" })).toContainText(
    "1 tolerance agreed by the meeting was recorded after it",
  );
  await page.goto("/board/pack?to=2009-02-11&view=hindsight");
  const article = page.locator("article");
  // Management by exception: the pack leads with them, before the status.
  await expect(article.getByRole("heading", { level: 2 }).first()).toHaveText("Exceptions: outside what the board agreed to tolerate");
  const exceptions = page.getByRole("region", { name: "Exceptions: outside what the board agreed to tolerate" });
  const kingston = exceptions.getByRole("row").filter({ hasText: "Kingston Hospital NHS Trust" });
  await expect(kingston).toContainText("Outside tolerance");
  await expect(kingston).toContainText("31 December 2008");
  await expect(kingston).toContainText("Its forecast, April 2009 at the earliest, is 122 to 180 days after the baseline's November 2008; 90 days tolerated.");
  expect(await axeViolations(page)).toEqual([]);

  // The overview and Kingston's page show it too, and link to the tolerances.
  await page.goto("/?asOf=2009-02-11&view=hindsight");
  await expect(page.getByRole("region", { name: "Exceptions on 11 February 2009" }).getByRole("row").filter({ hasText: "Kingston" })).toContainText(
    "31 December 2008",
  );
  await page.goto("/trusts/kingston?asOf=2009-02-11&view=hindsight");
  await expect(page.getByRole("region", { name: "Exceptions on 11 February 2009" })).toContainText("Outside tolerance");
  await page.goto("/board/tolerances?asOf=2009-02-11&view=hindsight");
  await expect(page.getByRole("table", { name: "Go-lives outside tolerance on 11 February 2009" }).getByRole("row")).toHaveCount(3);
  expect(await axeViolations(page)).toEqual([]);
});
