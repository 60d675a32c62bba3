import { readFile } from "node:fs/promises";
import { expect, test, type Page } from "@playwright/test";
import { parse } from "csv-parse/sync";
import { storageStateOf } from "./support/roles";
import { dateInputParts, fillDateInput } from "./support/date-input";
import { expectNoAxeViolations } from "./support/axe";

test.use({ storageState: storageStateOf("admin") });

async function openAccount(page: Page, email: string) {
  await page.goto("/admin/users");
  const row = page.getByRole("row").filter({ hasText: email });
  await row.getByRole("link", { name: /^Manage/ }).click();
  await expect(page).toHaveURL(/\/admin\/users\/[0-9a-f-]{36}$/);
}

test("an admin invites a person, who sets a password and signs in; changing roles and deactivating take effect at once", async ({ page, browser }) => {
  const email = `e2e-invitee-${Date.now()}@example.nhs.uk`;
  const password = `a long e2e password ${Date.now()}`;

  // The admin invites an analyst and is shown the one-time link.
  await page.goto("/admin/users/invite");
  await page.getByLabel("Full name").fill("Edith Endtoend");
  await page.getByLabel("Email address").fill(email);
  await page.getByRole("checkbox", { name: /^Analyst/ }).check();
  await page.getByRole("button", { name: "Make the invitation" }).click();
  const panel = page.getByRole("status").filter({ hasText: `Invitation made for ${email}` });
  await expect(panel).toBeVisible();
  const link = await page.getByLabel(/Copy this link and send it to the person: it works once, for 7 days/).inputValue();
  const invitationPath = new URL(link).pathname;
  expect(invitationPath).toMatch(/^\/invitation\/[A-Za-z0-9_-]{43}$/);

  // The invitee opens it signed out, sets a password, signs in and downloads an export.
  const context = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  const invitee = await context.newPage();
  await invitee.goto(invitationPath);
  await expect(invitee.getByRole("heading", { level: 1 })).toHaveText("Set your password");
  await expect(invitee.getByText(email)).toBeVisible();
  await invitee.getByLabel("Password", { exact: true }).fill(password);
  await invitee.getByLabel("Type the password again").fill(password);
  await invitee.getByRole("button", { name: "Set my password" }).click();
  await expect(invitee).toHaveURL(/\/sign-in\?invited=1$/);
  await invitee.getByLabel("Email address").fill(email);
  await invitee.getByLabel("Password").fill(password);
  await invitee.getByRole("button", { name: "Sign in" }).click();
  await expect(invitee.getByRole("navigation", { name: "Account" })).toContainText("Edith Endtoend");
  const csv = await invitee.request.get("/exports/go-lives.csv");
  expect(csv.status()).toBe(200);
  expect(csv.headers()["content-type"]).toBe("text/csv; charset=utf-8");

  // The link works once.
  await invitee.goto(invitationPath);
  await expect(invitee.getByRole("heading", { level: 1 })).toHaveText("This invitation link cannot be used");
  await expect(invitee.getByText(/already been used/)).toBeVisible();

  // The admin takes the Analyst role away: the invitee's next export is refused.
  await openAccount(page, email);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Edith Endtoend");
  await page.getByRole("checkbox", { name: /^Analyst/ }).uncheck();
  await page.getByRole("checkbox", { name: /^Viewer/ }).check();
  await page.getByRole("button", { name: "Save the roles" }).click();
  await expect(page).toHaveURL(/\/admin\/users\/[0-9a-f-]{36}\?saved=roles$/);
  await expect(page.getByRole("status").filter({ hasText: "The roles are saved" })).toBeVisible();
  expect((await invitee.request.get("/exports/go-lives.csv")).status()).toBe(403);

  // The admin deactivates the account: the invitee's open session ends at once.
  await page.getByRole("button", { name: "Deactivate this account" }).click();
  await expect(page).toHaveURL(/\/admin\/users\/[0-9a-f-]{36}\?saved=deactivated$/);
  await expect(page.getByRole("status").filter({ hasText: "The account is deactivated and its sessions have ended" })).toBeVisible();
  await expect(page.getByRole("region", { name: "Change history" })).toContainText("Deactivated the account");
  await invitee.goto("/");
  await expect(invitee).toHaveURL(/\/sign-in/);
  await context.close();

  // The audit trail, filtered to invitations, lists this one, and its CSV holds the same.
  await page.goto("/admin/audit");
  await page.getByLabel("What").selectOption({ label: "Invited" });
  await page.getByRole("button", { name: "Apply filters" }).click();
  await expect(page).toHaveURL(/action=user\.invite/);
  const table = page.getByRole("table", { name: "Changes, newest first" });
  await expect(table).toContainText(email);
  const actions = await table.locator("tbody tr td:nth-child(3)").allInnerTexts();
  expect(new Set(actions), "the action, in words").toEqual(new Set(["Invited"]));
  // Each change reads as fields and values, not JSON: a created invitation shows its new values only, its roles in words.
  const inviteRow = table.locator("tbody tr", { hasText: email }).first();
  await expect(inviteRow.getByRole("listitem").filter({ hasText: /^Email:/ })).toHaveText(`Email: ${email}`);
  await expect(inviteRow.getByRole("listitem").filter({ hasText: /^Roles:/ })).toHaveText("Roles: Analyst");
  await expect(inviteRow).not.toContainText("{");
  // The record is named in words: the invitation by the person's name and email, not by its kind and id.
  await expect(inviteRow.locator("td").nth(3)).toHaveText(`Edith Endtoend (${email})`);
  // The email in "Who" wraps at the @ or a dot if it must, never a letter at a time: two lines at most (24px each).
  const who = inviteRow.locator("td").nth(1).locator("span").first();
  expect((await who.boundingBox())!.height).toBeLessThanOrEqual(50);
  await expect(page.getByRole("link", { name: "Download these changes as Excel" })).toHaveAttribute("href", /^\/exports\/audit\.xlsx\?action=user\.invite/);

  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Download these changes as CSV" }).click()]);
  expect(download.suggestedFilename()).toMatch(/^london-cerner-audit-trail-\d{4}-\d{2}-\d{2}\.csv$/);
  const text = (await readFile((await download.path())!)).toString("utf8");
  expect(text).toContain("\r\n");
  const records: Record<string, string>[] = parse(text, { bom: true, columns: true });
  expect(Object.keys(records[0]!)).toEqual(["audit_id", "occurred_at", "actor", "action", "entity", "entity_id", "outcome", "before", "after"]);
  expect(records.every((r) => r.action === "user.invite")).toBe(true);
  const row = records.find((r) => r.after?.includes(email))!;
  expect(row).toMatchObject({ actor: "admin@example.nhs.uk", entity: "Invitation", outcome: "APPLIED", before: "" });
  expect(JSON.parse(row.after!)).toMatchObject({ email, name: "Edith Endtoend", roles: ["ANALYST"] });
  expect(text).not.toContain(invitationPath.split("/").pop()!);
});

