"use server";
// The board's changes. Each is a public POST endpoint: runMutation checks the session and the
// permission before it reads anything the person sent.
import { recordDecision } from "../mutations/decisions";
import { runMutation } from "./mutation";
import type { ActionState } from "./state";

export async function recordDecisionAction(_state: ActionState, formData: FormData): Promise<ActionState> {
  return runMutation(recordDecision, formData);
}
