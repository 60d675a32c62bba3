"use server";
import { addSource } from "../mutations/sources";
import { runMutation } from "./mutation";
import type { ActionState } from "./state";

export async function addSourceAction(_state: ActionState, formData: FormData): Promise<ActionState> {
  return runMutation(addSource, formData);
}
