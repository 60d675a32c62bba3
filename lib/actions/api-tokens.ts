"use server";
import { createApiToken, revokeApiToken } from "../mutations/api-tokens";
import { runMutation } from "./mutation";
import type { ActionState } from "./state";

export async function createApiTokenAction(_state: ActionState, formData: FormData): Promise<ActionState> {
  return runMutation(createApiToken, formData);
}

export async function revokeApiTokenAction(_state: ActionState, formData: FormData): Promise<ActionState> {
  return runMutation(revokeApiToken, formData);
}
