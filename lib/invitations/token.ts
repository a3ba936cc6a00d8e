// Invitation tokens: single-use links (lib/security/link-token.ts), working for a week.
export { hashLinkToken as hashInvitationToken, looksLikeLinkToken as looksLikeInvitationToken, newLinkToken as newInvitationToken } from "@/lib/security/link-token";

/** How long an invitation works. */
export const INVITATION_DAYS = 7;