test("two admins change one person's roles: the second save is refused, shows what changed, keeps what was typed, and can be saved again", async ({
  page,
  browser,
}) => {
  const email = `e2e-conflict-${Date.now()}@example.nhs.uk`;
  await page.goto("/admin/users/invite");
  await page.getByLabel("Full name").fill("Connie Conflict");
  await page.getByLabel("Email address").fill(email);
  await page.getByRole("checkbox", { name: /^Viewer/ }).check();
  await page.getByRole("button", { name: "Make the invitation" }).click();
  const path = new URL(await page.getByLabel(/Copy this link/).inputValue()).pathname;
  const context = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  const invitee = await context.newPage();
  await invitee.goto(path);
  await invitee.getByLabel("Password", { exact: true }).fill("a long conflict password");
  await invitee.getByLabel("Type the password again").fill("a long conflict password");
  await invitee.getByRole("button", { name: "Set my password" }).click();
  await expect(invitee).toHaveURL(/\/sign-in\?invited=1$/);
  await context.close();

  await openAccount(page, email);
  const userUrl = page.url();
  const other = await page.context().newPage();
  await other.goto(userUrl);

  await page.getByRole("checkbox", { name: /^Analyst/ }).check();
  await page.getByRole("button", { name: "Save the roles" }).click();
  await expect(page).toHaveURL(/\/admin\/users\/[0-9a-f-]{36}\?saved=roles$/);
  await expect(page.getByRole("status").filter({ hasText: "The roles are saved" })).toBeVisible();

  await other.getByRole("checkbox", { name: /^Board member/ }).check();
  await other.getByRole("button", { name: "Save the roles" }).click();
  const alert = other.getByRole("alert").filter({ hasText: "Someone else changed this account" });
  await expect(alert).toBeVisible();
  await expect(alert).toContainText("Roles now: Viewer, Analyst");
  await expect(alert).toContainText("user.set-roles by admin@example.nhs.uk");
  await expect(other.getByRole("checkbox", { name: /^Board member/ })).toBeChecked();
  await expect(other.getByRole("checkbox", { name: /^Analyst/ })).not.toBeChecked();

  // The page has been read again underneath: saving what they typed now applies it.
  await expect(other.getByText("Viewer, Analyst", { exact: true })).toBeVisible();
  await other.getByRole("button", { name: "Save the roles" }).click();
  await expect(other).toHaveURL(/\/admin\/users\/[0-9a-f-]{36}\?saved=roles$/);
  await expect(other.getByRole("status").filter({ hasText: "The roles are saved" })).toBeVisible();
  await expect(other.getByText("Viewer, Board member", { exact: true })).toBeVisible();
  await other.close();
});

