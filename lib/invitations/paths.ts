// Where invitations live. The invitation's own page is outside /p: the person
// opening it is not a member yet, and may not have an account.
import { absoluteUrl } from "@/lib/urls";

export function invitationPath(token: string): string {
  return `/invite/${encodeURIComponent(token)}`;
}

/** The form on the invitation's page posts here (a plain form, so it works without JavaScript). */
export function acceptInvitationPostPath(token: string): string {
  return `${invitationPath(token)}/accept`;
}

export function invitationUrl(token: string): string {
  return absoluteUrl(invitationPath(token));
}
