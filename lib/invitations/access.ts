// Who may invite people to the partnership, read from the permission table.
import { canOnItem, type Scope } from "@/lib/auth/permissions";

export const mayManageInvitations = (scope: Scope) => canOnItem(scope, "members.manage");
