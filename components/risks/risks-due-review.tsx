import Link from "next/link";
import { SuccessNotice } from "@/components/ui/success-notice";
import { formatUkDate, toIsoDate } from "@/lib/dates/format";
import { nextReviewAfter, reviewStatus, riskScore, riskTrend } from "@/lib/risks/compute";
import { riskPath } from "@/lib/risks/paths";
import type { listRisksDueForReview } from "@/lib/risks/queries";
import { RiskReviewForm } from "./risk-lifecycle-forms";
import { RiskScoreBadge, TrendLabel } from "./risk-score";

type Due = Awaited<ReturnType<typeof listRisksDueForReview>>;

/** My updates: the risks whose review falls to this member and is due, each reviewable in place. */
export function RisksDueReview({ risks, slug, today, reviewed, scoreChanged }: { risks: Due; slug: string; today: Date; reviewed?: string; scoreChanged: boolean }) {
  // The notice names a risk code only: the URL cannot put other words in the green box.
  const notice = reviewed && /^R\d{1,4}$/.test(reviewed) ? reviewed : null;
  if (risks.length === 0 && !notice) return null;
  return (
    <section aria-labelledby="risk-reviews-heading" className="mt-6">
      {notice ? (
        <SuccessNotice key={notice} className="mb-3">
          Review of {notice} saved{scoreChanged ? ", with its new score" : ": score confirmed"}. The board sees it on the dashboard’s next load.
        </SuccessNotice>
      ) : null}
      <h2 id="risk-reviews-heading" className="text-lg font-semibold text-slate-900">
        Risks due a review ({risks.length})
      </h2>
      <p className="text-sm text-slate-700">
        {risks.length
          ? "Confirm or change each score, say what the review found, and set the next review. The board sees the result on its next load."
          : "No other risk of yours is due a review."}
      </p>
      <ol className="mt-3 space-y-4">
        {risks.map((risk) => {
          const review = reviewStatus({ state: "OPEN", nextReviewDate: risk.nextReviewDate }, today);
          return (
            <li key={risk.id} className="rounded-lg border border-slate-200 bg-white p-5 shadow-sm" data-testid="risk-due-review">
              <h3 className="text-base font-semibold text-slate-900">
                <Link prefetch={false} href={riskPath(slug, risk.id)} className="underline-offset-2 hover:underline">
                  <span className="font-mono">{risk.code}</span> {risk.title}
                </Link>
              </h3>
              <p className="mt-1 flex flex-wrap items-center gap-2 text-sm text-slate-800">
                <RiskScoreBadge
                  score={riskScore(risk.currentLikelihood, risk.currentImpact)}
                  likelihood={risk.currentLikelihood}
                  impact={risk.currentImpact}
                  prefix="Current score"
                />
                <TrendLabel trend={riskTrend(risk.reviews, today).trend} />
                <span className="font-semibold text-red-900">
                  <span aria-hidden="true">⚠ </span>
                  {review.text}
                </span>
                <span className="text-slate-700">
                  {risk.areas.map((a) => a.priorityArea.code).join(", ")} · last reviewed {formatUkDate(risk.lastReviewedAt)}
                </span>
              </p>
              <RiskReviewForm
                slug={slug}
                riskId={risk.id}
                version={risk.version}
                likelihood={risk.currentLikelihood}
                impact={risk.currentImpact}
                suggestedNext={toIsoDate(nextReviewAfter(today, risk.reviewFrequency))}
                idPrefix={`r-${risk.id}-`}
                summary={`Review ${risk.code} now`}
                returnTo="my"
              />
            </li>
          );
        })}
      </ol>
    </section>
  );
}
