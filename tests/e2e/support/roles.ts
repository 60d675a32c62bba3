import path from "node:path";

export const DEMO_PASSWORD = "rollout-demo";

export const DEMO = {
  viewer: "viewer@example.nhs.uk",
  analyst: "analyst@example.nhs.uk",
  manager: "manager@example.nhs.uk",
  board: "board@example.nhs.uk",
  admin: "admin@example.nhs.uk",
} as const;

export type DemoRole = keyof typeof DEMO;

/** The signed-in browser state of each demo account, written by auth.setup.ts. */
// Beside the output folder (which Playwright empties at the start of a run), one folder per server.
export const storageStateOf = (role: DemoRole) =>
  path.join(process.env.E2E_OUTPUT_DIR ?? "test-results", "..", `.auth-${process.env.E2E_PORT ?? 3100}`, `${role}.json`);
