import Link from "next/link";
import { riskScore, riskTrend, reviewStatus } from "@/lib/risks/compute";
import { riskPath } from "@/lib/risks/paths";
import { RiskScoreBadge, TrendLabel } from "./risk-score";

type LinkedRisk = {
  id: string;
  code: string;
  title: string;
  state: "OPEN" | "CLOSED";
  escalatedToBoard: boolean;
  currentLikelihood: number;
  currentImpact: number;
  nextReviewDate: Date;
  reviews: { at: Date; currentLikelihood: number; currentImpact: number }[];
};

/** The risks on the register that name this action, open ones first. */
export function LinkedRisks({ risks, slug, today }: { risks: LinkedRisk[]; slug: string; today: Date }) {
  return (
    <section aria-labelledby="risks-heading" className="rounded-lg border border-slate-200 bg-white p-5 shadow-sm">
      <h2 id="risks-heading" className="text-lg font-semibold">
        Risks
      </h2>
      {risks.length === 0 ? <p className="mt-2 text-sm text-slate-700">No risk on the register names this action.</p> : null}
      <ul className="mt-2 space-y-3">
        {risks.map((risk) => {
          const review = reviewStatus(risk, today);
          return (
            <li key={risk.id} className="text-sm" data-testid="linked-risk">
              <Link prefetch={false} href={riskPath(slug, risk.id)} className="font-medium text-blue-900 underline underline-offset-2">
                <span className="font-mono">{risk.code}</span> {risk.title}
              </Link>
              <span className="mt-1 flex flex-wrap items-center gap-2">
                {risk.state === "OPEN" ? (
                  <>
                    <RiskScoreBadge
                      score={riskScore(risk.currentLikelihood, risk.currentImpact)}
                      likelihood={risk.currentLikelihood}
                      impact={risk.currentImpact}
                      prefix="Current score"
                    />
                    <TrendLabel trend={riskTrend(risk.reviews, today).trend} />
                    {risk.escalatedToBoard ? <span className="text-xs font-semibold text-red-900">⚑ Escalated to the board</span> : null}
                    {review.due ? <span className="text-xs font-semibold text-red-900">{review.text}</span> : null}
                  </>
                ) : (
                  <span className="text-slate-700">Closed</span>
                )}
              </span>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
