import "server-only";
// A file's import, start to end (docs/decisions/025): read and checked into a preview that is kept (ImportBatch),
// then applied all rows or none in one transaction, each row with its audit record, the go-lives' versions checked.
// Called by the server actions (lib/actions/import.ts) and the tests with the actor given.
import { createHash, randomBytes } from "node:crypto";
import { ActorRefused, assertActorStillCan } from "../actions/actor-check";
import type { Tx } from "../actions/mutation";
import type { ConflictChange } from "../actions/state";
import { can, type Actor } from "../auth/permissions";
import { getDb } from "../db";
import { refreshSpans } from "../derived/status-spans";
import { describePlanned } from "../domain/rollout";
import { formatPartialDate } from "../domain/dates";
import { Prisma } from "../generated/prisma/client";
import { toDbDate } from "../mutations/shared";
import { readImportContext } from "./context";
import { isImportKind, KINDS, type ImportKind } from "./kinds";
import { MAX_FILE_BYTES, megabytes, PREVIEW_HOURS } from "./limits";
import { readSpreadsheet, type RawRow } from "./read-file";
import { checkRows, type ActualPayload, type ImportContext, type Preview, type PreviewRow, type ProblemPayload, type ReplanPayload } from "./rows";

export const NOT_ALLOWED =
  "Your account cannot import these rows: importing re-plans, go-lives or problems is for programme managers. Ask an admin if your work needs it.";

export type StartResult = { ok: true; id: string } | { ok: false; message: string };

/** Reads the file and checks every row; keeps the preview. Nothing of the record is written. */
export async function startImport(
  actor: Actor,
  kindValue: unknown,
  file: { name: string; size: number; bytes: () => Promise<Uint8Array> } | null,
): Promise<StartResult> {
  if (!isImportKind(kindValue)) return { ok: false, message: "Select what the file holds: re-plans, go-lives or problems" };
  const definition = KINDS[kindValue];
  if (!can(actor, definition.permission)) return { ok: false, message: NOT_ALLOWED };
  if (!file || file.size === 0) return { ok: false, message: "Select a CSV or Excel file" };
  // Before a byte is read: the size the form says the file has.
  if (file.size > MAX_FILE_BYTES)
    return {
      ok: false,
      message: `The file is ${megabytes(file.size)}; files up to ${megabytes(MAX_FILE_BYTES)} can be imported. Split it into smaller files of up to 10,000 rows.`,
    };
  const bytes = await file.bytes();
  const read = await readSpreadsheet(bytes, file.name, kindValue);
  if (!read.ok) return { ok: false, message: read.reason };
  const db = getDb();
  const preview = await db.$transaction((tx) => checkFile(tx, kindValue, read.rows), { timeout: 60_000, maxWait: 20_000 });
  const id = randomBytes(16).toString("hex");
  await db.importBatch.deleteMany({ where: { expiresAt: { lt: new Date() } } });
  await db.importBatch.create({
    data: {
      id,
      kind: kindValue,
      createdById: actor.id,
      fileName: file.name.slice(0, 200),
      fileSha256: createHash("sha256").update(bytes).digest("hex"),
      format: read.format,
      rowCount: read.rows.length,
      rows: json(read.rows),
      preview: json(preview.rows),
      versions: json(preview.versions),
      expiresAt: new Date(Date.now() + PREVIEW_HOURS * 3600_000),
    },
  });
  return { ok: true, id };
}

async function checkFile(tx: Tx, kind: ImportKind, rows: readonly RawRow[]): Promise<Preview> {
  const context: ImportContext = await readImportContext(tx, rows);
  return checkRows(kind, rows, context);
}

export interface ImportBatchView {
  id: string;
  kind: ImportKind;
  fileName: string;
  format: string;
  createdAt: Date;
  expiresAt: Date;
  appliedAt: Date | null;
  appliedCount: number | null;
  rows: PreviewRow[];
  problemRows: number;
}

