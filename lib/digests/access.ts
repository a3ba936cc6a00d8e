// Who may do what with digests: a member chooses only their own; the
// programme office previews anyone's (members.manage, as the members page).
import type { Caller } from "@/lib/auth/caller";
import { canOnItem, type Scope } from "@/lib/auth/permissions";
import { NotFoundError } from "@/lib/errors";

export const mayPreviewDigests = (scope: Scope) => canOnItem(scope, "members.manage");

/** The form names the membership it was shown for: anyone else's (another partnership's) is not found. */
export function requireOwnMembership(caller: Caller, membershipId: string): void {
  if (caller.scope.membershipId !== membershipId) throw new NotFoundError();
}
