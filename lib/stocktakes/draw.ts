// Draws a stocktake pack from live rows as at a day: a draft is drawn afresh
// on every view, and publishing freezes the same drawing. Pure functions of
// plain data; the status rules are the plan's and the KPIs' own, replayed as
// at the pack's day by lib/reports/prefill.ts, so the pack agrees with the
// dashboard and the highlight reports of the same day.
import { formatUkDate, toIsoDate } from "@/lib/dates/format";
import type { Status } from "@/lib/generated/prisma/enums";
import { expectationPoints, expectedValueAt, forecastKpi, formatKpiValue } from "@/lib/kpis/compute";
import { slippage } from "@/lib/plan/compute";
import { STATUSES, type StatusLabels } from "@/lib/plan/status";
import { actionStatusesAsAt, completedOn, dueDateAsAt, kpiAsAt, occurrencesAsAt, reportedAsAt, rollupAsAt, type SourceKpi } from "@/lib/reports/prefill";
import { monthOf, periodEnd, shiftMonth } from "@/lib/reports/period";
import type { AreaData, AreaSection, EvidenceItem, GovernanceSection, PackDocument, PackKpi, PackRisk } from "./snapshot";
import { STOCKTAKE_SNAPSHOT_VERSION, stocktakeSnapshotV1 } from "./snapshot";
import { FAMILY_VOICE_KEY, GOVERNANCE_KEY, type AreaSource, type SectionRow, type SourceEvidence, type SourceRisk, type StocktakeRow, type StocktakeSource } from "./source";

const DAY = 86_400_000;
const iso = toIsoDate;
/** Rows carry times; the rules compare calendar days. */
const byEndOf = (at: Date, day: Date) => at.getTime() < day.getTime() + DAY;
const between = (at: Date, from: Date, to: Date) => at.getTime() >= from.getTime() && byEndOf(at, to);
const byCode = <T extends { code: string }>(a: T, b: T) => a.code.localeCompare(b.code, "en-GB", { numeric: true });
const byDue = <T extends { due: string }>(a: T, b: T) => a.due.localeCompare(b.due);

/** How many months of a KPI's values the pack's chart shows. */
export const KPI_SERIES_MONTHS = 24;

/** The day a pack is drawn as at: the day of drawing, or the period's end if that has passed. */
export function packAsAt(periodEndDate: Date, today: Date): Date {
  return today.getTime() < periodEndDate.getTime() ? today : periodEndDate;
}

/** "The next set of milestones" (Improvement Notice §10d.ii): those due in the six months after the pack's day. */
export function nextWindowEnd(asAt: Date): Date {
  return periodEnd(shiftMonth(monthOf(asAt), 6));
}

function packKpi(kpi: SourceKpi, asAt: Date): PackKpi {
  const month = monthOf(asAt);
  const values = kpi.values.filter((v) => v.period.getTime() <= month.getTime()).sort((a, b) => a.period.getTime() - b.period.getTime());
  const assessment = kpiAsAt(kpi, month, asAt);
  const latest = values.at(-1) ?? null;
  const expected = latest ? expectedValueAt(kpi, latest.period) : null;
  const forecast = forecastKpi({ ...kpi, values });
  return {
    code: kpi.code,
    name: kpi.name,
    unit: kpi.unit,
    direction: kpi.direction,
    status: assessment.status,
    noData: assessment.noData,
    reason: assessment.reason,
    latest: latest ? { period: iso(latest.period), value: latest.value, text: formatKpiValue(latest.value, kpi.unit) } : null,
    expected: expected === null ? null : { value: expected, text: formatKpiValue(expected, kpi.unit) },
    baseline: kpi.baseline ? `${formatKpiValue(kpi.baseline.value, kpi.unit)} (${formatUkDate(kpi.baseline.date)})` : null,
    target: kpi.target ? `${formatKpiValue(kpi.target.value, kpi.unit)} by ${formatUkDate(kpi.target.date)}` : null,
    forecast: forecast?.text ?? null,
    series: values.slice(-KPI_SERIES_MONTHS).map((v) => ({ period: iso(v.period), value: v.value })),
    trajectory: expectationPoints(kpi).map((p) => ({ date: iso(p.date), value: p.value })),
  };
}

