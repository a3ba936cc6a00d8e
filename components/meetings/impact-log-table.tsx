import { useId } from "react";
import { SpecForm } from "@/components/forms/spec-form";
import { ScrollRegion } from "@/components/ui/scroll-region";
import { formatUkDate, toIsoDate } from "@/lib/dates/format";
import { updateImpactLogEntryAction } from "@/lib/meetings/actions";
import type { ImpactLogPageEntry } from "@/lib/meetings/view";
import { LogStateBadge, SlowFlag } from "./badges";
import { ownerOf } from "./impact-log-section";
import { MeetingMention } from "./meeting-mention";

const th = "px-3 py-2 font-medium";

/** The whole action and impact log as a table, slow entries first; the programme office and the board correct entries in place. */
export function ImpactLogTable({
  entries,
  slug,
  manage,
  areas,
}: {
  entries: ImpactLogPageEntry[];
  slug: string;
  manage: boolean;
  areas: { id: string; code: string; title: string }[];
}) {
  const captionId = useId();
  return (
    <ScrollRegion labelledBy={captionId} className="rounded-lg border border-slate-200 bg-white shadow-sm">
      <table className="w-full min-w-[900px] text-sm">
        <caption id={captionId} className="sr-only">
          Action and impact log, slow to progress first
        </caption>
        <thead>
          <tr className="border-b border-slate-300 text-left">
            <th scope="col" className={th}>
              Ref
            </th>
            <th scope="col" className={th}>
              What
            </th>
            <th scope="col" className={th}>
              Owner
            </th>
            <th scope="col" className={th}>
              Due
            </th>
            <th scope="col" className={th}>
              Status
            </th>
            <th scope="col" className={th}>
              Latest update
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-200">
          {entries.map((e) => {
            const latest = e.updates.at(-1);
            return (
              <tr key={e.id} className="align-top" data-testid="log-row">
                <td className="px-3 py-2 font-mono">L{e.number}</td>
                <th scope="row" className="px-3 py-2 text-left font-normal">
                  <span className="font-medium">{e.title}</span>
                  <div className="text-slate-700">
                    {[e.priorityArea?.code, e.action ? `action ${e.action.code}` : null, e.meeting ? `raised ${formatUkDate(e.meeting.date)}` : null].filter(Boolean).join(" · ")}
                  </div>
                  <SlowFlag reasons={e.slow} />
                  {manage ? <EditEntryForm entry={e} slug={slug} areas={areas} /> : null}
                </th>
                <td className="px-3 py-2">{ownerOf(e)}</td>
                <td className="px-3 py-2 whitespace-nowrap">{e.dueDate ? formatUkDate(e.dueDate) : "—"}</td>
                <td className="px-3 py-2">
                  <LogStateBadge state={e.state} />
                </td>
                <td className="px-3 py-2">
                  {latest ? (
                    <>
                      <MeetingMention href={e.latestHref}>{formatUkDate(latest.meeting.date)}</MeetingMention>: {latest.text}
                      {latest.meeting.illustrative ? <span className="ml-1 text-xs text-slate-700">(illustrative)</span> : null}
                    </>
                  ) : (
                    <em className="text-slate-700">No update yet</em>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </ScrollRegion>
  );
}

function EditEntryForm({ entry: e, slug, areas }: { entry: ImpactLogPageEntry; slug: string; areas: { id: string; code: string; title: string }[] }) {
  return (
    <SpecForm
      summary={
        <>
          Edit<span className="sr-only"> L{e.number}</span>
        </>
      }
      action={updateImpactLogEntryAction}
      slug={slug}
      id={`edit-${e.id}`}
      submitLabel="Save entry"
      fields={[
        { kind: "hidden", name: "entryId", value: e.id },
        { kind: "hidden", name: "version", value: String(e.version) },
        { kind: "textarea", name: "title", label: "What is to be done", defaultValue: e.title, rows: 2 },
        { kind: "text", name: "ownerName", label: "Owner's name", defaultValue: e.ownerName ?? undefined },
        { kind: "text", name: "ownerRole", label: "Owner's role", defaultValue: e.ownerRole ?? undefined },
        { kind: "date", name: "dueDate", label: "Due", width: "short", defaultValue: e.dueDate ? toIsoDate(e.dueDate) : undefined },
        {
          kind: "select",
          name: "priorityAreaId",
          label: "Priority area",
          placeholder: "None",
          defaultValue: e.priorityArea?.id,
          options: areas.map((a) => ({ value: a.id, label: `${a.code} ${a.title}` })),
        },
        { kind: "text", name: "actionCode", label: "Plan action code", width: "short", defaultValue: e.action?.code },
      ]}
    />
  );
}
