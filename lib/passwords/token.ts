// Reset tokens: single-use links (lib/security/link-token.ts), working for half an hour.
export { hashLinkToken as hashResetToken, looksLikeLinkToken as looksLikeResetToken, newLinkToken as newResetToken } from "@/lib/security/link-token";

/** How long a reset link works. */
export const RESET_MINUTES = 30;
