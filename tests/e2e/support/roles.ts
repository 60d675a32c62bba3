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
export const storageStateOf = (role: DemoRole) => path.join("test-results", ".auth", `${role}.json`);
