"use server";
import { setTolerance } from "../mutations/tolerances";
import { runMutation } from "./mutation";
import type { ActionState } from "./state";

export async function setToleranceAction(_state: ActionState, formData: FormData): Promise<ActionState> {
  return runMutation(setTolerance, formData);
}
