// The roles a person can hold, in the words the pages, the audit trail and the API document use.
// Pure: lib/auth/permissions.ts says what each may do.
import { labelled } from "./labelled";

export const [ROLES, ROLE_LABEL] = labelled({
  VIEWER: "Viewer",
  ANALYST: "Analyst",
  PROGRAMME_MANAGER: "Programme manager",
  BOARD_MEMBER: "Board member",
  ADMIN: "Admin",
});
export type Role = (typeof ROLES)[number];

/** What each role may do, in a phrase that follows its name ("Analyst: reads everything and downloads exports"). */
export const ROLE_DESCRIPTION: Record<Role, string> = {
  VIEWER: "reads everything",
  ANALYST: "reads everything and downloads exports",
  PROGRAMME_MANAGER: "records plans, go-lives, problems, acceptance, payments and sources",
  BOARD_MEMBER: "records programme board decisions and their sources, takes baselines and sets tolerances",
  ADMIN: "invites people, assigns roles, deactivates accounts and reads the whole audit trail",
};
