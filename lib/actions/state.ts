// One result shape for every form's server action (STYLE habit 4): every field error at once, and
// what the user typed echoed back (never a password) so nothing they entered is lost.
export interface ConflictChange {
  label: string;
  current: string;
}

export interface ActionState {
  status: "idle" | "error" | "conflict" | "success";
  message?: string;
  /** the first problem with each field, keyed by the field's name */
  fieldErrors?: Record<string, string>;
  /** what the user submitted, to show back in the form */
  fields?: Record<string, string>;
  /** on a conflict: what someone else changed since the form was opened */
  changes?: ConflictChange[];
  /** changes on every submission, so the form re-mounts with the echoed values */
  submissionId?: number;
}

export const IDLE: ActionState = { status: "idle" };
