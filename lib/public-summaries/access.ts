// Who may do what with the public page's content, read from the permission
// table (DESIGN §4, "public summaries: write / approve"): a priority lead
// writes the summaries of the areas they lead (the programme office any), the
// programme office approves or returns them and alone decides which KPIs are
// public; "you said, we did" feedback is made public by whoever recorded it,
// or the programme office. Board members, contributors, advisors and viewers
// have no part in it: the screen is a 404 for them (what is published they
// read on the public page, as everyone does).
//
// The table has no row of its own for public summaries yet: writing follows
// the area's highlight reports (a lead's own areas, the programme office all),
// approving follows the partnership's settings (the programme office's, where
// the public page is switched on).
import { can, canOnItem, type Scope } from "@/lib/auth/permissions";

/** Whether the member writes the public summaries of any area (a lead, the programme office). */
export const writesSummaries = (scope: Scope) => can(scope.role, "highlightReport.write");
export const mayWriteSummary = (scope: Scope, areaId: string) => canOnItem(scope, "highlightReport.write", { priorityAreaIds: [areaId] });
export const mayApproveSummaries = (scope: Scope) => canOnItem(scope, "settings.manage");

/** The programme office's and leads' screen for the public page. */
export const mayOpenPublicPageScreen = (scope: Scope) => writesSummaries(scope) || mayApproveSummaries(scope);

/** Feedback its author marks public (the author as the evidence names them), or the programme office. */
export const mayShowFeedback = (scope: Scope, evidence: { createdByName: string | null }, actorName: string) =>
  mayApproveSummaries(scope) || (mayOpenPublicPageScreen(scope) && evidence.createdByName !== null && evidence.createdByName === actorName);
