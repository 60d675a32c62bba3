import { expect, request, test } from "@playwright/test";
import { storageStateOf } from "./support/roles";
import { axeViolations } from "./support/axe";

// An analyst makes a personal API token, copies it, reads the API with it from a script (a client with no
// session), sees it listed as used, and revokes it. Writes: runs after the readers.
test.use({ storageState: storageStateOf("analyst") });

test("a token made in the dashboard reads the API from a script until it is revoked", async ({ page, baseURL }) => {
  await page.goto("/");
  await page.getByRole("link", { name: "API tokens" }).first().click();
  await expect(page).toHaveURL(/\/account\/tokens$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("API tokens");

  // No name: the error summary says what to fix, and the choice made is kept.
  await page.getByRole("radio", { name: "30 days" }).check();
  await page.getByRole("button", { name: "Make the token" }).click();
  const summary = page.getByRole("alert").filter({ hasText: "There is a problem" });
  await expect(summary.getByRole("listitem")).toHaveCount(1);
  await expect(summary).toContainText("name");
  await expect(page.getByRole("radio", { name: "30 days" })).toBeChecked();
  expect(await axeViolations(page)).toEqual([]);

  const name = `Quarterly report ${Date.now()}`;
  await page.getByLabel("Name").fill(name);
  await page.getByRole("button", { name: "Make the token" }).click();
  const shown = page.getByRole("status").filter({ hasText: "shown only once" });
  await expect(shown).toContainText(`Token "${name}" made`);
  await expect(page).toHaveURL(/\/account\/tokens$/);
  const token = await page.getByLabel(/Copy this token now/).inputValue();
  expect(token).toMatch(/^rlt_[A-Za-z0-9_-]{43}$/);
  expect(await axeViolations(page)).toEqual([]);

  // A script: no cookies, only the token.
  const script = await request.newContext({ baseURL, storageState: { cookies: [], origins: [] } });
  const read = await script.get("/api/v1/plan-history?trust=kingston&asOf=2010-06-01&limit=2", { headers: { Authorization: `Bearer ${token}` } });
  expect(read.status()).toBe(200);
  const body = (await read.json()) as { data: { trust: string; sources: string }[]; links: { next: string | null } };
  expect(body.data).toHaveLength(2);
  expect(body.data[0]!.trust).toBe("Kingston Hospital NHS Trust");
  expect(body.data[0]!.sources).toMatch(/^https:\/\//);
  expect(body.links.next).toMatch(/cursor=/);
  expect((await script.get("/api/v1/plan-history")).status()).toBe(401);

  // Listed, as used; then revoked, and the page it lands on says so.
  await page.reload();
  const row = page.getByRole("row").filter({ has: page.getByRole("rowheader", { name }) });
  await expect(row).toContainText(token.slice(0, 10));
  await expect(row).not.toContainText("Not used yet");
  await expect(row).toContainText("Works until");
  await row.getByRole("button", { name: `Revoke ${name}` }).click();
  await expect(page).toHaveURL(/\/account\/tokens\?revoked=[0-9a-f-]{36}$/);
  await expect(page.getByRole("status")).toContainText(`Token “${name}” revoked: it no longer works.`);
  await expect(page.getByRole("row").filter({ has: page.getByRole("rowheader", { name }) })).toContainText("Revoked");
  const refused = await script.get("/api/v1/plan-history", { headers: { Authorization: `Bearer ${token}` } });
  expect(refused.status()).toBe(401);
  expect(refused.headers()["content-type"]).toBe("application/problem+json");
  expect(((await refused.json()) as { detail: string }).detail).toContain("revoked");
  await script.dispose();
});

test("the API's documentation lists every collection and links each problem type", async ({ page }) => {
  await page.goto("/api/docs");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Read API");
  await page.getByRole("link", { name: "/api/v1/plan-history" }).click();
  await expect(page).toHaveURL(/\/api\/docs#collection-plan-history$/);
  await expect(page.getByRole("group", { name: "Columns of /api/v1/plan-history" })).toContainText("known_from");
  await expect(page.locator("#problem-bad-request")).toHaveText("bad-request");
  const document = await page.request.get("/api/v1/openapi.json");
  expect(((await document.json()) as { openapi: string }).openapi).toBe("3.1.0");
  expect(await axeViolations(page)).toEqual([]);
});
