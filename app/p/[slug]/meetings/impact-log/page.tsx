import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { SpecForm } from "@/components/forms/spec-form";
import { IllustrativeNote, LogStateBadge, SlowFlag } from "@/components/meetings/badges";
import { ownerOf } from "@/components/meetings/impact-log-section";
import { ExportLinks } from "@/components/ui/export-links";
import { requireMembership } from "@/lib/auth/guards";
import * as clock from "@/lib/clock";
import { formatUkDate, toIsoDate } from "@/lib/dates/format";
import { meetingAccess } from "@/lib/meetings/access";
import { updateImpactLogEntryAction } from "@/lib/meetings/actions";
import { impactLogQuery, matchesImpactLogFilters, parseImpactLogFilters } from "@/lib/meetings/filters";
import { impactLogView } from "@/lib/meetings/impact-log";
import { listBoards } from "@/lib/meetings/queries";
import { listAreaOptions } from "@/lib/plan/structure/queries";

export const metadata: Metadata = { title: "Action and impact log" };

export default async function ImpactLogPage({ params, searchParams }: { params: Promise<{ slug: string }>; searchParams: Promise<Record<string, string | undefined>> }) {
  const [{ slug }, query] = await Promise.all([params, searchParams]);
  const member = await requireMembership(slug);
  const access = meetingAccess(member);
  if (!access.readAll) notFound();
  const filters = parseImpactLogFilters(new URLSearchParams(Object.entries(query).filter((e): e is [string, string] => typeof e[1] === "string")));
  const today = clock.today();
  const [{ entries }, boards, areas] = await Promise.all([
    impactLogView(member.partnershipId, today, filters.boardId),
    listBoards(member.partnershipId),
    listAreaOptions(member.partnershipId),
  ]);
  const shown = entries.filter((e) => matchesImpactLogFilters(e, filters));
  const slow = shown.filter((e) => e.slow.length).length;
  const illustrative = entries.some((e) => e.meeting?.illustrative || e.updates.some((u) => u.meeting.illustrative));
  const base = `/p/${member.partnership.slug}`;
  return (
    <div className="space-y-6">
      <div>
        <p className="text-sm text-slate-700">
          <Link href={`${base}/meetings`} className="text-blue-800 underline underline-offset-2">
            Board meetings
          </Link>
        </p>
        <h1 className="text-2xl font-semibold text-slate-900">Action and impact log</h1>
        <p className="mt-1 max-w-3xl text-slate-700">
          Updated at each board meeting, highlighting objectives that are slow to progress and where contributions need to be strengthened (Improvement Notice §5e). Slow entries
          come first: overdue, no progress across two meetings, or a plan action off track.
        </p>
      </div>
      {illustrative ? (
        <IllustrativeNote>
          Updates given at illustrative meetings are demo data, marked so beside them; the entries drawn from the stocktake letter and the Improvement Notice say where they come
          from.
        </IllustrativeNote>
      ) : null}
      <form method="get" className="flex flex-wrap items-end gap-4 rounded-lg border border-slate-200 bg-white p-4 shadow-sm" aria-label="Filter the log">
        {boards.length > 1 ? (
          <label className="text-sm font-medium">
            Board
            <select name="board" defaultValue={filters.boardId ?? ""} className="mt-1 block rounded-md border border-slate-400 bg-white px-3 py-2">
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
          Status
          <select name="state" defaultValue={filters.state ?? ""} className="mt-1 block rounded-md border border-slate-400 bg-white px-3 py-2">
            <option value="">Any</option>
            <option value="LIVE">Not done</option>
            <option value="OPEN">Open</option>
            <option value="IN_PROGRESS">In progress</option>
            <option value="DONE">Done</option>
          </select>
        </label>
        <label className="text-sm font-medium">
          Priority area
          <select name="area" defaultValue={filters.areaId ?? ""} className="mt-1 block rounded-md border border-slate-400 bg-white px-3 py-2">
            <option value="">Any</option>
            {areas.map((a) => (
              <option key={a.id} value={a.id}>
                {a.code}
              </option>
            ))}
          </select>
        </label>
        <label className="inline-flex items-center gap-2 text-sm font-medium">
          <input type="checkbox" name="slow" value="1" defaultChecked={filters.slowOnly} /> Slow to progress only
        </label>
        <button type="submit" className="rounded-md bg-blue-800 px-4 py-2 font-medium text-white hover:bg-blue-900">
          Show
        </button>
      </form>
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <p className="text-slate-800" aria-live="polite">
          {shown.length} {shown.length === 1 ? "entry" : "entries"}, {slow} slow to progress.
        </p>
        <ExportLinks slug={member.partnership.slug} register="impact-log" query={impactLogQuery(filters)} label="the action and impact log" />
      </div>
      <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white shadow-sm">
        <table className="w-full min-w-[900px] text-sm">
          <caption className="sr-only">Action and impact log, slow to progress first</caption>
          <thead>
            <tr className="border-b border-slate-300 text-left">
              <th scope="col" className="px-3 py-2 font-medium">
                Ref
              </th>
              <th scope="col" className="px-3 py-2 font-medium">
                What
              </th>
              <th scope="col" className="px-3 py-2 font-medium">
                Owner
              </th>
              <th scope="col" className="px-3 py-2 font-medium">
                Due
              </th>
              <th scope="col" className="px-3 py-2 font-medium">
                Status
              </th>
              <th scope="col" className="px-3 py-2 font-medium">
                Latest update
              </th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-200">
            {shown.map((e) => {
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
                    {access.manage ? (
                      <SpecForm
                        summary={
                          <>
                            Edit<span className="sr-only"> L{e.number}</span>
                          </>
                        }
                        action={updateImpactLogEntryAction}
                        slug={member.partnership.slug}
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
                    ) : null}
                  </th>
                  <td className="px-3 py-2">{ownerOf(e)}</td>
                  <td className="px-3 py-2 whitespace-nowrap">{e.dueDate ? formatUkDate(e.dueDate) : "—"}</td>
                  <td className="px-3 py-2">
                    <LogStateBadge state={e.state} />
                  </td>
                  <td className="px-3 py-2">
                    {latest ? (
                      <>
                        <Link href={`${base}/meetings/${latest.meetingId}`} className="text-blue-800 underline underline-offset-2">
                          {formatUkDate(latest.meeting.date)}
                        </Link>
                        : {latest.text}
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
      </div>
    </div>
  );
}
