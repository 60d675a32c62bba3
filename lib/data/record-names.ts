import "server-only";
// The names of the records audit rows point at (lib/domain/record-names.ts words them): one query per
// kind of record on the page, for all its ids, however many rows there are.
import type { Prisma } from "../generated/prisma/client";
import { isoFromDbDate } from "../domain/dates";
import { parseId } from "../validation/common";
import { goLiveInWords, personInWords, recordKey, RECORD_WORDS, sourceInWords, toleranceInWords, type RecordKind } from "../domain/record-names";

export type RecordNamesDb = Pick<
  Prisma.TransactionClient,
  | "goLive"
  | "goLivePlan"
  | "goLiveActual"
  | "acceptance"
  | "problem"
  | "trust"
  | "decision"
  | "source"
  | "user"
  | "invitation"
  | "apiToken"
  | "tolerance"
  | "baseline"
  | "issuedPack"
  | "importBatch"
>;

type Named = readonly (readonly [id: number | string, name: string])[];
type Reader = (db: RecordNamesDb, ids: string[]) => Promise<Named>;

/** A reader of a table with whole-number ids: an id that is not one (or is too big for the column) names nothing. */
const byNumber =
  (read: (db: RecordNamesDb, ids: number[]) => Promise<Named>): Reader =>
  (db, ids) => {
    const numbers = ids.map(parseId).filter((id) => id !== null);
    return numbers.length ? read(db, numbers) : Promise.resolve([]);
  };

const goLive = { select: { scope: true, trust: { select: { name: true } } } } as const;

const people: Reader = async (db, ids) =>
  (await db.user.findMany({ where: { id: { in: ids } }, select: { id: true, name: true, email: true } })).map((u) => [u.id, personInWords(u)]);

/** How each kind of record is read and named. A visit is its person's (keyed by their id), so both are one read. */
const READERS: Record<RecordKind, Reader> = {
  GoLive: byNumber(async (db, ids) =>
    (await db.goLive.findMany({ where: { id: { in: ids } }, select: { id: true, ...goLive.select } })).map((g) => [g.id, goLiveInWords(g)]),
  ),
  GoLivePlan: byNumber(async (db, ids) =>
    (await db.goLivePlan.findMany({ where: { id: { in: ids } }, select: { id: true, goLive } })).map((p) => [p.id, RECORD_WORDS.plan(goLiveInWords(p.goLive))]),
  ),
  GoLiveActual: byNumber(async (db, ids) =>
    (await db.goLiveActual.findMany({ where: { id: { in: ids } }, select: { id: true, goLive } })).map((a) => [
      a.id,
      RECORD_WORDS.actual(goLiveInWords(a.goLive)),
    ]),
  ),
  Acceptance: byNumber(async (db, ids) =>
    (await db.acceptance.findMany({ where: { id: { in: ids } }, select: { id: true, goLive } })).map((a) => [
      a.id,
      RECORD_WORDS.acceptance(goLiveInWords(a.goLive)),
    ]),
  ),
  Problem: byNumber(async (db, ids) =>
    (await db.problem.findMany({ where: { id: { in: ids } }, select: { id: true, trust: { select: { name: true } } } })).map((p) => [
      p.id,
      RECORD_WORDS.problem(p.trust.name),
    ]),
  ),
  Trust: byNumber(async (db, ids) => (await db.trust.findMany({ where: { id: { in: ids } }, select: { id: true, name: true } })).map((t) => [t.id, t.name])),
  Decision: byNumber(async (db, ids) =>
    (await db.decision.findMany({ where: { id: { in: ids } }, select: { id: true, title: true } })).map((d) => [d.id, d.title]),
  ),
  Source: byNumber(async (db, ids) =>
    (await db.source.findMany({ where: { id: { in: ids } }, select: { id: true, publisher: true, title: true } })).map((s) => [s.id, sourceInWords(s)]),
  ),
  User: people,
  UserVisit: people,
  Invitation: async (db, ids) =>
    (await db.invitation.findMany({ where: { id: { in: ids } }, select: { id: true, name: true, email: true } })).map((i) => [i.id, personInWords(i)]),
  ApiToken: async (db, ids) =>
    (await db.apiToken.findMany({ where: { id: { in: ids } }, select: { id: true, name: true } })).map((t) => [t.id, RECORD_WORDS.apiToken(t.name)]),
  Tolerance: byNumber(async (db, ids) =>
    (await db.tolerance.findMany({ where: { id: { in: ids } }, select: { id: true, kind: true, goLive } })).map((t) => [t.id, toleranceInWords(t)]),
  ),
  Baseline: byNumber(async (db, ids) =>
    (await db.baseline.findMany({ where: { id: { in: ids } }, select: { id: true, name: true } })).map((b) => [b.id, RECORD_WORDS.baseline(b.name)]),
  ),
  IssuedPack: byNumber(async (db, ids) =>
    (await db.issuedPack.findMany({ where: { id: { in: ids } }, select: { id: true, meetingDate: true } })).map((p) => [
      p.id,
      RECORD_WORDS.issuedPack(isoFromDbDate(p.meetingDate)),
    ]),
  ),
  ImportBatch: async (db, ids) =>
    (await db.importBatch.findMany({ where: { id: { in: ids } }, select: { id: true, fileName: true } })).map((b) => [
      b.id,
      RECORD_WORDS.importBatch(b.fileName),
    ]),
};

/**
 * The names of the records, keyed by `recordKey` ("GoLive:6"): one query for each table the records
 * are in. A record no longer there, and a kind of record READERS does not know, are missing from the map.
 */
export async function readRecordNames(db: RecordNamesDb, records: readonly { entity: string; entityId: string | null }[]): Promise<Map<string, string>> {
  // By reader, not by kind: a person and their visits are one read.
  const wanted = new Map<Reader, { kinds: Set<string>; ids: Set<string> }>();
  for (const { entity, entityId } of records) {
    if (!entityId || !Object.hasOwn(READERS, entity)) continue;
    const read = READERS[entity as RecordKind];
    const these = wanted.get(read) ?? { kinds: new Set<string>(), ids: new Set<string>() };
    these.kinds.add(entity);
    these.ids.add(entityId);
    wanted.set(read, these);
  }
  const read = await Promise.all([...wanted].map(async ([read, { kinds, ids }]) => ({ kinds, named: await read(db, [...ids]) })));
  return new Map(read.flatMap(({ kinds, named }) => [...kinds].flatMap((kind) => named.map(([id, name]) => [recordKey(kind, String(id)), name] as const))));
}
