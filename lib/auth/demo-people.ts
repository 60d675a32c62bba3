// The demo accounts, one per role (password "rollout-demo"), made on the embedded database or when
// DEMO_ACCOUNTS=true: the one table the seed, the sign-in page's hint and every test read.
import type { Role } from "../domain/roles";

export const DEMO_PEOPLE = {
  viewer: { email: "viewer@example.nhs.uk", name: "Demo Viewer", role: "VIEWER" },
  analyst: { email: "analyst@example.nhs.uk", name: "Demo Analyst", role: "ANALYST" },
  manager: { email: "manager@example.nhs.uk", name: "Demo Programme Manager", role: "PROGRAMME_MANAGER" },
  board: { email: "board@example.nhs.uk", name: "Demo Board Member", role: "BOARD_MEMBER" },
  admin: { email: "admin@example.nhs.uk", name: "Demo Admin", role: "ADMIN" },
} as const satisfies Record<string, { email: string; name: string; role: Role }>;

export type DemoPerson = keyof typeof DEMO_PEOPLE;

export const DEMO_PASSWORD = "rollout-demo";
