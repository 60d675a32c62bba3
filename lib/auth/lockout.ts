// Repeated failed sign-ins are slowed down and then refused for a while: guessing a password by
// trying many then costs hours, while a person who mistypes a few times is not stopped. The rules
// and why they are these are in docs/decisions/012-sign-in-limits.md.
//
// Each attempt is claimed before its password is checked: under a lock per email and per address,
// the limits are read and a failed attempt is written in one transaction, and only a password that
// turns out right marks its attempt as succeeded. Thirty parallel guesses therefore cannot all be
// checked: the sixth finds five failures already written.
import type { Prisma, PrismaClient } from "../generated/prisma/client";

/** Failures in a row for one email from one address before that address is locked out of it. */
export const LOCKOUT_FAILURES = 5;
/** Failures in a row for one email from any addresses before the email is locked for everyone. */
export const EMAIL_LOCKOUT_FAILURES = 25;
/** Failures from one address, whatever the emails, before that address is locked out. */
export const ADDRESS_LOCKOUT_FAILURES = 30;
export const LOCKOUT_MINUTES = 15;

type Tx = Pick<Prisma.TransactionClient, "signInAttempt" | "$executeRaw">;

export type SignInClaim = { status: "claimed"; attemptId: bigint } | { status: "locked"; until: Date; reason: "email" | "address" };

interface Attempt {
  succeeded: boolean;
  attemptedAt: Date;
  address: string;
}

/** The failures since the last success, newest first. */
function failuresInARow(attempts: readonly Attempt[]): Attempt[] {
  const failures: Attempt[] = [];
  for (const attempt of attempts) {
    if (attempt.succeeded) break;
    failures.push(attempt);
  }
  return failures;
}

const until = (failures: readonly Attempt[], limit: number) => new Date(failures[limit - 1]!.attemptedAt.getTime() + LOCKOUT_MINUTES * 60_000);

/**
 * The lock that applies to this email from this address now, or null. Pure: the attempts are this
 * email's and this address's recent ones, newest first.
 */
export function lockFor(
  emailAttempts: readonly Attempt[],
  addressAttempts: readonly Attempt[],
  address: string,
): { until: Date; reason: "email" | "address" } | null {
  const addressFailures = addressAttempts.filter((a) => !a.succeeded);
  if (addressFailures.length >= ADDRESS_LOCKOUT_FAILURES) return { until: until(addressFailures, ADDRESS_LOCKOUT_FAILURES), reason: "address" };
  const emailFailures = failuresInARow(emailAttempts);
  const fromHere = emailFailures.filter((a) => a.address === address);
  if (fromHere.length >= LOCKOUT_FAILURES) return { until: until(fromHere, LOCKOUT_FAILURES), reason: "email" };
  if (emailFailures.length >= EMAIL_LOCKOUT_FAILURES) return { until: until(emailFailures, EMAIL_LOCKOUT_FAILURES), reason: "email" };
  return null;
}

/**
 * Checks the limits and, if none applies, writes this attempt as a failure, in one transaction under
 * advisory locks on the email and the address (always taken in that order, so two never deadlock).
 */
export async function claimSignInAttempt(db: Pick<PrismaClient, "$transaction">, email: string, address: string, now = new Date()): Promise<SignInClaim> {
  return db.$transaction(async (tx: Tx): Promise<SignInClaim> => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`sign-in:email:${email}`}))`;
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`sign-in:address:${address}`}))`;
    const since = new Date(now.getTime() - LOCKOUT_MINUTES * 60_000);
    const select = { succeeded: true, attemptedAt: true, address: true } as const;
    const [emailAttempts, addressAttempts] = [
      await tx.signInAttempt.findMany({ where: { email, attemptedAt: { gte: since } }, orderBy: [{ attemptedAt: "desc" }, { id: "desc" }], select, take: 200 }),
      await tx.signInAttempt.findMany({
        where: { address, succeeded: false, attemptedAt: { gte: since } },
        orderBy: [{ attemptedAt: "desc" }, { id: "desc" }],
        select,
        take: ADDRESS_LOCKOUT_FAILURES,
      }),
    ];
    const lock = lockFor(emailAttempts, addressAttempts, address);
    if (lock) return { status: "locked", ...lock };
    const attempt = await tx.signInAttempt.create({ data: { email, address, succeeded: false, attemptedAt: now }, select: { id: true } });
    return { status: "claimed", attemptId: attempt.id };
  });
}

/** The password was right: the claimed attempt counts as a success, which ends a run of failures. */
export async function markSignInSucceeded(db: Pick<PrismaClient, "signInAttempt">, attemptId: bigint): Promise<void> {
  await db.signInAttempt.update({ where: { id: attemptId }, data: { succeeded: true } });
}
