import "server-only";
import type { MemberContext } from "@/lib/auth/guards";
import { toIsoDate } from "@/lib/dates/format";
import type { Register } from "@/lib/exports/register";
import { mayOpenChangeRequests } from "./access";
import { listChangeRequests } from "./queries";

type Row = Awaited<ReturnType<typeof listChangeRequests>>["pending"][number];

const STATE: Record<Row["state"], string> = { PENDING: "Awaiting the board", APPROVED: "Approved", REJECTED: "Rejected", WITHDRAWN: "Withdrawn" };

/** The change request register: awaiting decision first, then decided, newest first. For those who may open the queue (its page), no one else. */
export async function changeRequestRegister(member: MemberContext, _params: URLSearchParams, today: Date): Promise<Register<Row> | null> {
  if (!mayOpenChangeRequests(member.scope)) return null;
  const { pending, decided } = await listChangeRequests(member.partnershipId);
  return {
    title: `Change requests — ${member.partnership.name}`,
    filename: `${member.partnership.slug}-change-requests-${toIsoDate(today)}`,
    filters: [],
    asAt: today,
    rows: [...pending, ...decided],
    columns: [
      { header: "Action", value: (r) => r.action?.code, width: 10 },
      { header: "Action title", value: (r) => r.action?.title, width: 40 },
      { header: "Milestone", value: (r) => r.milestone?.text, width: 40 },
      { header: "State", value: (r) => STATE[r.state], width: 18 },
      { header: "Due date before", value: (r) => r.previousDueDate, width: 16 },
      { header: "Proposed due date", value: (r) => r.proposedDueDate, width: 16 },
      { header: "Baseline due date", value: (r) => (r.milestone ? r.milestone.baselineDueDate : r.action?.baselineDueDate), width: 16 },
      { header: "Scope change", value: (r) => r.scopeChange, width: 40 },
      { header: "Reason", value: (r) => r.reason, width: 50 },
      { header: "Impact", value: (r) => r.impact, width: 50 },
      { header: "Raised by", value: (r) => r.requestedByName, width: 24 },
      { header: "Raised on", value: (r) => r.createdAt, width: 16 },
      { header: "Decided by", value: (r) => r.decidedByName, width: 24 },
      { header: "Decided on", value: (r) => r.decidedAt, width: 16 },
      { header: "Decision note", value: (r) => r.decisionNote, width: 50 },
      { header: "Meeting", value: (r) => r.meeting?.date, width: 16 },
      { header: "Decided", value: (r) => (r.meeting ? (r.decidedBetweenMeetings ? "Between meetings, noted at the meeting" : "At the meeting") : null), width: 24 },
    ],
  };
}
