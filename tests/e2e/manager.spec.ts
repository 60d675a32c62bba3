import { expect, test } from "@playwright/test";
import { dateInputParts, fillDateInput } from "./support/date-input";
import { storageStateOf } from "./support/roles";
import { fillReplanDates, fillReplanReason, openRoehamptonReplan } from "./support/replan";

test.describe("a programme manager records a re-plan and a go-live", () => {
  test.use({ storageState: storageStateOf("manager") });

  test("a manager re-plans a go-live; the earlier plan stays in the history", async ({ page }) => {
    const reason = `Trust board set a new date (${Date.now()})`;
    await openRoehamptonReplan(page);
    await fillReplanDates(page, "2010-06");
    // "Date announced" starts as today; a plan for June 2010 announced today is after its own date.
    const announced = page.getByRole("group", { name: "Date the re-plan was announced" });
    const today = new Date().toLocaleDateString("en-CA", { timeZone: "Europe/London" }).split("-");
    await expect(announced.getByLabel("Year")).toHaveValue(today[0]!);
    await expect(announced.getByLabel("Day")).toHaveValue(String(Number(today[2])));
    await fillReplanReason(page, reason);
    await page.getByRole("button", { name: "Save the re-plan" }).click();
    const summary = page.getByRole("alert", { name: "There is a problem" });
    await expect(summary).toContainText(/This re-plan was announced \d+ \w+ \d{4}, after the date it plans \(June 2010\)/);
    await expect(page.getByLabel("Reason for the re-plan")).toHaveValue(reason);
    // The record's date: announced in March 2009.
    await announced.getByLabel("Day").fill("");
    await announced.getByLabel("Month").fill("3");
    await announced.getByLabel("Year").fill("2009");
    await page.getByRole("button", { name: "Save the re-plan" }).click();
    await expect(page).toHaveURL(/\/trusts\/[a-z-]+\?saved=replan#history$/);
    await expect(page.getByRole("status")).toContainText("Your change has been saved");
    const timeline = page.getByRole("region", { name: "Timeline" });
    await expect(timeline).toContainText("Re-planned: go-live for June 2010");
    await expect(timeline).toContainText(reason);
    // The earlier plan stays (Roehampton's March 2009 one: domain.md gives no dated "due with Kingston" plan).
    await expect(timeline).toContainText("looking at alternative options");
    await expect(page.getByRole("region", { name: "Change history" })).toContainText(/Re-planned\s*by manager@example\.nhs\.uk/);
  });

  test("an empty form shows every error at once, linked to its field, and keeps what was typed", async ({ page }) => {
    await page.goto("/trusts/queen-marys-roehampton");
    await page.getByRole("link", { name: /^Re-plan/ }).click();
    await page.getByLabel("Reason for the re-plan").fill("kept text");
    await page.getByRole("button", { name: "Save the re-plan" }).click();
    const summary = page.getByRole("alert", { name: "There is a problem" });
    await expect(summary).toBeFocused();
    await expect(page).toHaveTitle(/^Error: /);
    await expect(summary.getByRole("link")).toHaveText([
      "Enter the planned go-live date",
      "Select the source, or describe a new one",
      "Select how certain the record is",
    ]);
    await summary.getByRole("link", { name: "Enter the planned go-live date" }).click();
    await expect(page.locator("#plannedOn-day")).toBeFocused();
    await expect(page.getByLabel("Reason for the re-plan")).toHaveValue("kept text");
  });

  test("a wrong date part is named and marked, the summary follows the fields' order, and nothing typed is lost", async ({ page }) => {
    await page.goto("/trusts/queen-marys-roehampton");
    await page.getByRole("link", { name: /^Re-plan/ }).click();
    const planned = dateInputParts(page, "New planned go-live date");
    await fillDateInput(page, "New planned go-live date", "2010-13-01");
    const announced = dateInputParts(page, "Date the re-plan was announced");
    await announced.day.fill("3");
    await announced.month.fill("3");
    await announced.year.fill("");
    await page.getByRole("button", { name: "Save the re-plan" }).click();
    const summary = page.getByRole("alert", { name: "There is a problem" });
    await expect(summary.getByRole("link")).toHaveText([
      "Month must be between 1 and 12",
      "Date announced must include a year",
      "Enter the reason for the re-plan",
      "Select the source, or describe a new one",
      "Select how certain the record is",
    ]);
    // Only the wrong part is marked; what was typed is shown back.
    await expect(planned.month).toHaveAttribute("aria-invalid", "true");
    await expect(planned.day).not.toHaveAttribute("aria-invalid", "true");
    await expect(planned.month).toHaveValue("13");
    await expect(planned.day).toHaveValue("1");
    await expect(announced.year).toHaveAttribute("aria-invalid", "true");
    await expect(announced.day).toHaveValue("3");
    await expect(planned.group).toHaveAttribute("aria-describedby", "plannedOn-hint plannedOn-error");
    // Each summary link goes to the first wrong part.
    await summary.getByRole("link", { name: "Month must be between 1 and 12" }).click();
    await expect(planned.month).toBeFocused();
    await summary.getByRole("link", { name: "Date announced must include a year" }).click();
    await expect(announced.year).toBeFocused();

    // Put right, it saves and lands on the trust's history.
    await planned.month.fill("Jul");
    await announced.year.fill("2009");
    await fillReplanReason(page, `Typed with month names (${Date.now()})`);
    await page.getByRole("button", { name: "Save the re-plan" }).click();
    await expect(page).toHaveURL(/\/trusts\/queen-marys-roehampton\?saved=replan#history$/);
    await expect(page.getByRole("region", { name: "Timeline" })).toContainText("Re-planned: go-live for 1 July 2010");
    // The history names the plan it added, field by field, and marks none of the go-live's own fields as removed.
    const entry = page.getByRole("region", { name: "Change history" }).getByRole("listitem").filter({ hasText: "Typed with month names" }).first();
    await expect(entry).toContainText("Plan › planned on: 1 July 2010");
    await expect(entry).not.toContainText("(removed)");
    // In words throughout: the certainty as the pages say it, the source by its title, no database ids.
    await expect(entry).toContainText("Plan › certainty: ");
    await expect(entry).not.toContainText(/SINGLE_SOURCE|CONFIRMED|UNCERTAIN|\bID\b/);
    await expect(entry).toContainText(/Plan › source: [^\d]/);
  });

  test("a go-live during a halt needs a reason, which is then shown with it", async ({ page }) => {
    const override = `Trust chose to go live despite the halt (${Date.now()})`;
    await page.goto("/trusts/imperial");
    // Imperial has two go-lives in the record: its PAS (2014) and its order communications (2011).
    await page.getByRole("link", { name: /^Record the go-live.*Patient administration system/ }).click();
    // Imperial's PAS went live on 22 April 2014: a December 2008 go-live is another source's claim.
    await page
      .getByRole("group", { name: "This go-live is already recorded as live" })
      .getByLabel(/^Another source's claim/)
      .check();
    const when = page.getByRole("group", { name: "Date it went live" });
    await when.getByLabel("Day").fill("1");
    await when.getByLabel("Month").fill("12");
    await when.getByLabel("Year").fill("2008");
    await page.getByLabel("Source", { exact: true }).selectOption({ index: 1 });
    await page.getByLabel("Uncertain").check();
    await page.getByRole("button", { name: "Save the go-live" }).click();
    await expect(page.getByRole("alert", { name: "There is a problem" })).toContainText("A halt covered Imperial College Healthcare NHS Trust on that date");
    await page.getByLabel(/why it went live anyway/).fill(override);
    await page.getByRole("button", { name: "Save the go-live" }).click();
    await expect(page).toHaveURL(/\/trusts\/imperial\?saved=go-live#history$/);
    await expect(page.getByRole("status")).toContainText("Your change has been saved");
    await expect(page.getByRole("region", { name: "Timeline" })).toContainText(`Recorded while a halt covered the trust. Reason given: ${override}`);
  });
});

test.describe("every save lands on the page that shows it", () => {
  test.use({ storageState: storageStateOf("manager") });
  const run = Date.now().toString(36);

  test("a problem lands on the trust's history with the problem in it", async ({ page }) => {
    await page.goto("/trusts/royal-free/problems/new");
    const when = page.getByRole("group", { name: "Date reported" });
    await when.getByLabel("Month").fill("7");
    await when.getByLabel("Year").fill("2008");
    await page.getByLabel("What the problem was").fill(`Appointments lost after go-live (e2e ${run})`);
    await page.getByLabel("Source", { exact: true }).selectOption({ index: 1 });
    await page.getByLabel("Single source").check();
    await page.getByRole("button", { name: "Save the problem" }).click();
    await expect(page).toHaveURL(/\/trusts\/royal-free\?saved=problem#history$/);
    await expect(page.getByRole("status")).toContainText("Your change has been saved");
    await expect(page.getByRole("heading", { level: 1 })).toContainText("Royal Free");
  });

  test("an acceptance lands on the trust's history", async ({ page }) => {
    await page.goto("/trusts/royal-free");
    await page
      .getByRole("link", { name: /^Record acceptance/ })
      .first()
      .click();
    const when = page.getByRole("group", { name: "Date the trust certified it fit for purpose" });
    await when.getByLabel("Day").fill("1");
    await when.getByLabel("Month").fill("12");
    await when.getByLabel("Year").fill("2008");
    await page.getByLabel("Source", { exact: true }).selectOption({ index: 1 });
    await page.getByLabel("Uncertain").check();
    await page.getByRole("button", { name: "Save the acceptance" }).click();
    await expect(page).toHaveURL(/\/trusts\/royal-free\?saved=acceptance#history$/);
    await expect(page.getByRole("status")).toContainText("Your change has been saved");
    // The acceptance shows with its date, and the payments it triggers are due from it.
    await expect(page.getByRole("list", { name: "Acceptance as fit for purpose" })).toContainText("1 December 2008");
    await expect(page.getByRole("table", { name: /Payments tied to/ })).toContainText("Due from 1 December 2008");
  });

  test("a second go-live on a go-live already live asks what it is, and another source's claim appears in the conflicts", async ({ page }) => {
    await page.goto("/trusts/kingston");
    await page
      .getByRole("link", { name: /^Record the go-live/ })
      .first()
      .click();
    const choice = page.getByRole("group", { name: "This go-live is already recorded as live" });
    await expect(choice).toContainText("30 November 2009");
    const when = page.getByRole("group", { name: "Date it went live" });
    await when.getByLabel("Day").fill("1");
    await when.getByLabel("Month").fill("12");
    await when.getByLabel("Year").fill("2009");
    await page.getByLabel("Source", { exact: true }).selectOption({ index: 1 });
    await page.getByLabel("Single source").check();
    await page.getByRole("button", { name: "Save the go-live" }).click();
    await expect(page.getByRole("alert", { name: "There is a problem" })).toContainText("is already recorded as live on 30 November 2009");
    await expect(when.getByLabel("Day")).toHaveValue("1");
    await choice.getByLabel(/^Another source's claim/).check();
    await page.getByRole("button", { name: "Save the go-live" }).click();
    await expect(page).toHaveURL(/\/trusts\/kingston\?saved=go-live#history$/);
    await page.goto("/conflicts");
    const conflict = page
      .getByRole("region", { name: /When Kingston Hospital NHS Trust went live/ })
      .or(page.locator("section, article").filter({ hasText: "When Kingston Hospital NHS Trust went live" }))
      .first();
    await expect(conflict).toContainText("30 November 2009");
    await expect(conflict).toContainText("1 December 2009");
  });

  test("a new source lands on the list of sources with the source in it", async ({ page }) => {
    const title = `Programme board minutes (e2e ${run})`;
    await page.goto("/sources/new");
    await page.getByLabel("Title").fill(title);
    await page.getByLabel("Publisher").fill("London Programme for IT");
    await page.getByRole("button", { name: "Add the source" }).click();
    // The list comes 50 a page: the save lands on the page that holds the new source, with it marked.
    await expect(page).toHaveURL(/\/sources\?saved=[a-z0-9-]+#source-[a-z0-9-]+$/);
    await expect(page.getByRole("status")).toContainText(`The source “${title}” has been added`);
    await expect(
      page
        .getByRole("table", { name: /sources published by/ })
        .getByRole("rowheader")
        .filter({ hasText: title }),
    ).toBeVisible();
  });
});

test.describe("a viewer", () => {
  test.use({ storageState: storageStateOf("viewer") });

  test("sees no controls to record changes, and the form page explains they cannot", async ({ page }) => {
    await page.goto("/trusts/kingston");
    await expect(page.getByRole("region", { name: "Record a change" })).toHaveCount(0);
    await expect(page.getByRole("link", { name: /^Re-plan/ })).toHaveCount(0);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Kingston Hospital NHS Trust");
    await page.goto("/trusts/kingston/go-lives/1/replan");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("You cannot do this with your account");
  });
});

test("a viewer who posts a manager's form anyway is refused and nothing is saved", async ({ browser }) => {
  // The manager's browser makes the server action call; it is captured, not sent, and then
  // replayed with the viewer's session: a server action is a public POST endpoint.
  const manager = await browser.newContext({ storageState: storageStateOf("manager") });
  const managerPage = await manager.newPage();
  // Kingston is live, so it offers no re-plan: Queen Mary's Roehampton has a go-live still to come.
  await managerPage.goto("/trusts/queen-marys-roehampton");
  await managerPage
    .getByRole("link", { name: /^Re-plan/ })
    .first()
    .click();
  await managerPage.getByRole("group", { name: "New planned go-live date" }).getByLabel("Year").fill("2011");
  await managerPage.getByLabel("Reason for the re-plan").fill("posted by a viewer");
  await managerPage.getByLabel("Source", { exact: true }).selectOption({ index: 1 });
  await managerPage.getByLabel("Uncertain").check();
  let captured: { url: string; headers: Record<string, string>; body: Buffer } | null = null;
  await managerPage.route("**/*", async (route) => {
    const request = route.request();
    if (request.method() === "POST" && request.headers()["next-action"]) {
      captured = { url: request.url(), headers: request.headers(), body: request.postDataBuffer() ?? Buffer.alloc(0) };
      await route.abort();
      return;
    }
    await route.continue();
  });
  await managerPage.getByRole("button", { name: "Save the re-plan" }).click();
  await expect.poll(() => captured !== null).toBe(true);
  await manager.close();

  const viewer = await browser.newContext({ storageState: storageStateOf("viewer") });
  const { url, headers, body } = captured!;
  const forwarded = Object.fromEntries(
    Object.entries(headers).filter(([k]) => ["next-action", "content-type", "accept", "next-router-state-tree"].includes(k)),
  );
  const response = await viewer.request.post(url, { headers: forwarded, data: body });
  expect(await response.text()).toContain("Your account cannot make this change");
  const page = await viewer.newPage();
  await page.goto("/trusts/queen-marys-roehampton");
  await expect(page.getByRole("region", { name: "Timeline" })).not.toContainText("posted by a viewer");
  await viewer.close();
});
