// The demo people of lib/auth/demo-people.ts as the tests name them: their emails, and an actor with
// each one's role for reads that need no account (the data layer checks roles, not the database).
import { DEMO_PEOPLE, type DemoPerson } from "@/lib/auth/demo-people";
import type { Actor } from "@/lib/auth/permissions";

export const PEOPLE = Object.fromEntries(Object.entries(DEMO_PEOPLE).map(([who, p]) => [who, p.email])) as {
  readonly [K in DemoPerson]: (typeof DEMO_PEOPLE)[K]["email"];
};

export function testActor(who: DemoPerson): Actor {
  const person = DEMO_PEOPLE[who];
  return { id: `test-${who}`, email: person.email, name: person.name, roles: [person.role] };
}
