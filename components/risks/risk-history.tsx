import { formatUkDate, formatUkDateTime } from "@/lib/dates/format";
import type { RiskReviewKind } from "@/lib/generated/prisma/enums";
import { riskScore } from "@/lib/risks/compute";
import type { RiskDetail } from "@/lib/risks/queries";
import { RiskScoreBadge } from "./risk-score";

const KIND_LABELS: Record<RiskReviewKind, string> = {
  CREATED: "Added to the register",
  REVIEWED: "Reviewed",
  SCORES_CHANGED: "Scores changed",
  CLOSED: "Closed",
  REOPENED: "Reopened",
  ESCALATED: "Escalated to the board",
  DE_ESCALATED: "Taken back from the board",
};

/** Every review and change of the risk, newest first: who, when, the score after it, and why. */
export function RiskHistory({ reviews }: { reviews: RiskDetail["reviews"] }) {
  return (
    <section aria-labelledby="history-heading" className="rounded-lg border border-slate-200 bg-white p-5 shadow-sm">
      <h2 id="history-heading" className="text-lg font-semibold text-slate-900">
        History
      </h2>
      <p className="mt-1 text-sm text-slate-700">Every review and score change, with who made it, when and why. The trend is worked out from these.</p>
      <ol className="mt-3 space-y-3">
        {reviews.map((entry, i) => {
          const previous = reviews[i + 1];
          const score = riskScore(entry.currentLikelihood, entry.currentImpact);
          const before = previous ? riskScore(previous.currentLikelihood, previous.currentImpact) : null;
          return (
            <li key={entry.id} className="border-l-4 border-slate-300 pl-3" data-testid="risk-history-entry">
              <p className="flex flex-wrap items-center gap-2 text-sm">
                <span className="font-semibold text-slate-900">{KIND_LABELS[entry.kind]}</span>
                <span className="text-slate-700">
                  {formatUkDateTime(entry.at)} · {entry.authorName}
                </span>
              </p>
              <p className="mt-1 flex flex-wrap items-center gap-2 text-sm text-slate-900">
                <RiskScoreBadge score={score} likelihood={entry.currentLikelihood} impact={entry.currentImpact} prefix="Current score after this" />
                {before !== null && before !== score ? <span className="text-slate-800">changed from {before}</span> : null}
                {entry.nextReviewDate ? <span className="text-slate-700">· next review {formatUkDate(entry.nextReviewDate)}</span> : null}
              </p>
              <p className="mt-1 text-sm whitespace-pre-line text-slate-800">{entry.note}</p>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
