// Who may download the whole partnership, read from the permission table: the
// programme office, who manage its settings (the link lives on that page).
// It holds every register, the audit log and the members' emails, so no one
// whose pages show only part of that.
import { canOnItem, type Scope } from "@/lib/auth/permissions";

export const mayDownloadArchive = (scope: Scope) => canOnItem(scope, "settings.manage");
