// The rule that keeps every member able to sign in. Pure, so the page (which
// hides Remove) and the mutation (which refuses it) decide alike.

/** The sentence the page and the refusal give when a link is the person's last way in. */
export const LAST_WAY_IN =
  "This is the only way this person can sign in: they have no password and no other OpenID Connect link. Issue them a password reset link first, then remove this link.";

/** Whether removing one of `links` OpenID Connect links would leave the person no way to sign in. */
export function isLastWayIn(hasPassword: boolean, links: number): boolean {
  return !hasPassword && links <= 1;
}
