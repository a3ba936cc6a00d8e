// The public page's content, each write once in Derby City as its admin: a
// priority area's summary saved as a draft, then (sent for approval in the
// setup) approved; a "you said, we did" and a KPI set public as they already
// are, so the demo's public page is the same after the run.
import { db } from "../support/db";
import type { MutationCases } from "./types";

const text = { whatWeAreDoing: "Registry: what we are doing.", whatHasChanged: "Registry: what has changed.", whatIsNext: "Registry: what is next." };

async function registryArea(partnershipId: string) {
  return db.priorityArea.findFirstOrThrow({ where: { partnershipId, archivedAt: null }, orderBy: [{ position: "asc" }, { code: "asc" }], select: { id: true } });
}

const workingCopy = (partnershipId: string, priorityAreaId: string) =>
  db.publicSummary.findFirst({
    where: { partnershipId, priorityAreaId, state: { not: "APPROVED" } },
    orderBy: { updatedAt: "desc" },
    select: { id: true, state: true, version: true },
  });

export const publicSummariesCases: MutationCases = {
  "lib/public-summaries/mutations/summaries.ts#saveSummary": async ({ partnershipId }) => {
    const area = await registryArea(partnershipId);
    const working = await workingCopy(partnershipId, area.id);
    // A copy left waiting by an earlier run is not edited: send the registry's draft as a new one after it.
    if (working?.state === "SUBMITTED") await db.publicSummary.update({ where: { id: working.id }, data: { state: "RETURNED", returnComment: "Registry" } });
    return { areaId: area.id, summaryId: working?.id, version: working?.version ?? 0, intent: "save", ...text };
  },
  "lib/public-summaries/mutations/summaries.ts#decideSummary": async ({ partnershipId }) => {
    const area = await registryArea(partnershipId);
    const working = await workingCopy(partnershipId, area.id);
    const summary = working
      ? await db.publicSummary.update({ where: { id: working.id }, data: { state: "SUBMITTED", submittedAt: new Date() }, select: { id: true, version: true } })
      : await db.publicSummary.create({
          data: { partnershipId, priorityAreaId: area.id, state: "SUBMITTED", submittedAt: new Date(), authorName: "Registry", ...text },
          select: { id: true, version: true },
        });
    return { summaryId: summary.id, version: summary.version, decision: "APPROVE" };
  },
  "lib/public-summaries/mutations/feedback.ts#setFeedbackPublic": async ({ partnershipId }) => {
    const found = await db.evidence.findFirst({ where: { partnershipId, kind: "FEEDBACK" }, orderBy: { id: "asc" }, select: { id: true, publicAt: true } });
    const evidence =
      found ??
      (await db.evidence.create({
        data: { partnershipId, kind: "FEEDBACK", title: "Registry: you said", text: "Registry: we did", date: new Date("2026-10-01") },
        select: { id: true, publicAt: true },
      }));
    return { evidenceId: evidence.id, show: evidence.publicAt !== null };
  },
  "lib/kpis/mutations/public.ts#setKpiPublic": async ({ partnershipId }) => {
    const kpi = await db.kpi.findFirstOrThrow({ where: { partnershipId, archivedAt: null }, orderBy: { code: "asc" }, select: { id: true, isPublic: true } });
    return { kpiId: kpi.id, show: kpi.isPublic };
  },
};
