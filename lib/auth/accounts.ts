// Making accounts: demo accounts at seed time and invited people setting their password.
// Passwords are hashed with better-auth's scrypt (memory-hard); the hash stays in the account table.
import { randomUUID } from "node:crypto";
import { hashPassword } from "better-auth/crypto";
import type { Prisma } from "../generated/prisma/client";
import { DEMO_PASSWORD, DEMO_PEOPLE } from "./demo-people";
import type { Role } from "../domain/roles";

export interface NewAccount {
  email: string;
  name: string;
  password: string;
  roles: Role[];
  grantedBy?: string;
}

export async function createAccountWithPassword(tx: Prisma.TransactionClient, account: NewAccount): Promise<{ id: string }> {
  const id = randomUUID();
  const email = account.email.trim().toLowerCase();
  await tx.user.create({
    data: {
      id,
      email,
      name: account.name,
      emailVerified: true,
      roles: { create: account.roles.map((role) => ({ role, grantedBy: account.grantedBy ?? "system" })) },
      accounts: {
        create: { id: randomUUID(), accountId: id, providerId: "credential", password: await hashPassword(account.password) },
      },
    },
  });
  return { id };
}

export { DEMO_PASSWORD };

export const DEMO_ACCOUNTS: { email: string; name: string; roles: Role[] }[] = Object.values(DEMO_PEOPLE).map((p) => ({
  email: p.email,
  name: p.name,
  roles: [p.role],
}));

/** One account per role, password "rollout-demo": only on the embedded database or when asked for. */
export async function ensureDemoAccounts(tx: Prisma.TransactionClient): Promise<number> {
  let created = 0;
  for (const demo of DEMO_ACCOUNTS) {
    const exists = await tx.user.findUnique({ where: { email: demo.email }, select: { id: true } });
    if (exists) continue;
    const { id } = await createAccountWithPassword(tx, { ...demo, password: DEMO_PASSWORD });
    await tx.auditEvent.create({
      data: { actor: "system", action: "user.create-demo", entity: "User", entityId: id, after: { email: demo.email, roles: demo.roles } },
    });
    created += 1;
  }
  return created;
}
