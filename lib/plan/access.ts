// Who may do what with the plan, read from the permission table (DESIGN §4):
// whoever reads the live dashboard reads the plan (advisors where the
// partnership shares it); an action's lead, anyone assigned to it, its area's
// priority lead and the programme office update its status; the programme
// office corrects a mistyped date. The programme office edits the whole plan
// and alone adds, arranges and archives priority areas; a priority lead edits
// the outcomes, actions and milestones of the areas they lead, and rewords
// those areas. Pages, views and mutations ask here.
import { can, canOnItem, ROLES, type Scope } from "@/lib/auth/permissions";

export const mayReadPlan = (scope: Scope) => canOnItem(scope, "dashboard.read");

/** Whether the member updates any action at all (My updates, its place in the navigation). */
export const mayUpdateActions = (scope: Scope) => can(scope.role, "status.update");

/** Whether the member answers for every action's update, not only those assigned to them or in their areas: the programme office chases the whole plan. */
export const updatesWholePlan = (scope: Scope) => canOnItem(scope, "status.update");

/** Whether the member may update this action's status and record its milestones. */
export function mayUpdateAction(scope: Scope, action: { priorityAreaId: string; leadMembershipId: string | null; assigneeIds: readonly string[] }): boolean {
  const assigned = [...action.assigneeIds, ...(action.leadMembershipId ? [action.leadMembershipId] : [])];
  return canOnItem(scope, "status.update", { priorityAreaIds: [action.priorityAreaId], assignedMembershipIds: assigned });
}

/** Roles that can update an action they lead: naming anyone else as an action's lead would leave it unowned. */
export const LEAD_MEMBER_ROLES = ROLES.filter((role) => can(role, "status.update"));

/** Putting right a mistyped due date (every other move is a change request). */
export const mayCorrectDates = (scope: Scope) => can(scope.role, "plan.correctDates");

/** Whether the member edits any of the plan (the editor and its place in the navigation). */
export const mayEditPlan = (scope: Scope) => can(scope.role, "plan.edit");

/** Whether the member may change what is in this area: its outcomes, actions and milestones, and its wording. */
export const mayEditArea = (scope: Scope, areaId: string) => canOnItem(scope, "plan.edit", { priorityAreaIds: [areaId] });

/** Whether the member edits the whole plan: adds, reorders and archives priority areas, and changes an area's code, kind or parent (the programme office). */
export const mayArrangeAreas = (scope: Scope) => canOnItem(scope, "plan.edit");
