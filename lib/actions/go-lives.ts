"use server";
// Programme managers' changes. Each is a public POST endpoint: runMutation checks the session and
// the permission before it reads anything the person sent.
import { recordAcceptance, recordActualGoLive, recordProblem, replanGoLive } from "../mutations/go-lives";
import { runMutation } from "./mutation";
import type { ActionState } from "./state";

export async function replanGoLiveAction(_state: ActionState, formData: FormData): Promise<ActionState> {
  return runMutation(replanGoLive, formData);
}

export async function recordActualGoLiveAction(_state: ActionState, formData: FormData): Promise<ActionState> {
  return runMutation(recordActualGoLive, formData);
}

export async function recordAcceptanceAction(_state: ActionState, formData: FormData): Promise<ActionState> {
  return runMutation(recordAcceptance, formData);
}

export async function recordProblemAction(_state: ActionState, formData: FormData): Promise<ActionState> {
  return runMutation(recordProblem, formData);
}
