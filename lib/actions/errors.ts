import type { ConflictChange } from "./state";

/** A rule that needs the database to check (a date against the record): shown at the field. */
export class FieldError extends Error {
  constructor(readonly fieldErrors: Record<string, string>) {
    super(Object.values(fieldErrors).join("; "));
  }
}

/** Someone else saved the record after this form was opened: nothing is overwritten. */
export class ConflictError extends Error {
  constructor(
    readonly entity: string,
    readonly entityId: string,
    readonly changes: ConflictChange[],
    readonly current: unknown,
    message = "Someone else saved a change to this record after you opened the form, so your change was not saved.",
  ) {
    super(message);
  }
}
