// Who may do what with a board pack, read from the permission table: the
// programme office assembles and publishes (and alone sees the draft);
// members read published packs (advisors where the live dashboard is shared).
import { canOnItem, type Scope } from "@/lib/auth/permissions";

export const mayPreparePack = (scope: Scope) => canOnItem(scope, "boardPack.prepare");
export const mayReadPublishedPack = (scope: Scope) => canOnItem(scope, "boardPack.read");
