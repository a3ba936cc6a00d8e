// Who may do what with a stocktake, read from the permission table (DESIGN
// §4): the programme office prepares and publishes, priority leads
// contribute their own areas' sections, the board, leads and advisors read
// published packs and record findings. Drafts stay with those who prepare
// them: advisors and the board never see one.
import { can, canOnItem, type Scope } from "@/lib/auth/permissions";
import { findingVisible } from "./compute/lifecycle";
import type { FindingRow } from "./sections/queries";

export const mayPrepare = (scope: Scope) => canOnItem(scope, "stocktake.prepare");

/** Whether the member may work on drafts at all (the programme office, and leads for their areas). */
export const mayReadDrafts = (scope: Scope) => can(scope.role, "stocktake.prepare") || can(scope.role, "stocktake.contribute");

export const mayReadPublished = (scope: Scope) => canOnItem(scope, "stocktake.readPublished") || mayReadDrafts(scope);

export const mayRecordFindings = (scope: Scope) => canOnItem(scope, "stocktake.recordFindings");

/** Advisors' findings are their own until published (lib/stocktakes/compute/lifecycle.ts findingVisible). */
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

export type VisibleFindings = { byKey: Map<string, FindingRow[]>; drafts: FindingRow[]; published: FindingRow[] };

/** The findings this member may see, by section key; drafts are their own side's. */
export function visibleFindings(rows: readonly FindingRow[], scope: Scope): VisibleFindings {
  const advisor = isAdvisor(scope);
  const visible = rows.filter((f) => findingVisible(f, advisor));
  const byKey = new Map<string, FindingRow[]>();
  for (const f of visible) byKey.set(f.section.key, [...(byKey.get(f.section.key) ?? []), f]);
  return { byKey, drafts: visible.filter((f) => !f.publishedAt), published: visible.filter((f) => f.publishedAt) };
}
