import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ExportLinks } from "@/components/ui/export-links";
import { requireMembership } from "@/lib/auth/guards";
import { formatUkDate, toIsoDate } from "@/lib/dates/format";
import { meetingAccess } from "@/lib/meetings/access";
import { decisionQuery, parseDecisionFilters } from "@/lib/meetings/filters";
import { listBoards, listDecisions } from "@/lib/meetings/queries";
import { DECISION_KIND_LABELS, DECISION_KINDS } from "@/lib/meetings/schema";

export const metadata: Metadata = { title: "Decision log" };

type Row = {
  key: string;
  meetingId: string;
  date: Date;
  meeting: string;
  illustrative: boolean;
  item: string;
  kind: string;
  text: string;
  detail: string | null;
};

export default async function DecisionsPage({ params, searchParams }: { params: Promise<{ slug: string }>; searchParams: Promise<Record<string, string | undefined>> }) {
  const [{ slug }, query] = await Promise.all([params, searchParams]);
  const member = await requireMembership(slug);
  if (!meetingAccess(member).readAll) notFound();
  const filters = parseDecisionFilters(new URLSearchParams(Object.entries(query).filter((e): e is [string, string] => typeof e[1] === "string")));
  const [{ outcomes, changeRequests }, boards] = await Promise.all([listDecisions(member.partnershipId, filters), listBoards(member.partnershipId)]);
  const rows: Row[] = [
    ...outcomes.map((o) => ({
      key: o.id,
      meetingId: o.meeting.id,
      date: o.meeting.date,
      meeting: o.meeting.title,
      illustrative: o.meeting.illustrative,
      item: `${o.agendaItem.position + 1}. ${o.agendaItem.title}`,
      kind: DECISION_KIND_LABELS[o.kind],
      text: o.text,
      detail: o.kind === "ACTION" ? [o.owner, o.dueDate ? `by ${formatUkDate(o.dueDate)}` : null].filter(Boolean).join(", ") : null,
    })),
    ...changeRequests.map((cr) => ({
      key: cr.id,
      meetingId: cr.meeting!.id,
      date: cr.meeting!.date,
      meeting: cr.meeting!.title,
      illustrative: cr.meeting!.illustrative,
      item: cr.decidedBetweenMeetings ? "Change request decided between meetings, noted" : "Change request",
      kind: "Decision",
      text: `${cr.state === "APPROVED" ? "Approved" : "Rejected"}: ${cr.action?.code} ${cr.action?.title}. ${cr.decisionNote ?? ""}`,
      detail: cr.state === "APPROVED" && cr.proposedDueDate ? `new due date ${formatUkDate(cr.proposedDueDate)}` : null,
    })),
  ].sort((a, b) => b.date.getTime() - a.date.getTime());
  const base = `/p/${member.partnership.slug}`;
  const select = "mt-1 block rounded-md border border-slate-400 bg-white px-3 py-2";
  return (
    <div className="space-y-6">
      <div>
        <p className="text-sm text-slate-700">
          <Link href={`${base}/meetings`} className="text-blue-800 underline underline-offset-2">
            Board meetings
          </Link>
        </p>
        <h1 className="text-2xl font-semibold text-slate-900">Decision log</h1>
        <p className="mt-1 max-w-3xl text-slate-700">
          What each meeting noted, decided and agreed, newest meeting first, with the change requests decided at meetings or noted there.
        </p>
      </div>
      <form method="get" className="flex flex-wrap items-end gap-4 rounded-lg border border-slate-200 bg-white p-4 shadow-sm" aria-label="Filter the decisions">
        {boards.length > 1 ? (
          <label className="text-sm font-medium">
            Board
            <select name="board" defaultValue={filters.boardId ?? ""} className={select}>
              <option value="">All boards</option>
              {boards.map((b) => (
                <option key={b.id} value={b.id}>
                  {b.name}
                </option>
              ))}
            </select>
          </label>
        ) : null}
        <label className="text-sm font-medium">
          Kind
          <select name="kind" defaultValue={filters.kind ?? ""} className={select}>
            <option value="">All</option>
            {DECISION_KINDS.map((k) => (
              <option key={k} value={k}>
                {DECISION_KIND_LABELS[k]}
              </option>
            ))}
          </select>
        </label>
        <label className="text-sm font-medium">
          Meetings from
          <input type="date" name="from" defaultValue={filters.from ? toIsoDate(filters.from) : ""} className={select} />
        </label>
        <label className="text-sm font-medium">
          to
          <input type="date" name="to" defaultValue={filters.to ? toIsoDate(filters.to) : ""} className={select} />
        </label>
        <button type="submit" className="rounded-md bg-blue-800 px-4 py-2 font-medium text-white hover:bg-blue-900">
          Show
        </button>
      </form>
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <p className="text-slate-800">{rows.length} outcomes.</p>
        <ExportLinks slug={member.partnership.slug} register="meeting-decisions" query={decisionQuery(filters, toIsoDate)} label="the decision log" />
      </div>
      <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white shadow-sm">
        <table className="w-full min-w-[860px] text-sm">
          <caption className="sr-only">Meeting decisions, newest meeting first</caption>
          <thead>
            <tr className="border-b border-slate-300 text-left">
              <th scope="col" className="px-3 py-2 font-medium">
                Meeting
              </th>
              <th scope="col" className="px-3 py-2 font-medium">
                Item
              </th>
              <th scope="col" className="px-3 py-2 font-medium">
                Kind
              </th>
              <th scope="col" className="px-3 py-2 font-medium">
                Outcome
              </th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-200">
            {rows.map((r) => (
              <tr key={r.key} className="align-top" data-testid="decision-row">
                <td className="px-3 py-2 whitespace-nowrap">
                  <Link href={`${base}/meetings/${r.meetingId}`} className="text-blue-800 underline underline-offset-2">
                    {formatUkDate(r.date)}
                  </Link>
                  {r.illustrative ? <div className="text-xs text-slate-700">illustrative</div> : null}
                </td>
                <td className="px-3 py-2">{r.item}</td>
                <td className="px-3 py-2 font-medium">{r.kind}</td>
                <th scope="row" className="px-3 py-2 text-left font-normal">
                  {r.text}
                  {r.detail ? <div className="text-slate-700">{r.detail}</div> : null}
                </th>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
