// A risk's score and band, and its trend: each shown with words and a letter
// or arrow as well as colour, so they read in greyscale and aloud.
import { bandDefinition, bandOf, TREND_ARROWS, TREND_LABELS, type RiskBand, type RiskTrend } from "@/lib/risks/compute";

/** Light fills with dark text (at least 4.5:1), the band's letter on a solid dot. */
const BADGE: Record<RiskBand, { badge: string; dot: string }> = {
  LOW: { badge: "border-green-700 bg-green-50 text-green-900", dot: "bg-green-700 text-white" },
  MODERATE: { badge: "border-yellow-600 bg-yellow-50 text-yellow-900", dot: "bg-yellow-300 text-slate-900" },
  HIGH: { badge: "border-orange-600 bg-orange-50 text-orange-950", dot: "bg-orange-400 text-slate-900" },
  EXTREME: { badge: "border-red-700 bg-red-50 text-red-900", dot: "bg-red-700 text-white" },
};

/**
 * Heat map fills, lightest to darkest from low to extreme so the order holds
 * in greyscale; text on each is at least 4.5:1 and every cell also carries
 * its band's letter.
 */
export const HEAT_FILL: Record<RiskBand, string> = {
  LOW: "bg-green-50 text-slate-900",
  MODERATE: "bg-yellow-300 text-slate-900",
  HIGH: "bg-orange-400 text-slate-950",
  EXTREME: "bg-red-700 text-white",
};

export function RiskScoreBadge({ score, prefix, likelihood, impact }: { score: number; prefix?: string; likelihood?: number; impact?: number }) {
  const band = bandOf(score);
  return (
    <span className={`inline-flex items-center gap-1.5 rounded-full border px-2 py-0.5 text-sm font-medium whitespace-nowrap ${BADGE[band.band].badge}`} data-band={band.band}>
      <span aria-hidden="true" className={`inline-flex h-4 w-4 items-center justify-center rounded-full text-[10px] font-bold ${BADGE[band.band].dot}`}>
        {band.letter}
      </span>
      {prefix ? <span className="sr-only">{prefix}: </span> : null}
      <span className="font-semibold">{score}</span>
      <span>{band.label}</span>
      {likelihood !== undefined && impact !== undefined ? (
        <span className="text-xs font-normal">
          ({likelihood}×{impact}
          <span className="sr-only">: likelihood {likelihood}, impact {impact}</span>)
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

export function bandLabel(band: RiskBand): string {
  return bandDefinition(band).label;
}
