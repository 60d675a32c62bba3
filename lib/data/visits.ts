import "server-only";
// When each person last looked (docs/decisions/023). A visit is a run of pages with no gap of more than 30 minutes;
// "since you last looked" starts where their previous visit ended, or where they last marked everything as seen.
// Noting a page is bookkeeping like a session's expiry, not a change to the record: no audit row, at most one write
// a minute per person per server process, and a failure to write never stops a page.
import { LRUCache } from "lru-cache";
import type { Actor } from "../auth/permissions";
import { getDb } from "../db";

/** A gap longer than this between two pages starts a new visit. */
export const VISIT_GAP_MINUTES = 30;
const NOTE_EVERY_MS = 60_000;

interface Noted {
  at: number;
  previousSeenAt: Date | null;
}

const noted = new LRUCache<string, Noted>({ max: 10_000 });

/** Notes that this person is looking now, and returns where their "since you last looked" starts (null: their first visit). */
export async function noteVisit(actor: Pick<Actor, "id">, now: Date = new Date()): Promise<Date | null> {
  const kept = noted.get(actor.id);
  if (kept && now.getTime() - kept.at < NOTE_EVERY_MS) return kept.previousSeenAt;
  try {
    const rows = await getDb().$queryRaw<{ previousSeenAt: Date | null }[]>`
      INSERT INTO "UserVisit" ("userId", "lastSeenAt", "previousSeenAt") VALUES (${actor.id}, ${now}, NULL)
      ON CONFLICT ("userId") DO UPDATE SET
        "previousSeenAt" = CASE WHEN "UserVisit"."lastSeenAt" < ${now}::timestamp - make_interval(mins => ${VISIT_GAP_MINUTES})
          THEN "UserVisit"."lastSeenAt" ELSE "UserVisit"."previousSeenAt" END,
        "lastSeenAt" = GREATEST("UserVisit"."lastSeenAt", ${now}::timestamp)
      RETURNING "previousSeenAt"`;
    const previousSeenAt = rows[0]?.previousSeenAt ?? null;
    noted.set(actor.id, { at: now.getTime(), previousSeenAt });
    return previousSeenAt;
  } catch (error) {
    console.error(`visits: could not note a visit: ${error instanceof Error ? error.message : String(error)}`);
    return kept?.previousSeenAt ?? null;
  }
}

/** Forget what this process knows of a person's visit (after they mark everything as seen). */
export function forgetNotedVisit(userId: string) {
  noted.delete(userId);
}
