import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { AgendaSection } from "@/components/meetings/agenda-section";
import { AttendanceSection } from "@/components/meetings/attendance-section";
import { IllustrativeNote, MeetingStateBadge } from "@/components/meetings/badges";
import { ChangeRequestsSection } from "@/components/meetings/change-requests-section";
import { ImpactLogSection } from "@/components/meetings/impact-log-section";
import { MeetingControls } from "@/components/meetings/meeting-controls";
import { MinutesSection } from "@/components/meetings/minutes-section";
import { BoardPackLink } from "@/components/boardpacks/board-pack-link";
import { SuccessNotice } from "@/components/ui/success-notice";
import { requireMembership } from "@/lib/auth/guards";
import { can } from "@/lib/auth/permissions";
import * as clock from "@/lib/clock";
import { formatUkDate, formatUkDateTime } from "@/lib/dates/format";
import { meetingAccess } from "@/lib/meetings/access";
import { canPrepare, canRecord, MEETING_STATE_LABELS, minutesToApprove } from "@/lib/meetings/compute";
import { entriesForMeeting, impactLogView } from "@/lib/meetings/impact-log";
import { getMeeting, listBoardMeetings } from "@/lib/meetings/queries";
import { listAreaOptions } from "@/lib/plan/structure/queries";

export const metadata: Metadata = { title: "Board meeting" };

export default async function MeetingPage({
  params,
  searchParams,
}: {
  params: Promise<{ slug: string; meetingId: string }>;
  searchParams: Promise<{ created?: string; moved?: string }>;
}) {
  const [{ slug, meetingId }, query] = await Promise.all([params, searchParams]);
  const member = await requireMembership(slug);
  const access = meetingAccess(member);
  if (!access.readPublished) notFound();
  const meeting = await getMeeting(member.partnershipId, meetingId);
  // Advisors see published minutes only: any other meeting does not exist for them.
  if (!meeting || (!access.readAll && !meeting.published)) notFound();
  const today = clock.today();
  const [boardMeetings, log, areas] = await Promise.all([
    listBoardMeetings(member.partnershipId, meeting.boardId),
    access.readAll ? impactLogView(member.partnershipId, today, meeting.boardId) : null,
    access.manage ? listAreaOptions(member.partnershipId) : [],
  ]);
  const slugBase = `/p/${member.partnership.slug}`;
  const base = `${slugBase}/meetings`;
  const preparable = access.manage && canPrepare(meeting.state);
  const recording = access.manage && canRecord(meeting.state);
  const held = meeting.state === "IN_PROGRESS" || meeting.state === "CLOSED";
  const index = boardMeetings.findIndex((m) => m.id === meeting.id);
  const visible = (m: (typeof boardMeetings)[number] | undefined) => (m && (access.readAll || m.published) ? m : undefined);
  const previous = visible(boardMeetings[index - 1]);
  const next = visible(boardMeetings[index + 1]);
  const toApprove = recording ? minutesToApprove(boardMeetings, meeting) : null;
  const entries = log ? entriesForMeeting(log.entries, meeting, log.meetings) : [];
  return (
    <article className="space-y-8">
      <header className="space-y-2">
        <p className="text-sm text-slate-700">
          <Link href={base} className="text-blue-800 underline underline-offset-2">
            Board meetings
          </Link>{" "}
          › {meeting.board.name}
        </p>
        <h1 className="text-2xl font-semibold text-slate-900">{meeting.title}</h1>
        <p className="text-lg text-slate-900">
          {formatUkDateTime(meeting.date)}
          {meeting.durationMinutes ? `, ${meeting.durationMinutes} minutes` : ""}
          {meeting.location ? ` · ${meeting.location}` : ""}
        </p>
        <p className="flex flex-wrap items-center gap-3 text-sm text-slate-800">
          <MeetingStateBadge state={meeting.state} />
          {meeting.board.chairName ? (
            <span>
              Chair: {meeting.board.chairName}
              {meeting.board.chairRole ? ` (${meeting.board.chairRole})` : ""}
            </span>
          ) : null}
        </p>
        {meeting.illustrative ? <IllustrativeNote /> : null}
        {meeting.state === "CLOSED" ? <p className="text-sm text-slate-800">This meeting is closed: its record is read-only. Re-opening it is logged.</p> : null}
        <div aria-live="polite">
          {query.created ? <SuccessNotice>Meeting created as a draft. Issue the agenda when it is ready.</SuccessNotice> : null}
          {query.moved && query.moved in MEETING_STATE_LABELS ? (
            <SuccessNotice key={query.moved}>The meeting is now {MEETING_STATE_LABELS[query.moved as keyof typeof MEETING_STATE_LABELS].toLowerCase()}.</SuccessNotice>
          ) : null}
        </div>
        {access.manage ? <MeetingControls meeting={meeting} slug={member.partnership.slug} /> : null}
        <BoardPackLink member={member} meetingId={meeting.id} />
      </header>

      <AttendanceSection meeting={meeting} slug={member.partnership.slug} editable={preparable} held={held} />
      <AgendaSection meeting={meeting} slug={member.partnership.slug} preparable={preparable} recording={recording} />
      {access.readAll ? (
        <ChangeRequestsSection
          meeting={meeting}
          slug={member.partnership.slug}
          decideHref={can(member.role, "changeRequest.decide") && canPrepare(meeting.state) ? `${slugBase}/changes` : null}
        />
      ) : null}
      {access.readAll ? (
        <ImpactLogSection
          meetingId={meeting.id}
          meetingDate={meeting.date}
          entries={entries}
          slug={member.partnership.slug}
          recording={recording}
          areas={areas}
          logHref={`${base}/impact-log`}
          asOf={formatUkDate(today)}
        />
      ) : null}
      <MinutesSection meeting={meeting} slug={member.partnership.slug} manage={access.manage} recording={recording} toApprove={toApprove} base={base} />

      <nav aria-label="Other meetings of this board" className="flex flex-wrap justify-between gap-2 border-t border-slate-200 pt-4 text-sm">
        {previous ? (
          <Link href={`${base}/${previous.id}`} className="text-blue-800 underline underline-offset-2">
            ← Previous meeting, {formatUkDateTime(previous.date)}
          </Link>
        ) : (
          <span />
        )}
        {next ? (
          <Link href={`${base}/${next.id}`} className="text-blue-800 underline underline-offset-2">
            Next meeting, {formatUkDateTime(next.date)} →
          </Link>
        ) : null}
      </nav>
    </article>
  );
}
