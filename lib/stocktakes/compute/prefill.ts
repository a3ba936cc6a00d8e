// What a new stocktake draft starts with: each section's words prefilled
// from the period's highlight reports (what the leads told the board month
// by month) and from the pack's own data, and the evidence of the period
// linked to the section it belongs to. Everything is a starting point the
// programme office and the leads edit. Pure functions of plain data.
import { formatUkDate, formatUkMonth, parseIsoDate } from "@/lib/dates/format";
import type { EvidenceKind, Status } from "@/lib/generated/prisma/enums";
import type { StatusLabels } from "@/lib/plan/status";
import { trajectoryGap } from "./compare";
import type { AreaData, GovernanceSection, PackDocument } from "../snapshot";
import { FAMILY_VOICE_KEY, GOVERNANCE_KEY, type SourceArea } from "../source";

/** A submitted highlight report of the period: the lead's words as last submitted. */
export type PeriodReport = {
  areaId: string;
  period: Date;
  overallStatus: Status | null;
  summary: string | null;
  impactOnFamilies: string | null;
  nextPeriod: string | null;
};

export type EvidenceCandidate = { id: string; kind: EvidenceKind; date: Date; areaIds: readonly string[] };

export type SectionPrefill = {
  key: string;
  kind: "AREA" | "GOVERNANCE" | "FAMILY_VOICE";
  priorityAreaId: string | null;
  status: Status | null;
  progress: string | null;
  keyFindings: string | null;
  nextSteps: string | null;
  evidenceIds: string[];
};

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
const day = (iso: string) => formatUkDate(parseIsoDate(iso));

/** The area's position in numbers, as a first draft of its key findings. */
export function dataFindings(data: AreaData, asAt: string, labels: StatusLabels): string {
  const total = data.actions.length;
  const complete = data.actions.filter((a) => a.completedOn).length;
  const lines = [
    `As at ${day(asAt)}: ${complete} of ${plural(total, "action")} complete; ${data.counts.OFF_TRACK} ${labels.OFF_TRACK.toLowerCase()} and ${data.counts.AT_RISK} ${labels.AT_RISK.toLowerCase()} by the plan’s rules.`,
    `Milestones in the period: ${data.milestones.met.length} met, ${data.milestones.missed.length} missed or not recorded; ${data.milestones.dueNext.length} fall due in the next six months.`,
  ];
  const approved = data.changeRequests.filter((c) => c.state === "APPROVED").length;
  if (data.changeRequests.length) lines.push(`Change requests: ${data.changeRequests.length} in the period, ${approved} approved by the board.`);
  const judged = data.kpis.filter((k) => trajectoryGap(k) !== null);
  if (data.kpis.length) {
    const meeting = judged.filter((k) => trajectoryGap(k)! <= 1e-9).length;
    lines.push(
      `KPIs: ${meeting} of ${judged.length} with a value and a trajectory meet it${data.kpis.length > judged.length ? `; ${data.kpis.length - judged.length} cannot be judged yet` : ""}.`,
    );
  }
  if (data.risks.length) lines.push(`Risks: ${plural(data.risks.length, "open risk")}, ${data.risks.filter((r) => r.escalated).length} escalated to the board.`);
  return lines.join("\n");
}

function governanceFacts(g: GovernanceSection): string {
  const boards = g.boards.map((b) => `${b.name}${b.chair ? ` (chair: ${b.chair})` : ""}${b.reportsTo ? `, reporting to the ${b.reportsTo}` : ""}`);
  const held = g.meetings.filter((m) => m.state === "CLOSED" || m.state === "IN_PROGRESS");
  const lines = [
    boards.length ? `Boards: ${boards.join("; ")}.` : "No board is set up yet.",
    `Meetings in the period: ${held.length} held${held.length ? ` (${held.map((m) => day(m.date)).join(", ")})` : ""}; minutes published for ${g.meetings.filter((m) => m.minutesPublished).length}.`,
    `Change requests: ${g.changeRequests.raised} raised, ${g.changeRequests.approved} approved and ${g.changeRequests.rejected} rejected in the period; ${g.changeRequests.pending} awaiting a decision.`,
    `Action and impact log: ${g.impactLog.raised} entries raised and ${g.impactLog.done} completed in the period; ${g.impactLog.open} open.`,
    `Risk register: ${plural(g.risks.open, "open risk")}, ${g.risks.escalated} escalated to the board, ${g.risks.high} scoring 15 or more.`,
  ];
  return lines.join("\n");
}

