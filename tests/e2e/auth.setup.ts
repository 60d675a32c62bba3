import { expect, test as setup } from "@playwright/test";
import { DEMO, DEMO_PASSWORD, storageStateOf, type DemoRole } from "./support/roles";

for (const role of Object.keys(DEMO) as DemoRole[]) {
  setup(`sign in as the demo ${role}`, async ({ page }) => {
    await page.goto("/sign-in");
    await page.getByLabel("Email address").fill(DEMO[role]);
    await page.getByLabel("Password").fill(DEMO_PASSWORD);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByRole("navigation", { name: "Account" })).toContainText("Sign out");
    await page.context().storageState({ path: storageStateOf(role) });
  });
}
