// The rule that keeps every member able to sign in. Pure, so the page (which
// hides Remove) and the mutation (which refuses it) decide alike. And what a
// reset link that cannot be used says.
import { RESET_MINUTES } from "./token";

/** The sentence the page and the refusal give when a link is the person's last way in. */
export const LAST_WAY_IN =
  "This is the only way this person can sign in: they have no password and no other OpenID Connect link. Issue them a password reset link first, then remove this link.";

/** Whether removing one of `links` OpenID Connect links would leave the person no way to sign in. */
export function isLastWayIn(hasPassword: boolean, links: number): boolean {
  return !hasPassword && links <= 1;
}

/** What a reset link that cannot be used says, by why. */
export const DEAD_RESET_LINKS = {
  used: { title: "This link has been used", text: "A password reset link works once, and this one has already been used. If you still need a new password, ask for another link." },
  expired: { title: "This link has expired", text: `A password reset link works for ${RESET_MINUTES} minutes, and this one has run out. Ask for another link.` },
  unknown: { title: "This link is not recognised", text: "Check that you copied the whole link. If it still does not work, ask for another link." },
} as const;
