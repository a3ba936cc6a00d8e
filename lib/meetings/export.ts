import "server-only";
import type { MemberContext } from "@/lib/auth/guards";
import { toIsoDate } from "@/lib/dates/format";
import type { Register } from "@/lib/exports/register";
import { listAreaOptions } from "@/lib/plan/structure/queries";
import { mayReadMeetings } from "./access";
import { IMPACT_LOG_STATE_LABELS } from "./compute";
import { describeDecisionFilters, describeImpactLogFilters, matchesImpactLogFilters, parseDecisionFilters, parseImpactLogFilters } from "./filters";
import { impactLogView, type ImpactLogItem } from "./impact-log";
import { listBoards, listDecisions } from "./queries";
import { DECISION_KIND_LABELS } from "./schema";

/** The action and impact log, slow entries first, with the update given at each meeting. */
export async function impactLogRegister(member: MemberContext, params: URLSearchParams, today: Date): Promise<Register<ImpactLogItem> | null> {
  if (!mayReadMeetings(member.scope)) return null;
  const filters = parseImpactLogFilters(params);
  const [{ entries }, boards, areas] = await Promise.all([
    impactLogView(member.partnershipId, today, filters.boardId),
    listBoards(member.partnershipId),
    listAreaOptions(member.partnershipId),
  ]);
  const area = areas.find((a) => a.id === filters.areaId);
  return {
    title: `Action and impact log — ${member.partnership.name}`,
    filename: `${member.partnership.slug}-impact-log-${toIsoDate(today)}`,
    filters: describeImpactLogFilters(filters, { board: boards.find((b) => b.id === filters.boardId)?.name, area: area ? `${area.code} ${area.title}` : undefined }),
    asAt: today,
    rows: entries.filter((e) => matchesImpactLogFilters(e, filters)),
    columns: [
      { header: "Ref", value: (e) => `L${e.number}`, width: 6 },
      { header: "What", value: (e) => e.title, width: 50 },
      { header: "Owner", value: (e) => [e.ownerName, e.ownerRole].filter(Boolean).join(", "), width: 30 },
      { header: "Due", value: (e) => e.dueDate, width: 16 },
      { header: "Status", value: (e) => IMPACT_LOG_STATE_LABELS[e.state], width: 12 },
      { header: "Slow to progress", value: (e) => (e.slow.length ? e.slow.map((r) => r.text).join("; ") : "No"), width: 50 },
      { header: "Area", value: (e) => e.priorityArea?.code, width: 8 },
      { header: "Plan action", value: (e) => e.action?.code, width: 10 },
      { header: "Raised at", value: (e) => (e.meeting ? `${e.meeting.title}` : null), width: 30 },
      { header: "Raised on", value: (e) => e.raisedOn, width: 16 },
      { header: "Latest update", value: (e) => e.updates.at(-1)?.text, width: 60 },
      { header: "Updates by meeting", value: (e) => e.updates.map((u) => `${toIsoDate(u.meeting.date)}: ${IMPACT_LOG_STATE_LABELS[u.state]} — ${u.text}`).join("\n"), width: 80 },
    ],
  };
}

type DecisionRow = { meetingDate: Date; meeting: string; board: string; item: string; kind: string; text: string; owner: string | null; due: Date | null; illustrative: boolean };

/** The decision log: what each meeting noted, decided and agreed, with change requests decided or noted there. */
export async function decisionRegister(member: MemberContext, params: URLSearchParams, today: Date): Promise<Register<DecisionRow> | null> {
  if (!mayReadMeetings(member.scope)) return null;
  const filters = parseDecisionFilters(params);
  const [{ outcomes, changeRequests }, boards] = await Promise.all([listDecisions(member.partnershipId, filters), listBoards(member.partnershipId)]);
  const rows: DecisionRow[] = [
    ...outcomes.map((o) => ({
      meetingDate: o.meeting.date,
      meeting: o.meeting.title,
      board: o.meeting.board.name,
      item: `${o.agendaItem.position + 1}. ${o.agendaItem.title}`,
      kind: DECISION_KIND_LABELS[o.kind],
      text: o.text,
      owner: o.owner,
      due: o.dueDate,
      illustrative: o.meeting.illustrative,
    })),
    ...changeRequests.map((cr) => ({
      meetingDate: cr.meeting!.date,
      meeting: cr.meeting!.title,
      board: cr.meeting!.board.name,
      item: cr.decidedBetweenMeetings ? "Change request decided between meetings, noted here" : "Change request",
      kind: "Decision",
      text: `${cr.state === "APPROVED" ? "Approved" : "Rejected"}: change request for ${cr.action?.code} ${cr.action?.title}. ${cr.decisionNote ?? ""}`.trim(),
      owner: null,
      due: cr.state === "APPROVED" ? cr.proposedDueDate : null,
      illustrative: cr.meeting!.illustrative,
    })),
  ].sort((a, b) => a.meetingDate.getTime() - b.meetingDate.getTime());
  return {
    title: `Meeting decisions — ${member.partnership.name}`,
    filename: `${member.partnership.slug}-meeting-decisions-${toIsoDate(today)}`,
    filters: describeDecisionFilters(filters, boards.find((b) => b.id === filters.boardId)?.name),
    asAt: today,
    rows,
    columns: [
      { header: "Meeting date", value: (r) => r.meetingDate, width: 16 },
      { header: "Meeting", value: (r) => (r.illustrative ? `${r.meeting} (illustrative)` : r.meeting), width: 40 },
      { header: "Board", value: (r) => r.board, width: 30 },
      { header: "Agenda item", value: (r) => r.item, width: 40 },
      { header: "Kind", value: (r) => r.kind, width: 10 },
      { header: "Outcome", value: (r) => r.text, width: 70 },
      { header: "Owner", value: (r) => r.owner, width: 24 },
      { header: "Due / new due date", value: (r) => r.due, width: 16 },
    ],
  };
}
