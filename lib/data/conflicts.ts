import "server-only";
// Facts the sources disagree on, each with every source's claim, for the conflicts page and for the
// trust and contract pages where the disputed fact is shown.
import { assertCan, type Actor } from "../auth/permissions";
import type { Certainty } from "../domain/certainty";
import { conflictsOn, type View } from "../domain/knowledge";
import type { SourceRef } from "../domain/rollout";
import { getDb } from "../db";
import type { Prisma } from "../generated/prisma/client";
import { statusesFor, type ConflictStatus, type ConflictStatusFilter } from "../validation/conflicts";
import { toSourceRef } from "../derived/facts";
import { readKept } from "../server/record-cache";

export interface ConflictClaimView {
  id: number;
  position: number;
  claim: string;
  detail: string | null;
  certainty: Certainty;
  source: SourceRef;
}

export interface ConflictView {
  id: number;
  key: string;
  title: string;
  question: string;
  status: ConflictStatus;
  note: string | null;
  trust: { id: number; slug: string; name: string; shortName: string } | null;
  goLive: { id: number; scope: string } | null;
  contract: { id: number; key: string; name: string } | null;
  /** in their order on the page */
  claims: ConflictClaimView[];
}

const conflictSelect = {
  id: true,
  key: true,
  title: true,
  question: true,
  status: true,
  note: true,
  trust: { select: { id: true, slug: true, name: true, shortName: true } },
  goLive: { select: { id: true, scope: true, trust: { select: { id: true, slug: true, name: true, shortName: true } } } },
  contract: { select: { id: true, key: true, name: true } },
  claims: {
    orderBy: { position: "asc" },
    select: {
      id: true,
      position: true,
      claim: true,
      detail: true,
      certainty: true,
      source: { select: { key: true, title: true, publisher: true, publishedOn: true, publishedPrecision: true, url: true } },
    },
  },
} as const satisfies Prisma.ConflictSelect;

async function findConflicts(
  actor: Actor | null,
  where: Prisma.ConflictWhereInput,
  db: Pick<Prisma.TransactionClient, "conflict"> = getDb(),
): Promise<ConflictView[]> {
  assertCan(actor, "rollout.read");
  const rows = await db.conflict.findMany({ where, orderBy: [{ title: "asc" }, { id: "asc" }], select: conflictSelect });
  return rows.map((r) => ({
    id: r.id,
    key: r.key,
    title: r.title,
    question: r.question,
    status: r.status,
    note: r.note,
    // A conflict about a go-live belongs to that go-live's trust even when it names no trust itself.
    trust: r.trust ?? r.goLive?.trust ?? null,
    goLive: r.goLive ? { id: r.goLive.id, scope: r.goLive.scope } : null,
    contract: r.contract,
    claims: r.claims.map((c) => ({ id: c.id, position: c.position, claim: c.claim, detail: c.detail, certainty: c.certainty, source: toSourceRef(c.source) })),
  }));
}

// Each list is read as the view reads the record (lib/domain/knowledge.ts conflictsOn): as it stood
// on a date, only the claims published by then, and a conflict once two sides were; with hindsight, all.
const asRead = async (list: Promise<ConflictView[]>, view: View | null) => (view ? conflictsOn(await list, view) : list);

/** Every conflict with the statuses the filter keeps (open ones unless asked), by title; `view` null: all, as the record holds them now. */
export async function listConflicts(
  actor: Actor | null,
  status: ConflictStatusFilter = "open",
  view: View | null = null,
  db?: Pick<Prisma.TransactionClient, "conflict">,
): Promise<ConflictView[]> {
  // A read with a client of its own (issuing a board pack, the generator) is never shared.
  if (db) return asRead(findConflicts(actor, { status: { in: statusesFor(status) } }, db), view);
  return readKept(actor, "rollout.read", "conflicts", { max: 16 }, { status, view }, () =>
    asRead(findConflicts(actor, { status: { in: statusesFor(status) } }, getDb()), view),
  );
}

/** A trust's conflicts, open or resolved: those naming it and those about one of its go-lives. */
export async function listConflictsForTrust(actor: Actor | null, trustId: number, view: View | null = null): Promise<ConflictView[]> {
  return asRead(findConflicts(actor, { OR: [{ trustId }, { goLive: { trustId } }] }), view);
}

/** A contract's conflicts, open or resolved. */
export async function listConflictsForContract(actor: Actor | null, contractId: number, view: View | null = null): Promise<ConflictView[]> {
  return asRead(findConflicts(actor, { contractId }), view);
}

/** The conflicts of every contract, for a page that lists the contracts (one query, not one a contract). */
export async function listContractConflicts(actor: Actor | null, view: View | null = null): Promise<ConflictView[]> {
  return readKept(actor, "rollout.read", "contract-conflicts", { max: 8 }, view, () => asRead(findConflicts(actor, { contractId: { not: null } }), view));
}
