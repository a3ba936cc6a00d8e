// Who reads the board dashboard, from the permission table: every member but
// an advisor, who reads it only where the partnership shares its live
// dashboard (DESIGN §4: "if allowed").
import { canOnItem, type Scope } from "@/lib/auth/permissions";

export const mayReadDashboard = (scope: Scope) => canOnItem(scope, "dashboard.read");
