"use server";
import { markChangesSeen } from "../mutations/visits";
import { runMutation } from "./mutation";
import type { ActionState } from "./state";

export async function markChangesSeenAction(_state: ActionState, formData: FormData): Promise<ActionState> {
  return runMutation(markChangesSeen, formData);
}
