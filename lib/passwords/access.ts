// Who may see how a member signs in, issue them a reset link and remove their
// OpenID Connect links: the partnership's admins (members.manage).
import { canOnItem, type Scope } from "@/lib/auth/permissions";

export const mayManageSignIn = (scope: Scope) => canOnItem(scope, "members.manage");