/** The preview, for the person who uploaded it only; null when there is none (or it is not theirs, or it expired unapplied). */
export async function readImportBatch(actor: Actor, id: string): Promise<ImportBatchView | null> {
  if (!/^[0-9a-f]{32}$/.test(id)) return null;
  const batch = await getDb().importBatch.findUnique({ where: { id } });
  if (!batch || batch.createdById !== actor.id || !isImportKind(batch.kind) || !can(actor, KINDS[batch.kind].permission)) return null;
  if (!batch.appliedAt && batch.expiresAt < new Date()) return null;
  const rows = batch.preview as unknown as PreviewRow[];
  return {
    id: batch.id,
    kind: batch.kind,
    fileName: batch.fileName,
    format: batch.format,
    createdAt: batch.createdAt,
    expiresAt: batch.expiresAt,
    appliedAt: batch.appliedAt,
    appliedCount: batch.appliedCount,
    rows,
    problemRows: rows.filter((r) => r.problems.length > 0).length,
  };
}

export type ApplyResult =
  | { status: "applied"; count: number; redirectTo: string; trustSlugs: string[] }
  | { status: "conflict"; message: string; changes: ConflictChange[] }
  | { status: "error"; message: string };

class Refused extends Error {
  constructor(readonly result: Exclude<ApplyResult, { status: "applied" }>) {
    super(result.message);
  }
}

/**
 * All rows or none, in one transaction: the batch claimed (so it applies once), each go-live it changes locked
 * and its version compared with the preview's, the rows checked again against the record as it is now, then
 * written in bulk with an audit record each, the go-lives' versions raised and their derived spans rewritten once.
 */
export async function applyImport(actor: Actor, id: string): Promise<ApplyResult> {
  const db = getDb();
  const batch = /^[0-9a-f]{32}$/.test(id)
    ? await db.importBatch.findUnique({
        where: { id },
        select: { id: true, kind: true, createdById: true, rows: true, preview: true, versions: true, expiresAt: true, appliedAt: true },
      })
    : null;
  if (!batch || batch.createdById !== actor.id || !isImportKind(batch.kind))
    return { status: "error", message: "There is no preview to apply at this address. Upload the file again." };
  const kind = batch.kind;
  const definition = KINDS[kind];
  if (!can(actor, definition.permission)) return { status: "error", message: NOT_ALLOWED };
  if (batch.appliedAt) return { status: "error", message: "This file has already been imported." };
  if (batch.expiresAt < new Date())
    return { status: "error", message: `This preview is over ${PREVIEW_HOURS} hours old. Upload the file again for a fresh preview.` };
  if ((batch.preview as unknown as PreviewRow[]).some((r) => r.problems.length > 0))
    return { status: "error", message: "Some rows have problems, so nothing can be imported yet. Fix them in the file and upload it again." };
  const seen = batch.versions as Record<string, number>;
  const goLiveIds = Object.keys(seen).map(Number);
  try {
    return await db.$transaction(
      async (tx) => {
        await assertActorStillCan(tx, actor, definition.permission);
        const claimed = await tx.importBatch.updateMany({ where: { id, appliedAt: null }, data: { appliedAt: new Date() } });
        if (claimed.count !== 1) throw new Refused({ status: "error", message: "This file has already been imported." });
        const current = await tx.$queryRaw<
          { id: number; version: number }[]
        >`SELECT id, version FROM "GoLive" WHERE id = ANY(${goLiveIds}::int[]) ORDER BY id FOR UPDATE`;
        const changed = goLiveIds.filter((g) => current.find((c) => c.id === g)?.version !== seen[g]);
        const rows = batch.rows as unknown as RawRow[];
        if (changed.length > 0) throw new Refused({ status: "conflict", message: conflictMessage, changes: await describeChanged(tx, changed, rows) });
        const preview = await checkFile(tx, kind, rows);
        const problems = preview.rows.filter((r) => r.problems.length > 0);
        if (problems.length > 0 || Object.keys(preview.versions).length !== goLiveIds.length) {
          throw new Refused({
            status: "conflict",
            message: "The record has changed since the preview in a way that affects these rows, so nothing was imported.",
            changes: problems.slice(0, 20).map((r) => ({ label: `Row ${r.line}`, current: r.problems.join("; ") })),
          });
        }
        await tx.$executeRaw`UPDATE "GoLive" SET version = version + 1, "updatedAt" = now() WHERE id = ANY(${goLiveIds}::int[])`;
        const payloads = preview.rows.map((r) => ({ line: r.line, payload: r.payload! }));
        const audits =
          kind === "replans"
            ? await writeReplans(tx, payloads as { line: number; payload: ReplanPayload }[], id)
            : kind === "go-lives"
              ? await writeActuals(tx, payloads as { line: number; payload: ActualPayload }[], id, actor)
              : await writeProblems(tx, payloads as { line: number; payload: ProblemPayload }[], id);
        await tx.auditEvent.createMany({
          data: audits.map((a) => ({
            actor: actor.email,
            actorId: actor.id,
            action: definition.action,
            entity: a.entity,
            entityId: a.entityId,
            before: json(a.before),
            after: json(a.after),
          })),
        });
        // Once for the file. A problem bears on its go-live's rating, or on each of its trust's go-lives (as the form's).
        const problemRows = kind === "problems" ? (payloads as { payload: ProblemPayload }[]).map((p) => p.payload) : [];
        await refreshSpans(tx, {
          goLiveIds: [...goLiveIds, ...problemRows.flatMap((p) => (p.goLiveId ? [p.goLiveId] : []))],
          trustIds: [...new Set(problemRows.filter((p) => !p.goLiveId).map((p) => p.trustId))],
        });
        await tx.importBatch.update({ where: { id }, data: { appliedCount: audits.length } });
        const trustSlugs = [...new Set(preview.rows.map((r) => r.trust!.slug))];
        return { status: "applied" as const, count: audits.length, redirectTo: `/import/${id}/applied`, trustSlugs };
      },
      { timeout: 180_000, maxWait: 20_000 },
    );
  } catch (error) {
    if (error instanceof ActorRefused) return { status: "error", message: error.message };
    if (!(error instanceof Refused)) throw error;
    if (error.result.status === "conflict") {
      // The refused attempt is kept in the trail, as a form's conflict is (lib/actions/mutation.ts).
      await db.auditEvent.create({
        data: {
          actor: actor.email,
          actorId: actor.id,
          action: `import.${kind}`,
          entity: "ImportBatch",
          entityId: id,
          outcome: "CONFLICT",
          before: json({ versions: seen }),
          after: json({ changes: error.result.changes }),
        },
      });
    }
    return error.result;
  }
}