export type RiskAsAt = { likelihood: number; impact: number; targetScore: number; escalated: boolean };

/**
 * A risk as it stood at the end of `day`, replayed from its history (oldest
 * first): the scores after the last event by then; open unless the last
 * closure by then closed it; escalated by the last escalation by then, and
 * not after a closure, since closing ends an escalation (lib/risks). Null if
 * it was not yet raised or was closed. A risk with no history (raised before
 * the register kept one) reads as it stands now, its escalation dated.
 */
export function riskAsAt(risk: SourceRisk, day: Date): RiskAsAt | null {
  if (!byEndOf(risk.createdAt, day)) return null;
  const known = risk.history.filter((e) => byEndOf(e.at, day));
  if (risk.history.length === 0) {
    const { now } = risk;
    if (now.state === "CLOSED" && now.closedAt !== null && byEndOf(now.closedAt, day)) return null;
    const escalated = now.escalated && (now.escalatedAt === null || byEndOf(now.escalatedAt, day));
    return { likelihood: now.likelihood, impact: now.impact, targetScore: now.targetScore, escalated };
  }
  let closed = false;
  let escalated = false;
  for (const e of known) {
    if (e.kind === "CLOSED") [closed, escalated] = [true, false];
    else if (e.kind === "REOPENED") closed = false;
    else if (e.kind === "ESCALATED") escalated = true;
    else if (e.kind === "DE_ESCALATED") escalated = false;
  }
  if (closed) return null;
  const last = known.at(-1);
  const scores = last ?? { likelihood: risk.now.likelihood, impact: risk.now.impact, targetScore: risk.now.targetScore };
  return { likelihood: scores.likelihood, impact: scores.impact, targetScore: scores.targetScore, escalated };
}

/** Risks as they stood on `asAt`: raised by then and not closed, with their scores then. */
export function openRisksAsAt(risks: readonly SourceRisk[], asAt: Date): (SourceRisk & { asAt: RiskAsAt })[] {
  return risks.flatMap((r) => {
    const then = riskAsAt(r, asAt);
    return then ? [{ ...r, asAt: then }] : [];
  });
}

function packRisk(risk: SourceRisk & { asAt: RiskAsAt }): PackRisk {
  return {
    code: risk.code,
    title: risk.title,
    owner: risk.owner,
    likelihood: risk.asAt.likelihood,
    impact: risk.asAt.impact,
    score: risk.asAt.likelihood * risk.asAt.impact,
    targetScore: risk.asAt.targetScore,
    escalated: risk.asAt.escalated,
    state: "OPEN",
    raisedOn: iso(risk.createdAt),
  };
}

function basis(source: AreaSource, counts: Record<Status, number>, asAt: Date, labels: StatusLabels): string {
  const parts = STATUSES.filter((s) => counts[s] > 0).map((s) => `${counts[s]} ${labels[s].toLowerCase()}`);
  const items = `${source.actions.length} ${source.actions.length === 1 ? "action" : "actions"} and ${source.kpis.length} ${source.kpis.length === 1 ? "KPI" : "KPIs"}`;
  return `${items} as at ${formatUkDate(asAt)}${parts.length ? `: ${parts.join(", ")}` : ""}.`;
}

