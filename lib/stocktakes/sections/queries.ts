import "server-only";
import { db, type Tx } from "@/lib/db";
import type { SourceEvidence, StepRow, StocktakeRow } from "../source";
import { parseHighlightReportSnapshot } from "@/lib/reports/snapshot";
import type { EvidenceCandidate, PeriodReport } from "../compute/prefill";

const evidenceSelect = {
  id: true,
  kind: true,
  title: true,
  date: true,
  text: true,
  url: true,
  priorityArea: { select: { code: true } },
  action: { select: { code: true } },
  milestone: { select: { action: { select: { code: true } } } },
  kpi: { select: { code: true } },
} as const;

type EvidenceRow = {
  id: string;
  kind: SourceEvidence["kind"];
  title: string;
  date: Date;
  text: string | null;
  url: string | null;
  priorityArea: { code: string } | null;
  action: { code: string } | null;
  milestone: { action: { code: string } } | null;
  kpi: { code: string } | null;
};

function toEvidence(e: EvidenceRow): SourceEvidence {
  return {
    id: e.id,
    kind: e.kind,
    title: e.title,
    date: e.date,
    text: e.text,
    url: e.url,
    on: e.action?.code ?? e.milestone?.action.code ?? (e.kpi ? `KPI ${e.kpi.code}` : (e.priorityArea?.code ?? "the partnership")),
  };
}

/**
 * What the pack draws from the stocktake itself: the written sections with
 * their linked evidence, and each published next step of the previous
 * stocktake with this one's response to it.
 */
export async function getStocktakeRow(partnershipId: string, stocktakeId: string, client: Tx = db): Promise<StocktakeRow | null> {
  const row = await client.stocktake.findFirst({
    where: { id: stocktakeId, partnershipId },
    select: {
      id: true,
      title: true,
      periodStart: true,
      periodEnd: true,
      reviewDate: true,
      summary: true,
      provenance: true,
      previousId: true,
      previous: { select: { title: true, reviewDate: true, periodEnd: true } },
      sections: {
        where: { partnershipId },
        orderBy: { position: "asc" },
        select: {
          id: true,
          key: true,
          kind: true,
          priorityAreaId: true,
          status: true,
          progress: true,
          keyFindings: true,
          nextSteps: true,
          version: true,
          evidence: { where: { partnershipId }, select: { evidence: { select: evidenceSelect } } },
        },
      },
      responses: { where: { partnershipId }, select: { id: true, findingId: true, response: true, status: true, authorName: true, version: true } },
    },
  });
  if (!row) return null;
  const steps = row.previousId ? await listNextSteps(partnershipId, row.previousId, client) : [];
  const responses = new Map(row.responses.map((r) => [r.findingId, r]));
  return {
    id: row.id,
    title: row.title,
    periodStart: row.periodStart,
    periodEnd: row.periodEnd,
    reviewDate: row.reviewDate,
    summary: row.summary,
    provenance: row.provenance,
    previous: row.previous,
    sections: row.sections.map((s) => ({ ...s, evidence: s.evidence.map((l) => toEvidence(l.evidence)) })),
    steps: steps.map((step): StepRow => {
      const response = responses.get(step.id);
      return {
        findingId: step.id,
        sectionKey: step.section.key,
        heading: step.heading,
        text: step.text,
        givenBy: step.authorName,
        response: response ? { id: response.id, text: response.response, status: response.status, by: response.authorName, version: response.version } : null,
      };
    }),
  };
}

/** A stocktake's published next steps, in section order: what the next stocktake must respond to. */
export async function listNextSteps(partnershipId: string, stocktakeId: string, client: Tx = db) {
  return client.advisorFinding.findMany({
    where: { partnershipId, kind: "NEXT_STEP", publishedAt: { not: null }, section: { partnershipId, stocktakeId } },
    orderBy: [{ section: { position: "asc" } }, { position: "asc" }, { createdAt: "asc" }],
    select: { id: true, heading: true, text: true, authorName: true, answeredInId: true, section: { select: { key: true } } },
  });
}

