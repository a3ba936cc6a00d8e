// Who may do what with a highlight report, read from the permission table
// (DESIGN §4: the priority lead writes and submits their own areas' reports,
// the programme office all; the board notes or returns; everyone who reads
// the live plan reads submitted reports). Drafts stay with those who write them.
import { can, canOnItem, type Scope } from "@/lib/auth/permissions";

/** Whether this role writes highlight reports for any area (a lead, the programme office): who has reports to owe at all. */
export const writesReports = (scope: Scope) => can(scope.role, "highlightReport.write");
export const mayWriteReport = (scope: Scope, areaId: string) => canOnItem(scope, "highlightReport.write", { priorityAreaIds: [areaId] });
export const mayReviewReports = (scope: Scope) => canOnItem(scope, "highlightReport.review");
export const mayReadSubmittedReports = (scope: Scope) => canOnItem(scope, "highlightReport.read");

/** One area's report page, and the PDF of a submitted version (a download follows its page): those who write the area's reports, and those who read submitted reports. */
export const mayOpenAreaReport = (scope: Scope, areaId: string) => mayWriteReport(scope, areaId) || mayReadSubmittedReports(scope);
