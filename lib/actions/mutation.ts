import "server-only";
// The one path every change takes (STYLE habit 3): authorise → parse → write in a transaction with
// its audit record → revalidate → redirect. Expected failures come back as ActionState; anything
// else reaches error.tsx, which shows no internals.
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import type { Prisma } from "../generated/prisma/client";
import { can, type Actor, type Permission } from "../auth/permissions";
import { ActorRefused, assertActorStillCan } from "./actor-check";
import { getActor } from "../auth/session";
import { getDb } from "../db";
import { refreshSpans, type Touched } from "../derived/status-spans";
import type { Parsed } from "../validation/common";
import { ConflictError, FieldError } from "./errors";
import { formFields, invalid, nextSubmissionId, orderedErrors } from "./form-data";
import type { ActionState } from "./state";

export type Tx = Prisma.TransactionClient;

export interface Change {
  entity: string;
  entityId: string;
  before: unknown;
  after: unknown;
  /** where to go once saved */
  redirectTo: string;
  /** pages whose data changed */
  revalidate?: string[];
  /** the go-lives whose derived status spans the change alters: rewritten in its transaction */
  touches?: Touched;
}

export interface MutationSpec<T, C extends Change = Change> {
  permission: Permission;
  /** the audit trail's name for the change, e.g. "go-live.replan" */
  action: string;
  parse: (formData: FormData) => Parsed<T>;
  write: (tx: Tx, input: T, actor: Actor) => Promise<C>;
  /** fields never echoed back (passwords) */
  secret?: string[];
  /** once saved, answer with this state instead of redirecting (a one-time link to show, say) */
  result?: (change: C) => ActionState;
  /**
   * Changes of one kind that must not interleave (two admins changing each other's accounts): the
   * name of a transaction-scoped advisory lock taken before anything is read.
   */
  serialize?: string;
  /**
   * How long the transaction may take, in ms (20 s unless said). A change that can touch every
   * go-live's derived spans (an all-London halt) rewrites them all in its transaction.
   */
  timeoutMs?: number;
}

const NOT_ALLOWED = "Your account cannot make this change. Ask an admin if your work needs it.";

const json = (value: unknown) => JSON.parse(JSON.stringify(value ?? null)) as Prisma.InputJsonValue;

export async function runMutation<T, C extends Change>(spec: MutationSpec<T, C>, formData: FormData): Promise<ActionState> {
  const fields = formFields(formData, spec.secret);
  const actor = await getActor();
  if (!actor)
    return {
      status: "error",
      message: "Your session has ended. Sign in again in a new tab, then save again: what you typed is kept here.",
      fields,
      submissionId: nextSubmissionId(),
    };
  return executeMutation(spec, formData, actor, fields);
}

/** The same path with the actor given: what the server actions and the tests both run. */
export async function executeMutation<T, C extends Change>(
  spec: MutationSpec<T, C>,
  formData: FormData,
  actor: Actor,
  fields = formFields(formData, spec.secret),
): Promise<ActionState> {
  if (!can(actor, spec.permission)) {
    return { status: "error", message: NOT_ALLOWED, fields, submissionId: nextSubmissionId() };
  }
  const parsed = spec.parse(formData);
  if (!parsed.success) return invalid(parsed.error, fields);

  const db = getDb();
  let change: C;
  try {
    change = await db.$transaction(
      async (tx) => {
        if (spec.serialize) await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${spec.serialize}))`;
        await assertActorStillCan(tx, actor, spec.permission);
        const result = await spec.write(tx, parsed.data, actor);
        if (result.touches) await refreshSpans(tx, result.touches);
        await tx.auditEvent.create({
          data: {
            actor: actor.email,
            actorId: actor.id,
            action: spec.action,
            entity: result.entity,
            entityId: result.entityId,
            before: json(result.before),
            after: json(result.after),
          },
        });
        return result;
      },
      { timeout: spec.timeoutMs ?? 20_000, maxWait: 20_000 },
    );
  } catch (error) {
    if (isUniqueViolation(error)) {
      // Keys are unique by construction (freeKey); a clash that still reaches here is told to the
      // person with what they typed kept, never as the error page.
      return {
        status: "error",
        message: "This clashes with something already in the record (the same name or address). Change it and save again: what you typed is kept.",
        fields,
        submissionId: nextSubmissionId(),
      };
    }
    if (error instanceof ActorRefused) return { status: "error", message: error.message, fields, submissionId: nextSubmissionId() };
    if (error instanceof FieldError) {
      return { status: "error", fieldErrors: orderedErrors(error.fieldErrors, fields), fields, submissionId: nextSubmissionId() };
    }
    if (error instanceof ConflictError) {
      // The refused attempt is kept in the trail too, with what the record held and what was tried.
      await db.auditEvent.create({
        data: {
          actor: actor.email,
          actorId: actor.id,
          action: spec.action,
          entity: error.entity,
          entityId: error.entityId,
          // What was tried, as the change defines it: validated and bounded by its schema, never every field posted.
          outcome: "CONFLICT",
          before: json(error.current),
          after: json(parsed.data),
        },
      });
      return { status: "conflict", message: error.message, changes: error.changes, fields, submissionId: nextSubmissionId() };
    }
    throw error;
  }
  for (const path of change.revalidate ?? []) revalidatePath(path);
  if (spec.result) return spec.result(change);
  redirect(change.redirectTo);
}

/** PostgreSQL's unique_violation, as Prisma (P2002) or the driver (23505) reports it. */
export function isUniqueViolation(error: unknown): boolean {
  if (!error || typeof error !== "object") return false;
  const code = "code" in error ? (error as { code: unknown }).code : undefined;
  if (code === "P2002" || code === "23505") return true;
  const cause = "cause" in error ? (error as { cause: unknown }).cause : undefined;
  return cause !== undefined && cause !== error && isUniqueViolation(cause);
}
