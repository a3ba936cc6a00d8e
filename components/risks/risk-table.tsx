import { useId } from "react";
import Link from "next/link";
import { ScrollRegion } from "@/components/ui/scroll-region";
import { formatUkDate } from "@/lib/dates/format";
import { FREQUENCY_LABELS } from "@/lib/risks/compute";
import { riskPath } from "@/lib/risks/paths";
import type { RiskView } from "@/lib/risks/register";
import { RiskScoreBadge, TrendLabel } from "./risk-score";

/** Marks a risk's state in words: escalated to the board, closed. */
export function RiskFlags({ risk }: { risk: Pick<RiskView, "escalatedToBoard" | "state"> }) {
  return (
    <>
      {risk.escalatedToBoard ? (
        <span className="inline-flex items-center gap-1 rounded border border-red-800 bg-white px-1.5 text-xs font-semibold text-red-900" data-testid="escalated-flag">
          <span aria-hidden="true">⚑</span> Escalated to the board
        </span>
      ) : null}
      {risk.state === "CLOSED" ? <span className="inline-flex rounded border border-slate-500 bg-slate-100 px-1.5 text-xs font-semibold text-slate-800">Closed</span> : null}
    </>
  );
}

export function RiskTable({ risks, slug, caption }: { risks: RiskView[]; slug: string; caption: string }) {
  const captionId = useId();
  return (
    <ScrollRegion labelledBy={captionId} className="rounded-lg border border-slate-200 bg-white shadow-sm">
      <table className="w-full min-w-[1000px] text-sm">
        <caption id={captionId} className="sr-only">
          {caption}
        </caption>
        <thead>
          <tr className="border-b border-slate-300 text-left text-slate-700">
            <th scope="col" className="px-3 py-2 font-medium">
              Risk
            </th>
            <th scope="col" className="px-3 py-2 font-medium">
              Current score
            </th>
            <th scope="col" className="px-3 py-2 font-medium">
              Trend
            </th>
            <th scope="col" className="px-3 py-2 font-medium">
              Inherent
            </th>
            <th scope="col" className="px-3 py-2 font-medium">
              Target
            </th>
            <th scope="col" className="px-3 py-2 font-medium">
              Review
            </th>
            <th scope="col" className="px-3 py-2 font-medium">
              Mitigations
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-200">
          {risks.map((risk) => (
            <tr key={risk.id} className="align-top" data-testid="risk-row">
              <th scope="row" className="max-w-md px-3 py-2 text-left font-normal">
                <Link prefetch={false} href={riskPath(slug, risk.id)} className="font-medium text-blue-900 underline-offset-2 hover:underline">
                  <span className="font-mono font-semibold">{risk.code}</span> {risk.title}
                </Link>
                <span className="mt-0.5 block text-xs text-slate-700">
                  {risk.areaCodes.join(", ") || "Partnership-wide"} · {risk.ownerName}
                </span>
                <span className="mt-1 flex flex-wrap gap-1">
                  <RiskFlags risk={risk} />
                </span>
              </th>
              <td className="px-3 py-2">
                <RiskScoreBadge score={risk.current.score} likelihood={risk.current.likelihood} impact={risk.current.impact} prefix="Current score" />
              </td>
              <td className="px-3 py-2">
                <TrendLabel trend={risk.trend.trend} from={risk.trend.from ? { score: risk.trend.from.score, when: formatUkDate(risk.trend.from.at) } : null} />
              </td>
              <td className="px-3 py-2">
                <RiskScoreBadge score={risk.inherent.score} prefix="Inherent score" />
              </td>
              <td className="px-3 py-2">
                <RiskScoreBadge score={risk.target.score} prefix="Target score" />
              </td>
              <td className="px-3 py-2 whitespace-nowrap">
                {risk.state === "OPEN" ? (
                  <>
                    <span className={risk.review.due ? "font-semibold text-red-900" : "text-slate-900"}>
                      {risk.review.due ? <span aria-hidden="true">⚠ </span> : null}
                      {risk.review.text}
                    </span>
                    <span className="block text-xs text-slate-700">
                      {formatUkDate(risk.nextReviewDate)} · {FREQUENCY_LABELS[risk.reviewFrequency].toLowerCase()}
                    </span>
                  </>
                ) : (
                  <span className="text-slate-700">—</span>
                )}
              </td>
              <td className="px-3 py-2 text-slate-900">
                {risk.mitigations.open + risk.mitigations.complete === 0 ? (
                  "None yet"
                ) : (
                  <>
                    {risk.mitigations.open} open, {risk.mitigations.complete} complete
                    {risk.mitigations.overdue ? <span className="block font-semibold text-red-900">{risk.mitigations.overdue} overdue</span> : null}
                  </>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
