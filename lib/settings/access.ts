// Who may change the partnership's settings, read from the permission table.
import { canOnItem, type Scope } from "@/lib/auth/permissions";

export const mayManageSettings = (scope: Scope) => canOnItem(scope, "settings.manage");
