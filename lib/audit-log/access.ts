// Who may read the partnership's audit log, read from the permission table:
// the page, its navigation item and its downloads all ask this one function.
import { canOnItem, type Scope } from "@/lib/auth/permissions";

export const mayReadAuditLog = (scope: Scope) => canOnItem(scope, "audit.read");
