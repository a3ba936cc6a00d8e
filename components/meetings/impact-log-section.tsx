import Link from "next/link";
import { SpecForm } from "@/components/forms/spec-form";
import { formatUkDate } from "@/lib/dates/format";
import { raiseImpactLogEntryAction, recordImpactLogUpdateAction } from "@/lib/meetings/actions";
import { IMPACT_LOG_STATE_LABELS } from "@/lib/meetings/compute";
import type { ImpactLogItem } from "@/lib/meetings/impact-log";
import { impactLogPath } from "@/lib/meetings/paths";
import { IMPACT_LOG_STATES } from "@/lib/meetings/schema";
import { actionPath } from "@/lib/plan/paths";
import { LogStateBadge, SlowFlag } from "./badges";

type Area = { id: string; code: string; title: string };

export function ownerOf(e: { ownerName: string | null; ownerRole: string | null }) {
  return [e.ownerName, e.ownerRole].filter(Boolean).join(", ") || "—";
}

/**
 * The action and impact log at one meeting (Improvement Notice §5e): every
 * entry still open when the board met is carried forward to it, slow
 * entries first and marked in words, each with the update given here.
 */
export function ImpactLogSection({
  meetingId,
  meetingDate,
  entries,
  slug,
  recording,
  areas,
  asOf,
}: {
  meetingId: string;
  meetingDate: Date;
  entries: ImpactLogItem[];
  slug: string;
  recording: boolean;
  areas: Area[];
  /** Slow-to-progress is judged today, also on a past meeting's page: it says so. */
  asOf: string;
}) {
  const slow = entries.filter((e) => e.slow.length).length;
  return (
    <section aria-labelledby="log-heading" className="space-y-3">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h2 id="log-heading" className="text-xl font-semibold">
          Action and impact log
        </h2>
        <Link prefetch={false} href={impactLogPath(slug)} className="text-sm text-blue-800 underline underline-offset-2">
          The whole log
        </Link>
      </div>
      <p className="text-sm text-slate-700">
        {entries.length} {entries.length === 1 ? "entry" : "entries"} reviewed at this meeting{slow ? `, ${slow} slow to progress (listed first)` : ""}. Open entries carry forward
        to every meeting until they are done.
      </p>
      {entries.length ? (
        <ol className="space-y-3">
          {entries.map((e) => {
            const here = e.updates.find((u) => u.meetingId === meetingId);
            // The status as this meeting left it: its update, else the last one before it, else as raised.
            const before = e.updates.filter((u) => u.meeting.date.getTime() <= meetingDate.getTime()).at(-1);
            const stateHere = here?.state ?? before?.state ?? "OPEN";
            return (
              <li key={e.id} className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm" data-testid="log-entry">
                <div className="flex flex-wrap items-start justify-between gap-2">
                  <h3 className="font-semibold">
                    <span className="mr-2 font-mono">L{e.number}</span>
                    {e.title}
                  </h3>
                  <LogStateBadge state={stateHere} />
                </div>
                <p className="text-sm text-slate-700">
                  Owner: {ownerOf(e)} · Due {e.dueDate ? formatUkDate(e.dueDate) : "—"}
                  {e.priorityArea ? ` · ${e.priorityArea.code}` : ""}
                  {e.action ? (
                    <>
                      {" · "}
                      <Link prefetch={false} href={actionPath(slug, e.action.id)} className="text-blue-800 underline underline-offset-2">
                        action {e.action.code}
                      </Link>
                    </>
                  ) : null}
                  {e.meeting && e.meeting.id !== meetingId ? ` · raised ${formatUkDate(e.meeting.date)}` : e.meeting ? " · raised at this meeting" : ""}
                </p>
                <SlowFlag reasons={e.slow} asOf={asOf} />
                <p className="mt-2">
                  <span className="font-medium">Update at this meeting: </span>
                  {here ? (
                    here.text
                  ) : e.meeting?.id === meetingId ? (
                    <em className="text-slate-700">Raised at this meeting.</em>
                  ) : (
                    <em className="text-slate-700">No update given.</em>
                  )}
                </p>
                {recording ? (
                  <SpecForm
                    summary={
                      <>
                        {here ? "Change the update" : "Record the update"}
                        <span className="sr-only"> for L{e.number}</span>
                      </>
                    }
                    action={recordImpactLogUpdateAction}
                    slug={slug}
                    id={`log-${e.id}`}
                    submitLabel="Save update"
                    fields={[
                      { kind: "hidden", name: "entryId", value: e.id },
                      { kind: "hidden", name: "meetingId", value: meetingId },
                      { kind: "hidden", name: "version", value: String(e.version) },
                      {
                        kind: "radio",
                        name: "state",
                        label: "Status after this meeting",
                        inline: true,
                        defaultValue: stateHere,
                        options: IMPACT_LOG_STATES.map((s) => ({ value: s, label: IMPACT_LOG_STATE_LABELS[s] })),
                      },
                      { kind: "textarea", name: "text", label: "Update", defaultValue: here?.text },
                    ]}
                  />
                ) : null}
              </li>
            );
          })}
        </ol>
      ) : (
        <p className="text-slate-700">Nothing is open in the log.</p>
      )}
      {recording ? (
        <SpecForm
          summary="Raise a new entry"
          action={raiseImpactLogEntryAction}
          slug={slug}
          id="raise-entry"
          submitLabel="Add to the log"
          fields={[
            { kind: "hidden", name: "meetingId", value: meetingId },
            { kind: "textarea", name: "title", label: "What is to be done", rows: 2 },
            { kind: "text", name: "ownerName", label: "Owner's name" },
            { kind: "text", name: "ownerRole", label: "Owner's role" },
            { kind: "date", name: "dueDate", label: "Due", width: "short" },
            {
              kind: "select",
              name: "priorityAreaId",
              label: "Priority area",
              placeholder: "None",
              options: areas.map((a) => ({ value: a.id, label: `${a.code} ${a.title}` })),
            },
            { kind: "text", name: "actionCode", label: "Plan action code", hint: "For example 3.1a; leave blank if none.", width: "short" },
          ]}
        />
      ) : null}
    </section>
  );
}