/** The evidence a section may link: what is dated in the period for its areas (any area for the partnership-wide sections), and what it links already. */
export async function listEvidenceOptions(partnershipId: string, sectionId: string, areaIds: readonly string[] | null, from: Date, to: Date) {
  const forAreas = areaIds
    ? {
        OR: [
          { priorityAreaId: { in: [...areaIds] } },
          { action: { partnershipId, priorityAreaId: { in: [...areaIds] } } },
          { milestone: { partnershipId, action: { partnershipId, priorityAreaId: { in: [...areaIds] } } } },
          { kpi: { partnershipId, areas: { some: { partnershipId, priorityAreaId: { in: [...areaIds] } } } } },
        ],
      }
    : {};
  const rows = await db.evidence.findMany({
    where: { partnershipId, OR: [{ date: { gte: from, lte: to }, ...forAreas }, { stocktakeSections: { some: { partnershipId, sectionId } } }] },
    orderBy: [{ date: "asc" }, { title: "asc" }],
    select: { ...evidenceSelect, stocktakeSections: { where: { partnershipId, sectionId }, select: { sectionId: true } } },
  });
  return rows.map((e) => ({ ...toEvidence(e), linked: e.stocktakeSections.length > 0 }));
}

/** Every finding recorded against a stocktake, drafts included (the caller decides who sees which). */
export async function listFindings(partnershipId: string, stocktakeId: string) {
  return db.advisorFinding.findMany({
    where: { partnershipId, section: { partnershipId, stocktakeId } },
    orderBy: [{ section: { position: "asc" } }, { kind: "asc" }, { position: "asc" }, { createdAt: "asc" }],
    select: {
      id: true,
      kind: true,
      heading: true,
      text: true,
      position: true,
      authorName: true,
      authorUserId: true,
      editedByName: true,
      byAdvisor: true,
      publishedAt: true,
      publishedByName: true,
      version: true,
      answeredIn: { select: { id: true, title: true } },
      section: { select: { id: true, key: true } },
    },
  });
}
export type FindingRow = Awaited<ReturnType<typeof listFindings>>[number];

/** The period's highlight reports as last submitted: the leads' words a new draft starts from. */
export async function listPeriodReports(partnershipId: string, from: Date, to: Date, client: Tx = db): Promise<PeriodReport[]> {
  const rows = await client.highlightReport.findMany({
    where: { partnershipId, period: { gte: new Date(Date.UTC(from.getUTCFullYear(), from.getUTCMonth(), 1)), lte: to }, state: { in: ["SUBMITTED", "NOTED", "RETURNED"] } },
    orderBy: { period: "asc" },
    select: { priorityAreaId: true, period: true, submissions: { where: { partnershipId }, orderBy: { number: "desc" }, take: 1, select: { snapshot: true } } },
  });
  return rows.flatMap((r) => {
    const latest = r.submissions[0];
    if (!latest) return [];
    const { written } = parseHighlightReportSnapshot(latest.snapshot);
    return [
      {
        areaId: r.priorityAreaId,
        period: r.period,
        overallStatus: written.overallStatus,
        summary: written.summary,
        impactOnFamilies: written.impactOnFamilies,
        nextPeriod: written.nextPeriod,
      },
    ];
  });
}

/** Evidence dated from `from` to `to`, with the areas it is evidence for (what a new draft links). */
export async function listEvidenceCandidates(partnershipId: string, from: Date, to: Date, client: Tx = db): Promise<EvidenceCandidate[]> {
  const rows = await client.evidence.findMany({
    where: { partnershipId, date: { gte: from, lte: to } },
    select: {
      id: true,
      kind: true,
      date: true,
      priorityAreaId: true,
      action: { select: { priorityAreaId: true } },
      milestone: { select: { action: { select: { priorityAreaId: true } } } },
      kpi: { select: { areas: { where: { partnershipId }, select: { priorityAreaId: true } } } },
    },
  });
  return rows.map((e) => ({
    id: e.id,
    kind: e.kind,
    date: e.date,
    areaIds: [e.priorityAreaId, e.action?.priorityAreaId, e.milestone?.action.priorityAreaId, ...(e.kpi?.areas.map((a) => a.priorityAreaId) ?? [])].filter(
      (id): id is string => !!id,
    ),
  }));
}
