// The board dashboard's risks: the ones to look at first (escalated, then the
// highest current score) and the heat map of current scores. Every count,
// risk and cell drills down to the register. No hooks: it renders inside the
// dashboard's client view.
import Link from "next/link";
import { HeatMap } from "@/components/risks/heat-map";
import { RiskScoreBadge, TrendLabel } from "@/components/risks/risk-score";
import type { DashboardRisks } from "@/lib/dashboard/risks";
import { DEFAULT_BANDS } from "@/lib/risks/compute";
import { riskFilterQuery, type RiskFilters } from "@/lib/risks/filters";
import { riskPath, risksPath } from "@/lib/risks/paths";

const link = "font-medium text-blue-800 underline underline-offset-2";

/** The register's default view (open risks, current scores), narrowed by `change`. */
const OPEN: RiskFilters = { state: "open", basis: "current" };

export function RiskPanel({ risks, slug }: { risks: DashboardRisks; slug: string }) {
  const register = risksPath(slug);
  const filtered = (change: Partial<RiskFilters>) => risksPath(slug, riskFilterQuery(OPEN, change));
  return (
    <section aria-labelledby="risks-heading" className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm sm:p-5" data-testid="dashboard-risks">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h2 id="risks-heading" className="text-lg font-semibold text-slate-900">
          Risks
        </h2>
        <Link prefetch={false} href={register} className={`text-sm ${link}`}>
          Risk register ({risks.open} open)
        </Link>
      </div>
      {risks.open === 0 ? (
        <p className="mt-3 text-slate-700">No open risks on the register.</p>
      ) : (
        <>
          <p className="mt-2 text-sm text-slate-800">
            <Link prefetch={false} href={filtered({ escalated: true })} className={link}>
              {risks.escalated} escalated to the board
            </Link>
            {" · "}
            <Link
              prefetch={false}
              href={filtered({ review: "due" })}
              className={risks.reviewDue ? "font-semibold text-red-900 underline underline-offset-2" : link}
              data-testid="risks-review-due"
            >
              {risks.reviewDue ? <span aria-hidden="true">⚠ </span> : null}
              {risks.reviewDue} due a review
            </Link>
            {" · now: "}
            {[...DEFAULT_BANDS].reverse().map((band, i) => (
              <span key={band.band}>
                {i > 0 ? ", " : ""}
                <Link prefetch={false} href={filtered({ band: band.band })} className={link}>
                  {risks.bands[band.band]} {band.label.toLowerCase()}
                </Link>
              </span>
            ))}
          </p>
          {risks.illustrative ? <p className="mt-1 text-xs text-slate-700">An illustrative demo register: see the register page for where it comes from.</p> : null}
          <div className="mt-4 grid grid-cols-1 gap-6 lg:grid-cols-[1fr_auto]">
            <div>
              <h3 className="text-sm font-semibold text-slate-900">The risks to look at first</h3>
              <p className="text-xs text-slate-700">Escalated to the board first, then the highest current score.</p>
              <ol className="mt-2 divide-y divide-slate-200">
                {risks.top.map((risk) => (
                  <li key={risk.id} className="py-2" data-testid="top-risk">
                    <Link prefetch={false} href={riskPath(slug, risk.id)} className="font-medium text-blue-900 underline-offset-2 hover:underline">
                      <span className="font-mono font-semibold">{risk.code}</span> {risk.title.length > 90 ? `${risk.title.slice(0, 87)}…` : risk.title}
                    </Link>
                    <span className="mt-1 flex flex-wrap items-center gap-2 text-sm">
                      <RiskScoreBadge score={risk.score} likelihood={risk.likelihood} impact={risk.impact} prefix="Current score" />
                      <TrendLabel trend={risk.trend} from={risk.trendFrom !== null ? { score: risk.trendFrom, when: "" } : null} />
                      {risk.escalated ? (
                        <span className="inline-flex items-center gap-1 rounded border border-red-800 px-1.5 text-xs font-semibold text-red-900">
                          <span aria-hidden="true">⚑</span> Escalated
                        </span>
                      ) : null}
                      <span className="text-xs text-slate-700">
                        target {risk.targetScore} · {risk.areaCodes.join(", ") || "partnership-wide"} · {risk.owner.length > 50 ? `${risk.owner.slice(0, 47)}…` : risk.owner}
                      </span>
                    </span>
                    {risk.reviewDue ? (
                      <span className="mt-0.5 block text-xs font-semibold text-red-900">
                        <span aria-hidden="true">⚠ </span>
                        {risk.review}
                      </span>
                    ) : null}
                  </li>
                ))}
              </ol>
            </div>
            <div>
              <h3 className="text-sm font-semibold text-slate-900">Heat map of current scores</h3>
              <div className="mt-2">
                <HeatMap
                  counts={risks.heat}
                  caption="Open risks by current likelihood and impact. Choose a cell to list its risks."
                  hrefFor={(l, i) => filtered({ likelihood: l, impact: i })}
                  compact
                />
              </div>
            </div>
          </div>
        </>
      )}
    </section>
  );
}
