// An invitation's state, from its row and the time: the invitation's page
// and the acceptance both say which, in the same words.
export type ClosedState = "used" | "revoked" | "expired";
export type InvitationState = ClosedState | "open";

export function closedState(row: { acceptedAt: Date | null; revokedAt: Date | null; expiresAt: Date }, at: Date): ClosedState | null {
  if (row.acceptedAt) return "used";
  if (row.revokedAt) return "revoked";
  if (row.expiresAt.getTime() <= at.getTime()) return "expired";
  return null;
}

export const CLOSED_MESSAGES: Record<ClosedState | "unknown" | "wrong-account", string> = {
  used: "This invitation has already been used. Sign in to open the partnership, or ask its programme office for a new invitation.",
  revoked: "This invitation was withdrawn by the partnership’s programme office, or replaced by a newer one. Use the newest invitation you were sent, or ask for a new one.",
  expired: "This invitation has expired: invitations work for 7 days. Ask the partnership’s programme office to send it again.",
  unknown: "This invitation link is not one Stocktake issued. Check that you copied the whole link, or ask for a new invitation.",
  "wrong-account": "This invitation is for another email address than the account you are signed in with. Sign out, then open the link again.",
};
