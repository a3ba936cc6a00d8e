// Who may do what with a stocktake, read from the permission table (DESIGN
// §4): the programme office prepares and publishes, priority leads
// contribute their own areas' sections, the board, leads and advisors read
// published packs and record findings. Drafts stay with those who prepare
// them: advisors and the board never see one.
import { can, canOnItem, type Scope } from "@/lib/auth/permissions";

export const mayPrepare = (scope: Scope) => canOnItem(scope, "stocktake.prepare");

/** Whether the member may work on drafts at all (the programme office, and leads for their areas). */
export const mayReadDrafts = (scope: Scope) => can(scope.role, "stocktake.prepare") || can(scope.role, "stocktake.contribute");

export const mayReadPublished = (scope: Scope) => canOnItem(scope, "stocktake.readPublished") || mayReadDrafts(scope);

export const mayRecordFindings = (scope: Scope) => canOnItem(scope, "stocktake.recordFindings");

/** Advisors' findings are their own until published (lib/stocktakes/lifecycle.ts findingVisible). */
export const isAdvisor = (scope: Scope) => scope.role === "ADVISOR";

/**
 * A section of a draft: the partnership-wide ones are the programme office's;
 * an area's, also its lead's (an area for improvement filed under a priority
 * area, also that area's lead's: its actions are the parent's).
 */
export function mayEditSection(scope: Scope, section: { priorityAreaId: string | null; parentId?: string | null }): boolean {
  if (mayPrepare(scope)) return true;
  if (!section.priorityAreaId) return false;
  return canOnItem(scope, "stocktake.contribute", { priorityAreaIds: [section.priorityAreaId, ...(section.parentId ? [section.parentId] : [])] });
}
