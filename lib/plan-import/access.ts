// Who may import a plan from a spreadsheet, read from the permission table:
// the programme office (DESIGN §6). Pages, the view and the mutations ask here.
import type { Caller, OperatorCaller } from "@/lib/auth/caller";
import { canOnItem, type Scope } from "@/lib/auth/permissions";

export const mayImportPlan = (scope: Scope) => canOnItem(scope, "plan.import");

export const ONLY_PROGRAMME_OFFICE = "Only the programme office imports a plan.";

/**
 * The caller the plan's own cores see. A member is themselves; the command
 * line (an operator, who holds the database) writes with the programme
 * office's rights, and the audit still names the command line.
 */
export function planCaller(caller: Caller | OperatorCaller): Caller {
  if (!("operator" in caller)) return caller;
  return { scope: { role: "ADMIN", areaIds: [], membershipId: "" }, actor: caller.actor };
}
