"use server";
import { takeBaseline } from "../mutations/baselines";
import { runMutation } from "./mutation";
import type { ActionState } from "./state";

export async function takeBaselineAction(_state: ActionState, formData: FormData): Promise<ActionState> {
  return runMutation(takeBaseline, formData);
}
