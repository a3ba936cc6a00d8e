import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { SpecForm } from "@/components/forms/spec-form";
import { MeetingStateBadge, MinutesBadge } from "@/components/meetings/badges";
import { requireMembership } from "@/lib/auth/guards";
import * as clock from "@/lib/clock";
import { formatUkDate, formatUkDateTime, toIsoDate } from "@/lib/dates/format";
import { meetingAccess } from "@/lib/meetings/access";
import { createMeetingAction } from "@/lib/meetings/actions";
import { minutesState } from "@/lib/meetings/compute";
import { listBoards, listMeetings } from "@/lib/meetings/queries";

export const metadata: Metadata = { title: "Board meetings" };

const link = "text-blue-800 underline underline-offset-2";

export default async function MeetingsPage({ params, searchParams }: { params: Promise<{ slug: string }>; searchParams: Promise<{ board?: string }> }) {
  const [{ slug }, query] = await Promise.all([params, searchParams]);
  const member = await requireMembership(slug);
  const access = meetingAccess(member);
  if (!access.readPublished) notFound();
  const [boards, all] = await Promise.all([listBoards(member.partnershipId), listMeetings(member.partnershipId, { publishedOnly: !access.readAll })]);
  const board = boards.find((b) => b.id === query.board);
  const meetings = board ? all.filter((m) => m.boardId === board.id) : all;
  const today = clock.today();
  const upcoming = meetings.filter((m) => m.date >= today && m.state !== "CANCELLED").reverse();
  const past = meetings.filter((m) => !upcoming.includes(m));
  const base = `/p/${member.partnership.slug}/meetings`;
  const single = boards.length === 1 ? boards[0] : undefined;
  return (
    <div className="space-y-8">
      <div>
        <h1 className="text-2xl font-semibold text-slate-900">Board meetings</h1>
        <p className="mt-1 max-w-3xl text-slate-700">
          {single ? `${single.name}${single.chairName ? `, chaired by ${single.chairName}${single.chairRole ? ` (${single.chairRole})` : ""}` : ""}. ` : ""}
          {access.readAll
            ? "Agendas, attendance, minutes and decisions of each meeting, and the action and impact log the board updates at every meeting."
            : "Minutes the partnership has approved and published."}
        </p>
        {access.readAll ? (
          <p className="mt-2 flex flex-wrap gap-x-4 gap-y-1">
            <Link href={`${base}/impact-log`} className={link}>
              Action and impact log
            </Link>
            <Link href={`${base}/decisions`} className={link}>
              Decision log
            </Link>
            <Link href={`${base}/boards`} className={link}>
              {access.boards ? "Boards and what they oversee" : "Boards"}
            </Link>
          </p>
        ) : null}
      </div>

      {boards.length > 1 ? (
        <nav aria-label="Boards" className="flex flex-wrap gap-2 text-sm">
          <Link
            href={base}
            aria-current={!board ? "page" : undefined}
            className={`rounded-full border px-3 py-1 ${!board ? "border-blue-800 bg-blue-50 font-semibold" : "border-slate-400"}`}
          >
            All boards
          </Link>
          {boards.map((b) => (
            <Link
              key={b.id}
              href={`${base}?board=${b.id}`}
              aria-current={board?.id === b.id ? "page" : undefined}
              className={`rounded-full border px-3 py-1 ${board?.id === b.id ? "border-blue-800 bg-blue-50 font-semibold" : "border-slate-400"}`}
            >
              {b.name}
            </Link>
          ))}
        </nav>
      ) : null}

      {access.manage ? (
        <section aria-labelledby="new-meeting-heading" className="rounded-lg border border-slate-200 bg-white p-5 shadow-sm">
          <h2 id="new-meeting-heading" className="text-lg font-semibold">
            Schedule a meeting
          </h2>
          <p className="text-sm text-slate-700">
            Everyone invited to the board&apos;s last meeting is invited again, the DfE and NHS England advisers included (Improvement Notice §6).
          </p>
          <SpecForm
            summary="New meeting"
            action={createMeetingAction}
            slug={member.partnership.slug}
            id="new-meeting"
            submitLabel="Create the meeting"
            fields={[
              boards.length > 1
                ? {
                    kind: "select",
                    name: "boardId",
                    label: "Board",
                    options: boards.map((b) => ({ value: b.id, label: b.name })),
                    defaultValue: board?.id ?? boards[0]?.id,
                  }
                : { kind: "hidden", name: "boardId", value: boards[0]?.id ?? "" },
              { kind: "text", name: "title", label: "Title", defaultValue: board?.name ?? boards[0]?.name },
              { kind: "date", name: "date", label: "Date", width: "short", defaultValue: toIsoDate(today) },
              { kind: "time", name: "time", label: "Start time", width: "short", defaultValue: "10:00" },
              { kind: "number", name: "durationMinutes", label: "Length in minutes", width: "short", defaultValue: "120" },
              { kind: "text", name: "location", label: "Where", hint: "A room, online, or both." },
              {
                kind: "checkboxes",
                name: "standingItems",
                label: "Agenda",
                options: [
                  {
                    value: "1",
                    label: "Start with the standing items (apologies, last minutes and actions, dashboard, highlight reports, risk register, AOB)",
                  },
                ],
                defaultValue: "1",
              },
            ]}
          />
        </section>
      ) : null}

      <section aria-labelledby="upcoming-heading">
        <h2 id="upcoming-heading" className="text-xl font-semibold">
          Coming up
        </h2>
        {upcoming.length === 0 ? (
          <p className="mt-2 text-slate-700">No meeting is scheduled.</p>
        ) : (
          <MeetingTable rows={upcoming} base={base} showBoard={boards.length > 1} caption="Meetings coming up, soonest first" />
        )}
      </section>
      <section aria-labelledby="past-heading">
        <h2 id="past-heading" className="text-xl font-semibold">
          {access.readAll ? "Past meetings" : "Published minutes"}
        </h2>
        {past.length === 0 ? (
          <p className="mt-2 text-slate-700">None yet.</p>
        ) : (
          <MeetingTable rows={past} base={base} showBoard={boards.length > 1} caption="Past meetings, newest first" />
        )}
      </section>
    </div>
  );
}

