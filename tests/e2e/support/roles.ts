import path from "node:path";

import { DEMO_PASSWORD, DEMO_PEOPLE, type DemoPerson } from "../../../lib/auth/demo-people";

export { DEMO_PASSWORD };

/** The demo people's emails, by role (lib/auth/demo-people.ts). */
export const DEMO = Object.fromEntries(Object.entries(DEMO_PEOPLE).map(([who, p]) => [who, p.email])) as {
  readonly [K in DemoPerson]: (typeof DEMO_PEOPLE)[K]["email"];
};

export type DemoRole = DemoPerson;

/** The signed-in browser state of each demo account, written by auth.setup.ts. */
// Beside the output folder (which Playwright empties at the start of a run), one folder per server.
export const storageStateOf = (role: DemoRole) =>
  path.join(process.env.E2E_OUTPUT_DIR ?? "test-results", "..", `.auth-${process.env.E2E_PORT ?? 3100}`, `${role}.json`);