function monthly(reports: readonly PeriodReport[], pick: (r: PeriodReport) => string | null): string | null {
  const lines = [...reports]
    .sort((a, b) => a.period.getTime() - b.period.getTime())
    .flatMap((r) => {
      const text = pick(r)?.trim();
      return text ? [`${formatUkMonth(r.period)}: ${text}`] : [];
    });
  return lines.length ? lines.join("\n\n") : null;
}

/**
 * The sections a new draft starts with: one per live area, then governance
 * and the voice of families. An area's status is its lead's last reported
 * status to the board in the period; its progress, the month-by-month
 * summaries of its highlight reports; its key findings, what the data says;
 * its next steps, what the last report planned. Evidence dated in the period
 * is linked to the area it is evidence for; feedback from families also to
 * the voice of families.
 */
export function prefillSections(
  doc: Pick<PackDocument, "areas" | "governance" | "asAt">,
  areas: readonly SourceArea[],
  reports: readonly PeriodReport[],
  evidence: readonly EvidenceCandidate[],
  period: { start: Date; end: Date },
  labels: StatusLabels,
): SectionPrefill[] {
  const inPeriod = (e: EvidenceCandidate) => e.date.getTime() >= period.start.getTime() && e.date.getTime() <= period.end.getTime();
  const current = evidence.filter(inPeriod);
  const sections: SectionPrefill[] = areas.map((area) => {
    const own = reports.filter((r) => r.areaId === area.id).sort((a, b) => a.period.getTime() - b.period.getTime());
    const last = own.at(-1);
    const section = doc.areas.find((a) => a.key === area.id);
    return {
      key: area.id,
      kind: "AREA",
      priorityAreaId: area.id,
      status: last?.overallStatus ?? null,
      progress: monthly(own, (r) => r.summary),
      keyFindings: section?.data ? dataFindings(section.data, doc.asAt, labels) : null,
      nextSteps: last?.nextPeriod?.trim() || null,
      evidenceIds: current.filter((e) => e.areaIds.includes(area.id)).map((e) => e.id),
    };
  });
  const codeOf = new Map(areas.map((a) => [a.id, a.code]));
  const latestByArea = new Map<string, PeriodReport>();
  for (const r of [...reports].sort((a, b) => a.period.getTime() - b.period.getTime())) if (r.impactOnFamilies?.trim()) latestByArea.set(r.areaId, r);
  const voices = [...latestByArea.values()].map((r) => `${codeOf.get(r.areaId) ?? ""} (${formatUkMonth(r.period)}): ${r.impactOnFamilies!.trim()}`);
  sections.push(
    { key: GOVERNANCE_KEY, kind: "GOVERNANCE", priorityAreaId: null, status: null, progress: governanceFacts(doc.governance), keyFindings: null, nextSteps: null, evidenceIds: [] },
    {
      key: FAMILY_VOICE_KEY,
      kind: "FAMILY_VOICE",
      priorityAreaId: null,
      status: null,
      progress: voices.length ? `What the leads reported to the board about the difference for families:\n\n${voices.join("\n\n")}` : null,
      keyFindings: null,
      nextSteps: null,
      evidenceIds: current.filter((e) => e.kind === "FEEDBACK").map((e) => e.id),
    },
  );
  return sections;
}