test("the audit trail's dates are NHS date inputs: a day filters in London time, a wrong one says what to fix and keeps what was typed", async ({ page }) => {
  await page.goto("/admin/audit");
  await fillDateInput(page, "From date", "2026-01-31");
  await page.getByRole("button", { name: "Apply filters" }).click();
  await expect(page).toHaveURL(/\/admin\/audit\?(?:.*&)?from=2026-01-31(?:&|$)/);
  await expect(page.getByRole("heading", { name: "Changes", exact: true })).toBeVisible();
  await expect(page.getByText("There is a problem")).toHaveCount(0);
  const from = dateInputParts(page, "From date");
  await expect(from.day).toHaveValue("31");
  await expect(from.month).toHaveValue("1");

  const to = dateInputParts(page, "To date");
  await to.day.fill("31");
  await to.month.fill("2");
  await to.year.fill("2026");
  await page.getByRole("button", { name: "Apply filters" }).click();
  const summary = page.getByRole("alert").filter({ hasText: "There is a problem" });
  await summary.getByRole("link", { name: "To date must be a real date" }).click();
  await expect(to.day).toBeFocused();
  await expect(to.month).toHaveValue("2");
  await expect(dateInputParts(page, "From date").year).toHaveValue("2026");
});

test("the audit export needs a session and the admin role", async ({ browser }) => {
  const signedOut = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  expect([307, 401]).toContain((await signedOut.request.get("/exports/audit.csv", { maxRedirects: 0 })).status());
  await signedOut.close();
  const analyst = await browser.newContext({ storageState: storageStateOf("analyst") });
  const response = await analyst.request.get("/exports/audit.csv");
  expect(response.status()).toBe(403);
  await analyst.close();
});

test("a non-admin who opens the people page is told what they can do", async ({ browser }) => {
  const context = await browser.newContext({ storageState: storageStateOf("manager") });
  const page = await context.newPage();
  await page.goto("/admin/users");
  await expect(page).toHaveURL(/\/not-allowed\?need=users\.manage/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("You cannot do this with your account");
  await context.close();
});

test("the people page meets WCAG 2.2 AA as axe-core checks it", async ({ page }) => {
  await page.goto("/admin/users");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("People");
  await expectNoAxeViolations(page);
});

test("the audit trail meets WCAG 2.2 AA as axe-core checks it", async ({ page }) => {
  await page.goto("/admin/audit");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Audit trail");
  await expectNoAxeViolations(page);
});