/** An area's dashboard for the period `from`–`asAt`: the progress update's evidence in numbers (§10d.i–ii). */
export function drawAreaData(source: AreaSource, risks: readonly SourceRisk[], areaIds: readonly string[], from: Date, asAt: Date, labels: StatusLabels): AreaData {
  const month = monthOf(asAt);
  const windowEnd = nextWindowEnd(asAt);
  const statuses = actionStatusesAsAt(source, month, asAt);
  const rollup = rollupAsAt(source, month, asAt);
  const within = (date: Date) => between(date, from, asAt);

  const actions = [...source.actions].sort(byCode).map((action) => {
    const computed = statuses.get(action.id)!;
    const reported = reportedAsAt(action, asAt).status;
    const due = dueDateAsAt(action, asAt);
    const done = completedOn(action, asAt);
    return {
      code: action.code,
      title: action.title,
      lead: action.lead,
      baselineDue: iso(action.baselineDueDate),
      currentDue: iso(due),
      reported,
      computed: computed.status,
      reasons: computed.reasons.map((r) => r.text),
      daysLate: slippage({ reportedStatus: reported, currentDueDate: due, baselineDueDate: action.baselineDueDate }, asAt).daysLate,
      completedOn: done ? iso(done) : null,
    };
  });

  const met: AreaData["milestones"]["met"] = [];
  const missed: AreaData["milestones"]["missed"] = [];
  const dueNext: AreaData["milestones"]["dueNext"] = [];
  for (const action of source.actions) {
    const done = completedOn(action, asAt) !== null;
    for (const [i, occurrence] of occurrencesAsAt(action, asAt).entries()) {
      const row = action.occurrences[i]!;
      const decidedOn = row.decidedAt ?? row.dueDate;
      const item = { actionCode: action.code, text: occurrence.milestoneText, due: iso(occurrence.dueDate), note: occurrence.note };
      if (occurrence.state === "MET" && within(decidedOn)) met.push(item);
      else if (occurrence.state === "MISSED" && within(decidedOn)) missed.push({ ...item, recorded: true });
      else if (occurrence.state === "PENDING" && !done && within(occurrence.dueDate)) missed.push({ ...item, recorded: false });
      if (occurrence.state === "PENDING" && !done && occurrence.dueDate.getTime() > asAt.getTime() && byEndOf(occurrence.dueDate, windowEnd)) dueNext.push(item);
    }
  }

  const changeRequests = source.changeRequests
    .filter((c) => within(c.createdAt) || (c.decidedAt !== null && within(c.decidedAt)))
    .filter((c) => byEndOf(c.createdAt, asAt))
    .map((c) => {
      const decided = c.decidedAt !== null && byEndOf(c.decidedAt, asAt);
      return {
        actionCode: c.actionCode,
        milestone: c.milestone,
        from: c.previousDueDate ? iso(c.previousDueDate) : null,
        to: c.proposedDueDate ? iso(c.proposedDueDate) : null,
        scope: c.scopeChange,
        reason: c.reason,
        state: decided ? c.state : ("PENDING" as const),
        raisedOn: iso(c.createdAt),
        decidedOn: decided ? iso(c.decidedAt!) : null,
        decidedBy: decided ? c.decidedByName : null,
        note: decided ? c.decisionNote : null,
        meeting: decided ? c.meeting : null,
      };
    })
    .sort((a, b) => a.raisedOn.localeCompare(b.raisedOn));

  const areaRisks = openRisksAsAt(risks, asAt)
    .filter((r) => r.areaIds.some((id) => areaIds.includes(id)))
    .map(packRisk)
    .sort((a, b) => b.score - a.score || byCode(a, b));

  const firstMonth = monthOf(from);
  const reports = [];
  for (let period = firstMonth; period.getTime() <= month.getTime(); period = shiftMonth(period, 1)) {
    const report = source.reports.find((r) => r.period.getTime() === period.getTime());
    reports.push({ period: iso(period), state: report?.state ?? null, status: report && report.state !== "DRAFT" ? report.overallStatus : null });
  }

  return {
    suggested: { status: rollup.status, basis: basis(source, rollup.counts, asAt, labels) },
    counts: Object.fromEntries(STATUSES.map((s) => [s, actions.filter((a) => a.computed === s).length])) as AreaData["counts"],
    actions,
    milestones: { met: met.sort(byDue), missed: missed.sort(byDue), dueNext: dueNext.sort(byDue) },
    changeRequests,
    kpis: [...source.kpis].sort(byCode).map((k) => packKpi(k, asAt)),
    risks: areaRisks,
    reports,
  };
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
      pending: governance.changeRequests.filter((c) => byEndOf(c.createdAt, asAt) && (c.decidedAt === null || !byEndOf(c.decidedAt, asAt)) && c.state !== "WITHDRAWN").length,
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
  const asAt = packAsAt(stocktake.periodEnd, today);
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