function MeetingTable({ rows, base, showBoard, caption }: { rows: Awaited<ReturnType<typeof listMeetings>>; base: string; showBoard: boolean; caption: string }) {
  return (
    <div className="mt-3 overflow-x-auto rounded-lg border border-slate-200 bg-white shadow-sm">
      <table className="w-full min-w-[720px] text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr className="border-b border-slate-300 text-left">
            <th scope="col" className="px-3 py-2 font-medium">
              Date
            </th>
            <th scope="col" className="px-3 py-2 font-medium">
              Meeting
            </th>
            {showBoard ? (
              <th scope="col" className="px-3 py-2 font-medium">
                Board
              </th>
            ) : null}
            <th scope="col" className="px-3 py-2 font-medium">
              Status
            </th>
            <th scope="col" className="px-3 py-2 font-medium">
              Minutes
            </th>
            <th scope="col" className="px-3 py-2 font-medium">
              Decisions
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-200">
          {rows.map((m) => (
            <tr key={m.id} className="align-top" data-testid="meeting-row">
              <td className="px-3 py-2 whitespace-nowrap">{formatUkDateTime(m.date)}</td>
              <th scope="row" className="px-3 py-2 text-left font-normal">
                <Link href={`${base}/${m.id}`} className={link}>
                  {m.title}
                  <span className="sr-only">, {formatUkDate(m.date)}</span>
                </Link>
                {m.illustrative ? <span className="ml-2 text-xs font-medium text-slate-700">(illustrative)</span> : null}
                {m.location ? <div className="text-slate-700">{m.location}</div> : null}
              </th>
              {showBoard ? <td className="px-3 py-2">{m.board.name}</td> : null}
              <td className="px-3 py-2">
                <MeetingStateBadge state={m.state} />
              </td>
              <td className="px-3 py-2">
                <MinutesBadge state={minutesState(m)} />
              </td>
              <td className="px-3 py-2 whitespace-nowrap">{m._count.decisions + m._count.changeRequests}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
