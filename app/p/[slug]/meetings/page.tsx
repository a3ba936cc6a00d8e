import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { BoardFilter } from "@/components/meetings/board-filter";
import { MeetingTable } from "@/components/meetings/meeting-table";
import { NewMeetingForm } from "@/components/meetings/new-meeting-form";
import { requireMembership } from "@/lib/auth/guards";
import * as clock from "@/lib/clock";
import { boardsPath, decisionLogPath, impactLogPath } from "@/lib/meetings/paths";
import { getMeetingsPage } from "@/lib/meetings/view";

export const metadata: Metadata = { title: "Board meetings" };

const link = "text-blue-800 underline underline-offset-2";

export default async function MeetingsPage({ params, searchParams }: { params: Promise<{ slug: string }>; searchParams: Promise<{ board?: string }> }) {
  const [{ slug }, query] = await Promise.all([params, searchParams]);
  const member = await requireMembership(slug);
  const page = await getMeetingsPage(member, clock.today(), query.board);
  if (!page) notFound();
  const { access, single } = page;
  const showBoard = page.boards.length > 1;
  return (
    <div className="space-y-8">
      <div>
        <h1 className="text-2xl font-semibold text-slate-900">Board meetings</h1>
        <p className="mt-1 max-w-3xl text-slate-700">
          {single ? `${single.name}${single.chair ? `, chaired by ${single.chair}` : ""}. ` : ""}
          {access.readAll
            ? "Agendas, attendance, minutes and decisions of each meeting, and the action and impact log the board updates at every meeting."
            : "Minutes the partnership has approved and published."}
        </p>
        {access.readAll ? (
          <p className="mt-2 flex flex-wrap gap-x-4 gap-y-1">
            <Link prefetch={false} href={impactLogPath(slug)} className={link}>
              Action and impact log
            </Link>
            <Link prefetch={false} href={decisionLogPath(slug)} className={link}>
              Decision log
            </Link>
            <Link prefetch={false} href={boardsPath(slug)} className={link}>
              {access.boards ? "Boards and what they oversee" : "Boards"}
            </Link>
          </p>
        ) : null}
      </div>

      <BoardFilter slug={slug} boards={page.boards} current={page.boardId} />

      {access.manage ? <NewMeetingForm slug={slug} boards={page.boards} defaults={page.newMeeting} /> : null}

      <section aria-labelledby="upcoming-heading">
        <h2 id="upcoming-heading" className="text-xl font-semibold">
          Coming up
        </h2>
        {page.upcoming.length === 0 ? (
          <p className="mt-2 text-slate-700">No meeting is scheduled.</p>
        ) : (
          <MeetingTable rows={page.upcoming} slug={slug} showBoard={showBoard} caption="Meetings coming up, soonest first" />
        )}
      </section>
      <section aria-labelledby="past-heading">
        <h2 id="past-heading" className="text-xl font-semibold">
          {access.readAll ? "Past meetings" : "Published minutes"}
        </h2>
        {page.past.length === 0 ? (
          <p className="mt-2 text-slate-700">None yet.</p>
        ) : (
          <MeetingTable rows={page.past} slug={slug} showBoard={showBoard} caption="Past meetings, newest first" />
        )}
      </section>
    </div>
  );
}