const conflictMessage =
  "Someone else saved a change to go-lives in this file after the preview, so nothing was imported. Preview the file again against the record as it is now.";

/** For each go-live changed since the preview: its trust, the file's rows for it, and who changed it. */
async function describeChanged(tx: Tx, goLiveIds: number[], rows: RawRow[]): Promise<ConflictChange[]> {
  const goLives = await tx.goLive.findMany({
    where: { id: { in: goLiveIds } },
    select: { id: true, scope: true, trust: { select: { slug: true, name: true } } },
  });
  const changes: ConflictChange[] = [];
  for (const g of goLives) {
    const last = await tx.auditEvent.findFirst({
      where: { entity: "GoLive", entityId: String(g.id), outcome: "APPLIED" },
      orderBy: { occurredAt: "desc" },
      select: { actor: true, action: true, occurredAt: true },
    });
    const lines = rows
      .filter((r) => [g.trust.slug, g.trust.name.toLowerCase()].includes((r.cells.trust_slug || r.cells.trust || "").toLowerCase()))
      .map((r) => r.line);
    changes.push({
      label: `${g.trust.name} (${g.scope}), row${lines.length > 1 ? "s" : ""} ${lines.join(", ")}`,
      current: last ? `${last.action} by ${last.actor} at ${last.occurredAt.toISOString().replace("T", " ").slice(0, 16)} UTC` : "changed since the preview",
    });
  }
  return changes;
}

interface Written {
  entity: "GoLive" | "Trust";
  entityId: string;
  before: unknown;
  after: unknown;
}

/** Each new row linked to its sources, in one statement (the many-to-many table Prisma keeps for the relation). */
async function linkSources(tx: Tx, table: "_GoLivePlanToSource" | "_GoLiveActualToSource" | "_ProblemToSource", rows: [id: number, sourceIds: number[]][]) {
  const links = rows.flatMap(([id, sourceIds]) => sourceIds.map((s) => [id, s] as const));
  await tx.$executeRaw`INSERT INTO ${Prisma.raw(`"${table}"`)} ("A", "B") SELECT * FROM unnest(${links.map((l) => l[0])}::int[], ${links.map((l) => l[1])}::int[])`;
}

