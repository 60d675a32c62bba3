// Repeated failed sign-ins for one email are locked out for a while: guessing a password
// by trying many then costs hours, while a person who mistypes a few times is not stopped.
import type { Prisma } from "../generated/prisma/client";

export const LOCKOUT_FAILURES = 5;
export const LOCKOUT_MINUTES = 15;

type Db = Pick<Prisma.TransactionClient, "signInAttempt">;

/** When the email is locked, the time the lock ends; otherwise null. */
export async function lockedUntil(db: Db, email: string, now = new Date()): Promise<Date | null> {
  const since = new Date(now.getTime() - LOCKOUT_MINUTES * 60_000);
  const recent = await db.signInAttempt.findMany({
    where: { email, attemptedAt: { gte: since } },
    orderBy: { attemptedAt: "desc" },
    select: { succeeded: true, attemptedAt: true },
  });
  const failures: Date[] = [];
  for (const attempt of recent) {
    if (attempt.succeeded) break;
    failures.push(attempt.attemptedAt);
  }
  if (failures.length < LOCKOUT_FAILURES) return null;
  return new Date(failures[0]!.getTime() + LOCKOUT_MINUTES * 60_000);
}

export async function recordSignInAttempt(db: Db, email: string, succeeded: boolean): Promise<void> {
  await db.signInAttempt.create({ data: { email, succeeded } });
}
