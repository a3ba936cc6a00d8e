// Who may do what with KPIs, read from the permission table: whoever reads the
// live dashboard reads KPIs; definitions are edited by those who edit the plan
// (a priority lead only for KPIs wholly within the areas they lead); values are
// entered by the KPI's owner and the leads of its areas (and the programme office).
import { can, canOnItem, type Scope } from "@/lib/auth/permissions";

export const mayReadKpis = (scope: Scope) => canOnItem(scope, "dashboard.read");

/** Whether the member edits any KPI definitions at all (the "Add a KPI" link, the forms' pages). */
export const mayEditKpis = (scope: Scope) => can(scope.role, "plan.edit");

/** Whether the member may link a KPI to this area (an option on the definition form). */
export const mayLinkKpiToArea = (scope: Scope, areaId: string) => canOnItem(scope, "plan.edit", { priorityAreaIds: [areaId] });

/** Whether the member may edit, archive or restore a KPI linked to these areas: every one of them must be theirs. */
export const mayEditKpi = (scope: Scope, areaIds: readonly string[]) => mayEditKpis(scope) && areaIds.every((id) => mayLinkKpiToArea(scope, id));

/** Whether the member may enter, correct and import values of a KPI: its owner, a lead of one of its areas, or the programme office. */
export function mayEnterKpiValues(scope: Scope, kpi: { areaIds: readonly string[]; ownerMembershipId: string | null }): boolean {
  return canOnItem(scope, "kpi.enterValues", { priorityAreaIds: kpi.areaIds, assignedMembershipIds: kpi.ownerMembershipId ? [kpi.ownerMembershipId] : [] });
}

/** Which KPIs the public page shows is the programme office's choice (the partnership's settings, where the page is switched on). */
export const mayChooseKpisForPublic = (scope: Scope) => canOnItem(scope, "settings.manage");
