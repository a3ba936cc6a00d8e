// Cross-tenant cases for highlight reports: every read with Derbyshire's rows
// asked for from Derby City, and every write as Derby City's admin on them.
import { today } from "@/lib/clock";
import { owedPeriod, shiftMonth } from "@/lib/reports/period";
import { db } from "../support/db";
import type { Ids, TenancyCases } from "./types";

/** Derbyshire's first priority area (PIA1), whichever partnership id the call is made with. */
const derbyshireArea = async () => (await db.priorityArea.findFirstOrThrow({ where: { partnership: { slug: "derbyshire" }, code: "PIA1" }, select: { id: true } })).id;
/** One of Derbyshire's frozen submissions (the seed has them). */
const derbyshireSubmission = () =>
  db.highlightReportSubmission.findFirstOrThrow({
    where: { report: { partnership: { slug: "derbyshire" } } },
    orderBy: { number: "desc" },
    select: { reportId: true, number: true },
  });

const owed = () => owedPeriod(today());

export const reportCases: TenancyCases = {
  "lib/reports/queries.ts#getReportsOverview": { kind: "tenant", args: (partnershipId) => [partnershipId, shiftMonth(owed(), -6), owed()] },
  "lib/reports/queries.ts#listSubmittedReports": { kind: "tenant", args: (partnershipId) => [partnershipId] },
  // By code: Derby City's own area of that code (if any) is its own; Derbyshire's never comes back.
  "lib/reports/queries.ts#getAreaReport": { kind: "tenant", args: (partnershipId) => [partnershipId, "PIA1", shiftMonth(owed(), -1)] },
  "lib/reports/queries.ts#getSubmissionSnapshot": {
    kind: "tenant",
    args: async (partnershipId) => {
      const submission = await derbyshireSubmission();
      return [partnershipId, submission.reportId, submission.number];
    },
    empty: true,
  },
  "lib/reports/queries.ts#getPreviousSubmission": { kind: "tenant", args: async (partnershipId) => [partnershipId, await derbyshireArea(), shiftMonth(owed(), -1)], empty: true },
  "lib/reports/queries.ts#getReportSource": { kind: "tenant", args: async (partnershipId) => [partnershipId, await derbyshireArea()], empty: true },
  // The shared kernel's read of the plan as at a day (lib/plan/as-at), as reports, stocktakes and board packs call it.
  "lib/plan/as-at/queries.ts#getPlanRowsAsAt": { kind: "tenant", args: async (partnershipId) => [partnershipId, [await derbyshireArea()]] },
  "lib/reports/mutations.ts#saveHighlightReport": {
    kind: "mutation",
    args: (ids: Ids, rows) => [
      ids.derbyCity,
      ids.derbyCityCallers.ADMIN,
      { areaId: rows.PriorityArea, period: owed(), version: 0, intent: "submit", overallStatus: "ON_TRACK", statusReason: "x", summary: "Cross-tenant", impactOnFamilies: "x" },
    ],
  },
  "lib/reports/mutations.ts#reviewHighlightReport": {
    kind: "mutation",
    args: (ids: Ids, rows) => [ids.derbyCity, ids.derbyCityCallers.ADMIN, { reportId: rows.HighlightReport, version: 1, decision: "RETURNED", comment: "Cross-tenant" }],
  },
};
