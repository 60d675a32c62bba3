"use server";
// Admins' changes to people, and an invitee setting their password. Each is a public POST endpoint:
// runMutation checks the session and the permission before it reads anything the person sent.
// Accepting an invitation needs no session: the invitation's one-time token is the proof.
import { acceptInvitation, deactivateUser, inviteUser, reactivateUser, setUserRoles } from "../mutations/users";
import { runMutation } from "./mutation";
import type { ActionState } from "./state";

export async function inviteUserAction(_state: ActionState, formData: FormData): Promise<ActionState> {
  return runMutation(inviteUser, formData);
}

export async function setUserRolesAction(_state: ActionState, formData: FormData): Promise<ActionState> {
  return runMutation(setUserRoles, formData);
}

export async function deactivateUserAction(_state: ActionState, formData: FormData): Promise<ActionState> {
  return runMutation(deactivateUser, formData);
}

export async function reactivateUserAction(_state: ActionState, formData: FormData): Promise<ActionState> {
  return runMutation(reactivateUser, formData);
}

export async function acceptInvitationAction(_state: ActionState, formData: FormData): Promise<ActionState> {
  return acceptInvitation(formData);
}
