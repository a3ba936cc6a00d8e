import Link from "next/link";
import { SpecForm } from "@/components/forms/spec-form";
import { formatUkDate, formatUkDateTime } from "@/lib/dates/format";
import { approveMinutesAction, publishMinutesAction, saveMinutesAction } from "@/lib/meetings/actions";
import { minutesState } from "@/lib/meetings/compute";
import { meetingMinutesPath } from "@/lib/meetings/paths";
import type { MeetingDetail } from "@/lib/meetings/queries";
import type { MeetingPage } from "@/lib/meetings/view";
import { MinutesBadge } from "./badges";
import { MeetingMention } from "./meeting-mention";

type Pending = { id: string; title: string; date: Date; version: number } | null;

/**
 * The minutes: drafted while the meeting is in progress, approved at the
 * board's next meeting (history kept), then published — the flag the public
 * page and advisors read.
 */
export function MinutesSection({
  meeting,
  slug,
  manage,
  recording,
  toApprove,
  links,
}: {
  meeting: MeetingDetail;
  slug: string;
  manage: boolean;
  recording: boolean;
  /** An earlier meeting whose minutes this one (in progress) can approve. */
  toApprove: Pending;
  /** Where the minutes mention other meetings: links only to those the viewer may open (lib/meetings/view.ts). */
  links: MeetingPage["minutesLinks"];
}) {
  const state = minutesState(meeting);
  return (
    <section aria-labelledby="minutes-heading" className="space-y-3">
      <div className="flex flex-wrap items-center gap-3">
        <h2 id="minutes-heading" className="text-xl font-semibold">
          Minutes
        </h2>
        <MinutesBadge state={state} />
      </div>
      {links.approvedAt ? (
        <p className="text-sm text-slate-800">
          Approved as a true record at the <MeetingMention href={links.approvedAt.href}>meeting of {formatUkDate(links.approvedAt.date)}</MeetingMention>
          {meeting.publishedAt && meeting.published ? `; published ${formatUkDate(meeting.publishedAt)}` : ""}.
        </p>
      ) : state === "DRAFT" ? (
        <p className="text-sm font-medium text-amber-900">Draft: to be approved at the board&apos;s next meeting.</p>
      ) : null}
      {meeting.minutes ? (
        <div className="max-w-3xl rounded-lg border border-slate-200 bg-white p-4 whitespace-pre-line shadow-sm">{meeting.minutes}</div>
      ) : (
        <p className="text-slate-700">No minutes have been written yet.</p>
      )}
      {links.approved.length ? (
        <p className="text-sm text-slate-800">
          At this meeting the board approved the minutes of{" "}
          {links.approved.map((m, i) => (
            <span key={m.id}>
              {i ? ", " : ""}
              <MeetingMention href={m.href}>{formatUkDate(m.date)}</MeetingMention>
            </span>
          ))}
          .
        </p>
      ) : null}
      {manage && recording && !meeting.minutesApprovedAt ? (
        <SpecForm
          summary={meeting.minutes ? "Edit the draft minutes" : "Write the minutes"}
          action={saveMinutesAction}
          slug={slug}
          id="minutes"
          submitLabel="Save draft minutes"
          fields={[
            { kind: "hidden", name: "meetingId", value: meeting.id },
            { kind: "hidden", name: "version", value: String(meeting.version) },
            { kind: "textarea", name: "minutes", label: "Minutes", hint: "Each saved version is kept.", defaultValue: meeting.minutes ?? undefined, rows: 10 },
          ]}
        />
      ) : null}
      {manage && recording && toApprove ? (
        <div className="rounded-md border border-slate-300 bg-slate-50 p-3">
          <p className="text-sm">
            The minutes of the meeting of <strong>{formatUkDate(toApprove.date)}</strong> await approval.{" "}
            <Link prefetch={false} href={meetingMinutesPath(slug, toApprove.id)} className="text-blue-800 underline underline-offset-2">
              Read them
            </Link>
            .
          </p>
          <SpecForm
            action={approveMinutesAction}
            slug={slug}
            id="approve-minutes"
            className="mt-2"
            submitLabel={`Approve the minutes of ${formatUkDate(toApprove.date)}`}
            fields={[
              { kind: "hidden", name: "meetingId", value: meeting.id },
              { kind: "hidden", name: "minutesOfId", value: toApprove.id },
              { kind: "hidden", name: "version", value: String(toApprove.version) },
            ]}
          />
        </div>
      ) : null}
      {manage && meeting.minutesApprovedAt ? (
        <SpecForm
          action={publishMinutesAction}
          slug={slug}
          id="publish-minutes"
          variant={meeting.published ? "secondary" : "primary"}
          submitLabel={meeting.published ? "Withdraw from publication" : "Publish the minutes"}
          fields={[
            { kind: "hidden", name: "meetingId", value: meeting.id },
            { kind: "hidden", name: "version", value: String(meeting.version) },
            { kind: "hidden", name: "publish", value: meeting.published ? "0" : "1" },
          ]}
        />
      ) : null}
      {manage && meeting.minutesRevisions.length ? (
        <details>
          <summary className="cursor-pointer text-sm font-medium text-blue-800">History of the draft ({meeting.minutesRevisions.length} saved versions)</summary>
          <ul className="mt-2 list-disc pl-5 text-sm">
            {meeting.minutesRevisions.map((r) => (
              <li key={r.id}>
                {formatUkDateTime(r.savedAt)} — {r.savedByName}
              </li>
            ))}
          </ul>
        </details>
      ) : null}
    </section>
  );
}