/** What an imported row wrote to a go-live, for the audit: the go-live as it was, the fact added, and the row it came from. */
function goLiveWritten(goLiveId: number, was: unknown, fact: Record<string, unknown>, batchId: string, line: number): Written {
  return { entity: "GoLive", entityId: String(goLiveId), before: was, after: { ...fact, import: { batch: batchId, row: line } } };
}

/** The go-lives' state before the import, in the form audit's words (lib/mutations/shared.ts describeGoLive). */
async function describeBefore(tx: Tx, goLiveIds: number[]) {
  const goLives = await tx.goLive.findMany({
    where: { id: { in: goLiveIds } },
    select: {
      id: true,
      version: true,
      plans: { orderBy: { sequence: "desc" }, take: 1, select: { sequence: true, plannedOn: true, plannedPrecision: true, plannedLabel: true } },
      actuals: { where: { supersededAt: null }, orderBy: { wentLiveOn: "asc" }, select: { wentLiveOn: true, precision: true } },
      acceptances: { orderBy: { acceptedOn: "asc" }, select: { acceptedOn: true, precision: true } },
    },
  });
  const day = (d: Date) => d.toISOString().slice(0, 10);
  return new Map(
    goLives.map((g) => {
      const latest = g.plans[0];
      return [
        g.id,
        {
          was: {
            // The version the preview was checked against (it is raised once for the whole file).
            version: g.version - 1,
            latestPlan: latest
              ? describePlanned(latest.plannedOn ? { date: day(latest.plannedOn), precision: latest.plannedPrecision ?? "DAY" } : null, latest.plannedLabel)
              : "none",
            wentLive: g.actuals.map((a) => formatPartialDate({ date: day(a.wentLiveOn), precision: a.precision })),
            accepted: g.acceptances.map((a) => formatPartialDate({ date: day(a.acceptedOn), precision: a.precision })),
          },
          maxSequence: latest?.sequence ?? 0,
        },
      ] as const;
    }),
  );
}

async function writeReplans(tx: Tx, rows: { line: number; payload: ReplanPayload }[], batchId: string): Promise<Written[]> {
  const before = await describeBefore(tx, [...new Set(rows.map((r) => r.payload.goLiveId))]);
  const next = new Map([...before].map(([id, b]) => [id, b.maxSequence]));
  const data = rows.map(({ payload: p }) => {
    const sequence = next.get(p.goLiveId)! + 1;
    next.set(p.goLiveId, sequence);
    return {
      goLiveId: p.goLiveId,
      sequence,
      plannedOn: p.plannedOn ? toDbDate(p.plannedOn) : null,
      plannedPrecision: p.plannedOn?.precision ?? null,
      plannedLabel: p.plannedLabel,
      announcedOn: toDbDate(p.announcedOn),
      announcedPrecision: p.announcedOn.precision,
      reason: p.reason,
      madeBy: p.madeBy,
      madeByKind: p.madeByKind,
      certainty: p.certainty,
    } satisfies Prisma.GoLivePlanCreateManyInput;
  });
  const made = await tx.goLivePlan.createManyAndReturn({ data, select: { id: true, goLiveId: true, sequence: true } });
  const idOf = new Map(made.map((m) => [`${m.goLiveId}/${m.sequence}`, m.id]));
  const planIds = data.map((d) => idOf.get(`${d.goLiveId}/${d.sequence}`)!);
  await linkSources(
    tx,
    "_GoLivePlanToSource",
    rows.map((r, i) => [planIds[i]!, r.payload.sourceIds]),
  );
  return rows.map(({ line, payload: p }, i) =>
    goLiveWritten(
      p.goLiveId,
      before.get(p.goLiveId)!.was,
      {
        plan: {
          id: planIds[i],
          sequence: data[i]!.sequence,
          plannedLabel: p.plannedLabel,
          reason: p.reason,
          madeBy: p.madeBy,
          madeByKind: p.madeByKind,
          certainty: p.certainty,
          plannedOn: p.plannedOn,
          announcedOn: p.announcedOn,
          announcedAsTyped: p.announcedAsTyped,
          sourceId: p.sourceIds[0],
          sourceIds: p.sourceIds,
        },
      },
      batchId,
      line,
    ),
  );
}

