import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { BoardPackLink } from "@/components/boardpacks/board-pack-link";
import { AgendaSection } from "@/components/meetings/agenda-section";
import { AttendanceSection } from "@/components/meetings/attendance-section";
import { IllustrativeNote, MeetingStateBadge } from "@/components/meetings/badges";
import { ChangeRequestsSection } from "@/components/meetings/change-requests-section";
import { ImpactLogSection } from "@/components/meetings/impact-log-section";
import { MeetingControls } from "@/components/meetings/meeting-controls";
import { MinutesSection } from "@/components/meetings/minutes-section";
import { SuccessNotice } from "@/components/ui/success-notice";
import { requireMembership } from "@/lib/auth/guards";
import * as clock from "@/lib/clock";
import { formatUkDateTime } from "@/lib/dates/format";
import { meetingPath, meetingsPath } from "@/lib/meetings/paths";
import { getMeetingPage } from "@/lib/meetings/view";

export const metadata: Metadata = { title: "Board meeting" };

const link = "text-blue-800 underline underline-offset-2";

export default async function MeetingPage({
  params,
  searchParams,
}: {
  params: Promise<{ slug: string; meetingId: string }>;
  searchParams: Promise<{ created?: string; moved?: string }>;
}) {
  const [{ slug, meetingId }, query] = await Promise.all([params, searchParams]);
  const member = await requireMembership(slug);
  const page = await getMeetingPage(member, meetingId, clock.today(), query);
  if (!page) notFound();
  const { meeting, access, previous, next } = page;
  return (
    <article className="space-y-8">
      <header className="space-y-2">
        <p className="text-sm text-slate-700">
          <Link prefetch={false} href={meetingsPath(slug)} className={link}>
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
          {page.chair ? <span>Chair: {page.chair}</span> : null}
        </p>
        {meeting.illustrative ? <IllustrativeNote /> : null}
        {meeting.state === "CLOSED" ? <p className="text-sm text-slate-800">This meeting is closed: its record is read-only. Re-opening it is logged.</p> : null}
        <div aria-live="polite">
          {page.created ? <SuccessNotice>Meeting created as a draft. Issue the agenda when it is ready.</SuccessNotice> : null}
          {page.movedTo ? <SuccessNotice key={page.movedTo.state}>The meeting is now {page.movedTo.label}.</SuccessNotice> : null}
        </div>
        {access.manage ? <MeetingControls meeting={meeting} slug={slug} /> : null}
        <BoardPackLink pack={page.boardPack} />
      </header>

      <AttendanceSection meeting={meeting} slug={slug} editable={page.preparable} held={page.held} />
      <AgendaSection meeting={meeting} slug={slug} preparable={page.preparable} recording={page.recording} />
      {access.readAll ? <ChangeRequestsSection meeting={meeting} slug={slug} decide={page.decideChanges} /> : null}
      {page.log ? (
        <ImpactLogSection
          meetingId={meeting.id}
          meetingDate={meeting.date}
          entries={page.log.entries}
          slug={slug}
          recording={page.recording}
          areas={page.areas}
          asOf={page.log.asOf}
        />
      ) : null}
      <MinutesSection meeting={meeting} slug={slug} manage={access.manage} recording={page.recording} toApprove={page.toApprove} links={page.minutesLinks} />

      <nav aria-label="Other meetings of this board" className="flex flex-wrap justify-between gap-2 border-t border-slate-200 pt-4 text-sm">
        {previous ? (
          <Link prefetch={false} href={meetingPath(slug, previous.id)} className={link}>
            ← Previous meeting, {formatUkDateTime(previous.date)}
          </Link>
        ) : (
          <span />
        )}
        {next ? (
          <Link prefetch={false} href={meetingPath(slug, next.id)} className={link}>
            Next meeting, {formatUkDateTime(next.date)} →
          </Link>
        ) : null}
      </nav>
    </article>
  );
}
