import { useId } from "react";
import { ScrollRegion } from "@/components/ui/scroll-region";
import { formatUkDate } from "@/lib/dates/format";
import type { DecisionLogRow } from "@/lib/meetings/view";
import { MeetingMention } from "./meeting-mention";

const th = "px-3 py-2 font-medium";

/** Each meeting's decisions and the change requests decided or noted there, newest meeting first. */
export function DecisionLogTable({ rows }: { rows: DecisionLogRow[] }) {
  const captionId = useId();
  return (
    <ScrollRegion labelledBy={captionId} className="rounded-lg border border-slate-200 bg-white shadow-sm">
      <table className="w-full min-w-[860px] text-sm">
        <caption id={captionId} className="sr-only">
          Meeting decisions, newest meeting first
        </caption>
        <thead>
          <tr className="border-b border-slate-300 text-left">
            <th scope="col" className={th}>
              Meeting
            </th>
            <th scope="col" className={th}>
              Item
            </th>
            <th scope="col" className={th}>
              Kind
            </th>
            <th scope="col" className={th}>
              Outcome
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-200">
          {rows.map((r) => (
            <tr key={r.key} className="align-top" data-testid="decision-row">
              <td className="px-3 py-2 whitespace-nowrap">
                <MeetingMention href={r.href}>{formatUkDate(r.date)}</MeetingMention>
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
    </ScrollRegion>
  );
}
