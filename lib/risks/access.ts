// Who may do what with the risk register, read from the permission table:
// whoever reads the live dashboard reads the register; the programme office
// manages every risk, a priority lead the risks linked to an area they lead.
import { can, canOnItem, grantFor, type Scope } from "@/lib/auth/permissions";

export const mayReadRisks = (scope: Scope) => canOnItem(scope, "risks.read");

/** Whether the member adds and manages risks at all (the "Add a risk" link, reviews on My updates). */
export const mayEditRisks = (scope: Scope) => can(scope.role, "risks.edit");

/** Whether the member manages every risk, whatever its areas (and may keep a risk partnership-wide). */
export const mayManageEveryRisk = (scope: Scope) => grantFor(scope.role, "risks.edit") === "all";

/** Whether the member may review, edit, escalate or close a risk linked to these areas, and manage its mitigations. */
export const mayManageRisk = (scope: Scope, areaIds: readonly string[]) => canOnItem(scope, "risks.edit", { priorityAreaIds: areaIds });
