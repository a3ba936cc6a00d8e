// Cross-tenant cases for the public page's content (lib/public-summaries) and
// the KPI's public switch (lib/kpis/mutations/public.ts): the reads asked for
// from Derby City; each write as Derby City's admin naming Derbyshire's rows.
import type { Ids, Rows, TenancyCases } from "./types";

const text = { whatWeAreDoing: "Cross-tenant", whatHasChanged: "Cross-tenant", whatIsNext: "Cross-tenant" };
/** Derbyshire's row of the table, or an id no row has where it has none yet (never undefined: that would match any row). */
const rowOf = (rows: Rows, table: string) => rows[table] ?? `no-${table.toLowerCase()}-in-derbyshire`;
const asDerbyCityAdmin = (ids: Ids, input: Record<string, unknown>) => [ids.derbyCity, ids.derbyCityCallers.ADMIN, input];

export const publicSummariesCases: TenancyCases = {
  "lib/public-summaries/queries.ts#listSummaryAreas": { kind: "tenant", args: (partnershipId) => [partnershipId] },
  "lib/public-summaries/queries.ts#getSummaryArea": { kind: "tenant", args: (partnershipId, rows) => [partnershipId, rows.PriorityArea], empty: true },
  "lib/public-summaries/queries.ts#getPublicPageState": { kind: "tenant", args: (partnershipId) => [partnershipId] },
  "lib/public-summaries/queries.ts#listKpiChoices": { kind: "tenant", args: (partnershipId) => [partnershipId] },
  "lib/public-summaries/queries.ts#listFeedbackChoices": { kind: "tenant", args: (partnershipId) => [partnershipId] },
  "lib/public-summaries/mutations/summaries.ts#saveSummary": {
    kind: "mutation",
    args: (ids, rows) => asDerbyCityAdmin(ids, { areaId: rows.PriorityArea, version: 0, intent: "submit", ...text }),
  },
  "lib/public-summaries/mutations/summaries.ts#decideSummary": {
    kind: "mutation",
    args: (ids, rows) => asDerbyCityAdmin(ids, { summaryId: rowOf(rows, "PublicSummary"), version: 1, decision: "APPROVE" }),
  },
  "lib/public-summaries/mutations/feedback.ts#setFeedbackPublic": {
    kind: "mutation",
    args: (ids, rows) => asDerbyCityAdmin(ids, { evidenceId: rowOf(rows, "Evidence"), show: true }),
  },
  "lib/kpis/mutations/public.ts#setKpiPublic": { kind: "mutation", args: (ids, rows) => asDerbyCityAdmin(ids, { kpiId: rows.Kpi, show: true }) },
};
