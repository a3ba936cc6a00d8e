import { useId } from "react";
import Link from "next/link";
import { ScrollRegion } from "@/components/ui/scroll-region";
import { formatUkDate, formatUkDateTime } from "@/lib/dates/format";
import { meetingPath } from "@/lib/meetings/paths";
import type { MeetingRow } from "@/lib/meetings/view";
import { MeetingStateBadge, MinutesBadge } from "./badges";

const th = "px-3 py-2 font-medium";

/** Meetings as a table: when, which, for which board, where each stands, its minutes and how many decisions it took. */
export function MeetingTable({ rows, slug, showBoard, caption }: { rows: MeetingRow[]; slug: string; showBoard: boolean; caption: string }) {
  const captionId = useId();
  return (
    <ScrollRegion labelledBy={captionId} className="mt-3 rounded-lg border border-slate-200 bg-white shadow-sm">
      <table className="w-full min-w-[720px] text-sm">
        <caption id={captionId} className="sr-only">
          {caption}
        </caption>
        <thead>
          <tr className="border-b border-slate-300 text-left">
            <th scope="col" className={th}>
              Date
            </th>
            <th scope="col" className={th}>
              Meeting
            </th>
            {showBoard ? (
              <th scope="col" className={th}>
                Board
              </th>
            ) : null}
            <th scope="col" className={th}>
              Status
            </th>
            <th scope="col" className={th}>
              Minutes
            </th>
            <th scope="col" className={th}>
              Decisions
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-200">
          {rows.map((m) => (
            <tr key={m.id} className="align-top" data-testid="meeting-row">
              <td className="px-3 py-2 whitespace-nowrap">{formatUkDateTime(m.date)}</td>
              <th scope="row" className="px-3 py-2 text-left font-normal">
                <Link prefetch={false} href={meetingPath(slug, m.id)} className="text-blue-800 underline underline-offset-2">
                  {m.title}
                  <span className="sr-only">, {formatUkDate(m.date)}</span>
                </Link>
                {m.illustrative ? <span className="ml-2 text-xs font-medium text-slate-700">(illustrative)</span> : null}
                {m.location ? <div className="text-slate-700">{m.location}</div> : null}
              </th>
              {showBoard ? <td className="px-3 py-2">{m.board}</td> : null}
              <td className="px-3 py-2">
                <MeetingStateBadge state={m.state} />
              </td>
              <td className="px-3 py-2">
                <MinutesBadge state={m.minutes} />
              </td>
              <td className="px-3 py-2 whitespace-nowrap">{m.decisions}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
