// Draws a stocktake pack from live rows as at a day: a draft is drawn afresh
// on every view, and publishing freezes the same drawing. Pure functions of
// plain data (read by lib/stocktakes/queries/); each area's dashboard is
// ./area-data.ts, the plan as at the pack's day the shared kernel's.
import { byEndOf, toIsoDate } from "@/lib/dates/format";
import { asAtDay, between, decisionAsAt } from "@/lib/plan/as-at/compute";
import type { AreaSection, EvidenceItem, GovernanceSection, PackDocument } from "../snapshot";
import { STOCKTAKE_SNAPSHOT_VERSION, stocktakeSnapshotV1 } from "../snapshot";
import { FAMILY_VOICE_KEY, GOVERNANCE_KEY, type SectionRow, type SourceEvidence, type StocktakeRow, type StocktakeSource } from "../source";
import { drawAreaData, nextWindowEnd } from "./area-data";
import { openRisksAsAt } from "./risks";

const iso = toIsoDate;

/** The day a stocktake pack is drawn as at: the day of drawing, or the period's end once it has passed. */
export function stocktakeAsAt(periodEnd: Date, today: Date): Date {
  return asAtDay(periodEnd, today);
}

function evidenceItems(rows: readonly SourceEvidence[]): EvidenceItem[] {
  return [...rows]
    .sort((a, b) => a.date.getTime() - b.date.getTime() || a.title.localeCompare(b.title))
    .map((e) => ({ kind: e.kind, title: e.title, date: iso(e.date), text: e.text, url: e.url, on: e.on }));
}

const emptyWritten = { status: null, progress: null, keyFindings: null, nextSteps: null };
const writtenOf = (row: SectionRow | undefined) =>
  row ? { status: row.kind === "AREA" ? row.status : null, progress: row.progress, keyFindings: row.keyFindings, nextSteps: row.nextSteps } : emptyWritten;

function drawGovernance(source: StocktakeSource, row: SectionRow | undefined, from: Date, asAt: Date): GovernanceSection {
  const within = (date: Date) => between(date, from, asAt);
  const { governance } = source;
  const codeOf = new Map(source.areas.map((a) => [a.id, a.code]));
  const open = openRisksAsAt(source.risks, asAt);
  return {
    written: writtenOf(row),
    boards: governance.boards.map((b) => ({
      name: b.name,
      chair: b.chair,
      reportsTo: b.reportsTo,
      areas: b.areaIds.map((id) => codeOf.get(id)).filter((c): c is string => c !== undefined),
    })),
    meetings: governance.meetings
      .filter((m) => within(m.date))
      .sort((a, b) => a.date.getTime() - b.date.getTime())
      .map((m) => ({ title: m.title, board: m.board, date: iso(m.date), state: m.state, minutesPublished: m.published, illustrative: m.illustrative })),
    changeRequests: {
      raised: governance.changeRequests.filter((c) => within(c.createdAt)).length,
      approved: governance.changeRequests.filter((c) => c.state === "APPROVED" && c.decidedAt !== null && within(c.decidedAt)).length,
      rejected: governance.changeRequests.filter((c) => c.state === "REJECTED" && c.decidedAt !== null && within(c.decidedAt)).length,
      pending: governance.changeRequests.filter((c) => byEndOf(c.createdAt, asAt) && !decisionAsAt(c, asAt).decided && c.state !== "WITHDRAWN").length,
    },
    impactLog: {
      raised: governance.impactLog.filter((e) => within(e.raisedOn)).length,
      open: governance.impactLog.filter((e) => byEndOf(e.raisedOn, asAt) && (e.state !== "DONE" || (e.closedAt !== null && !byEndOf(e.closedAt, asAt)))).length,
      done: governance.impactLog.filter((e) => e.state === "DONE" && e.closedAt !== null && within(e.closedAt)).length,
    },
    risks: { open: open.length, escalated: open.filter((r) => r.asAt.escalated).length, high: open.filter((r) => r.asAt.likelihood * r.asAt.impact >= 15).length },
    evidence: evidenceItems(row?.evidence ?? []),
  };
}

/**
 * The pack for `stocktake` as the data stands on `today` (a draft), or as it
 * is frozen when published. Every live area gets a section, in plan order,
 * whether or not it has been written yet.
 */
export function drawPack(source: StocktakeSource, stocktake: StocktakeRow, today: Date): PackDocument {
  const asAt = stocktakeAsAt(stocktake.periodEnd, today);
  const from = stocktake.periodStart;
  const byKey = new Map(stocktake.sections.map((s) => [s.key, s]));
  const byId = new Map(source.areas.map((a) => [a.id, a]));
  const areas: AreaSection[] = source.areas.map((area) => {
    const children = source.areas.filter((a) => a.parentId === area.id);
    const parent = area.parentId ? (byId.get(area.parentId) ?? null) : null;
    const areaSource = source.areaSources.get(area.id);
    const row = byKey.get(area.id);
    return {
      key: area.id,
      code: area.code,
      title: area.title,
      kind: area.kind,
      finding: area.finding,
      leads: area.leads,
      parent: parent ? { code: parent.code, title: parent.title } : null,
      linked: children.map((c) => c.code),
      written: writtenOf(row),
      data: areaSource && !parent ? drawAreaData(areaSource, source.risks, [area.id, ...children.map((c) => c.id)], from, asAt, source.labels) : null,
      evidence: evidenceItems(row?.evidence ?? []),
    };
  });
  const sectionCode = (key: string) => byId.get(key)?.code ?? key;
  return {
    schemaVersion: STOCKTAKE_SNAPSHOT_VERSION,
    partnership: { ...source.partnership, improvementNoticeDate: source.partnership.improvementNoticeDate ? iso(source.partnership.improvementNoticeDate) : null },
    labels: source.labels,
    title: stocktake.title,
    period: { start: iso(stocktake.periodStart), end: iso(stocktake.periodEnd) },
    reviewDate: stocktake.reviewDate ? iso(stocktake.reviewDate) : null,
    summary: stocktake.summary,
    provenance: stocktake.provenance,
    asAt: iso(asAt),
    nextWindowEnd: iso(nextWindowEnd(asAt)),
    previous: stocktake.previous
      ? { title: stocktake.previous.title, reviewDate: stocktake.previous.reviewDate ? iso(stocktake.previous.reviewDate) : null, periodEnd: iso(stocktake.previous.periodEnd) }
      : null,
    areas,
    governance: drawGovernance(source, byKey.get(GOVERNANCE_KEY), from, asAt),
    families: { written: writtenOf(byKey.get(FAMILY_VOICE_KEY)), evidence: evidenceItems(byKey.get(FAMILY_VOICE_KEY)?.evidence ?? []) },
    responses: stocktake.steps.map((step) => ({
      section: sectionCode(step.sectionKey),
      heading: step.heading,
      step: step.text,
      givenBy: step.givenBy,
      response: step.response?.text ?? null,
      status: step.response?.status ?? null,
      by: step.response?.by ?? null,
    })),
    publication: null,
  };
}

/** The frozen snapshot of a publication: validated before it is stored, so a stored one always reads. */
export function freezePack(doc: PackDocument, publication: NonNullable<PackDocument["publication"]>) {
  return stocktakeSnapshotV1.parse({ ...doc, publication });
}
