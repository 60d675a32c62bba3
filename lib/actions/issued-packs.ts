"use server";
import { issueBoardPack } from "../mutations/issued-packs";
import { runMutation } from "./mutation";
import type { ActionState } from "./state";

export async function issueBoardPackAction(_state: ActionState, formData: FormData): Promise<ActionState> {
  return runMutation(issueBoardPack, formData);
}
