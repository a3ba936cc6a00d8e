// Who may change members' roles and areas and remove them, read from the permission table.
import { can, canOnItem, type Scope } from "@/lib/auth/permissions";
import type { Role } from "@/lib/generated/prisma/enums";

export const mayManageMembers = (scope: Scope) => canOnItem(scope, "members.manage");

/** For the navigation: whether the role sees "Members". */
export const roleManagesMembers = (role: Role) => can(role, "members.manage");
