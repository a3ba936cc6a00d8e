// Who may do what with a stocktake, read from the permission table (DESIGN
// §4): the programme office prepares and publishes, priority leads
// contribute their own areas' sections, the board, leads and advisors read
// published packs and record findings. Drafts stay with those who prepare
// them: advisors and the board never see one. A draft finding is its
// author's until published (and the programme office's, for the
// partnership's drafts).
import { can, canOnItem, type Scope } from "@/lib/auth/permissions";
import { findingCredit, findingVisible, type FindingVisibility } from "./compute/lifecycle";
import type { FindingRow } from "./sections/queries";

export const mayPrepare = (scope: Scope) => canOnItem(scope, "stocktake.prepare");

/** Whether the member may work on drafts at all (the programme office, and leads for their areas). */
export const mayReadDrafts = (scope: Scope) => can(scope.role, "stocktake.prepare") || can(scope.role, "stocktake.contribute");

export const mayReadPublished = (scope: Scope) => canOnItem(scope, "stocktake.readPublished") || mayReadDrafts(scope);

export const mayRecordFindings = (scope: Scope) => canOnItem(scope, "stocktake.recordFindings");

/** The next review's date is the advisors' to give, with their findings; the partnership reads it. */
export const mayGiveNextReview = (scope: Scope) => canOnItem(scope, "stocktake.giveNextReview");

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

/** The programme office's hold on the partnership's draft findings, beside their authors'. */
const mayEditOthersFindings = (scope: Scope) => canOnItem(scope, "stocktake.editOthersFindings");

export type FindingAuthorship = FindingVisibility & { authorUserId: string | null };

/**
 * Whether the member may edit, delete or publish a draft finding: its author
 * may until it is published, and so may the programme office for the
 * partnership's drafts (an advisor's draft is not the partnership's to see).
 * Anyone else on the same side reads it, and that is all.
 */
export function mayEditFinding(scope: Scope, userId: string | null, finding: FindingAuthorship): boolean {
  if (finding.publishedAt || !mayRecordFindings(scope) || !findingVisible(finding, isAdvisor(scope))) return false;
  const author = finding.authorUserId !== null && finding.authorUserId === userId;
  return author || (!finding.byAdvisor && mayEditOthersFindings(scope));
}

/** A finding as the pages show it: with who wrote it, as the pack credits it. */
export type ShownFinding = FindingRow & { credit: string };

export type VisibleFindings = {
  byKey: Map<string, ShownFinding[]>;
  drafts: ShownFinding[];
  published: ShownFinding[];
  /** The drafts this member may edit, delete and publish (by id). */
  editable: ReadonlySet<string>;
};

function shown(rows: readonly FindingRow[], editable: ReadonlySet<string>): VisibleFindings {
  const all = rows.map((f) => ({ ...f, credit: findingCredit(f) }));
  const byKey = new Map<string, ShownFinding[]>();
  for (const f of all) byKey.set(f.section.key, [...(byKey.get(f.section.key) ?? []), f]);
  return { byKey, drafts: all.filter((f) => !f.publishedAt), published: all.filter((f) => f.publishedAt), editable };
}

/** The findings this member may see, by section key; drafts are their own side's, and the ones they may change are marked. */
export function visibleFindings(rows: readonly FindingRow[], scope: Scope, userId: string | null): VisibleFindings {
  const visible = rows.filter((f) => findingVisible(f, isAdvisor(scope)));
  return shown(visible, new Set(visible.filter((f) => mayEditFinding(scope, userId, f)).map((f) => f.id)));
}

/** The published findings alone, as the frozen pack's PDF prints them for everyone who reads it. */
export function publishedFindings(rows: readonly FindingRow[]): VisibleFindings {
  return shown(
    rows.filter((f) => f.publishedAt),
    new Set(),
  );
}
