// A risk's score and band, and its trend: each shown with words and a letter
// or arrow as well as colour, so they read in greyscale and aloud.
import { bandOf, TREND_ARROWS, TREND_LABELS, type RiskTrend } from "@/lib/risks/compute";

// Colours for bands are classes in app/globals.css (risk-badge, badge-<BAND>, band-<BAND>).

export function RiskScoreBadge({ score, prefix, likelihood, impact }: { score: number; prefix?: string; likelihood?: number; impact?: number }) {
  const band = bandOf(score);
  return (
    <span className={`risk-badge badge-${band.band}`}>
      <span aria-hidden="true" className="dot">
        {band.letter}
      </span>
      {prefix ? <span className="sr-only">{prefix}: </span> : null}
      <span className="font-semibold">{score}</span>
      <span>{band.label}</span>
      {likelihood !== undefined && impact !== undefined ? (
        <span className="text-xs font-normal">
          ({likelihood}×{impact}
          <span className="sr-only">
            : likelihood {likelihood}, impact {impact}
          </span>
          )
        </span>
      ) : null}
    </span>
  );
}

const TREND_TONE: Record<RiskTrend, string> = { RISING: "text-red-900", STEADY: "text-slate-800", FALLING: "text-green-900" };

export function TrendLabel({ trend, from }: { trend: RiskTrend; from?: { score: number; when: string } | null }) {
  return (
    <span className={`inline-flex items-baseline gap-1 text-sm font-medium whitespace-nowrap ${TREND_TONE[trend]}`} data-trend={trend}>
      <span aria-hidden="true">{TREND_ARROWS[trend]}</span>
      {TREND_LABELS[trend]}
      {from && trend !== "STEADY" ? <span className="text-xs font-normal text-slate-700">from {from.score}</span> : null}
    </span>
  );
}