async function writeActuals(tx: Tx, rows: { line: number; payload: ActualPayload }[], batchId: string, actor: Actor): Promise<Written[]> {
  const before = await describeBefore(
    tx,
    rows.map((r) => r.payload.goLiveId),
  );
  const made = await tx.goLiveActual.createManyAndReturn({
    data: rows.map(({ payload: p }) => ({
      goLiveId: p.goLiveId,
      wentLiveOn: toDbDate(p.wentLiveOn),
      precision: p.wentLiveOn.precision,
      knownOn: toDbDate(p.knownOn),
      knownPrecision: p.knownOn.precision,
      note: p.note,
      overrideReason: p.overrideReason,
      certainty: p.certainty,
      createdById: actor.id,
    })),
    select: { id: true, goLiveId: true },
  });
  // One go-live per row (a second is refused at the preview), so the go-live finds its row.
  const idOf = new Map(made.map((m) => [m.goLiveId, m.id]));
  await linkSources(
    tx,
    "_GoLiveActualToSource",
    rows.map((r) => [idOf.get(r.payload.goLiveId)!, r.payload.sourceIds]),
  );
  return rows.map(({ line, payload: p }) =>
    goLiveWritten(
      p.goLiveId,
      before.get(p.goLiveId)!.was,
      {
        actual: {
          id: idOf.get(p.goLiveId),
          note: p.note,
          overrideReason: p.overrideReason,
          certainty: p.certainty,
          wentLiveOn: p.wentLiveOn,
          knownOn: p.knownOn,
          knownAsTyped: p.knownAsTyped,
          sourceId: p.sourceIds[0],
          sourceIds: p.sourceIds,
          heldByHalt: p.heldByHalt,
        },
      },
      batchId,
      line,
    ),
  );
}

/** Problems, as the form records them: against the trust, with the go-live they followed where the row names one. */
async function writeProblems(tx: Tx, rows: { line: number; payload: ProblemPayload }[], batchId: string): Promise<Written[]> {
  const made = await tx.problem.createManyAndReturn({
    data: rows.map(({ payload: p }) => ({
      trustId: p.trustId,
      goLiveId: p.goLiveId,
      reportedOn: toDbDate(p.reportedOn),
      precision: p.reportedOn.precision,
      description: p.description,
      certainty: p.certainty,
    })),
    select: { id: true },
  });
  // PostgreSQL returns a multi-row INSERT's rows in the order of its VALUES; ids ascending say the same.
  const ids = made.map((m) => m.id).sort((a, b) => a - b);
  await linkSources(
    tx,
    "_ProblemToSource",
    rows.map((r, i) => [ids[i]!, r.payload.sourceIds]),
  );
  return rows.map(({ line, payload: p }, i) => ({
    entity: "Trust" as const,
    entityId: String(p.trustId),
    before: null,
    after: {
      problem: {
        id: ids[i],
        description: p.description,
        certainty: p.certainty,
        reportedOn: p.reportedOn,
        goLiveId: p.goLiveId,
        sourceId: p.sourceIds[0],
        sourceIds: p.sourceIds,
      },
      import: { batch: batchId, row: line },
    },
  }));
}

/** A fresh preview of the same rows against the record as it is now (after a conflict). */
export async function checkImportAgain(actor: Actor, id: string): Promise<boolean> {
  const db = getDb();
  const batch = /^[0-9a-f]{32}$/.test(id)
    ? await db.importBatch.findUnique({ where: { id }, select: { kind: true, createdById: true, rows: true, appliedAt: true } })
    : null;
  if (!batch || batch.createdById !== actor.id || batch.appliedAt || !isImportKind(batch.kind) || !can(actor, KINDS[batch.kind].permission)) return false;
  const kind = batch.kind;
  const preview = await db.$transaction((tx) => checkFile(tx, kind, batch.rows as unknown as RawRow[]), { timeout: 60_000, maxWait: 20_000 });
  await db.importBatch.update({
    where: { id },
    data: { preview: json(preview.rows), versions: json(preview.versions), expiresAt: new Date(Date.now() + PREVIEW_HOURS * 3600_000) },
  });
  return true;
}

const json = (value: unknown) => JSON.parse(JSON.stringify(value ?? null)) as Prisma.InputJsonValue;
