// The risk register's rules: scores and bands on the NPSA 5×5 matrix, where a
// risk sits on the heat map, its trend from its history, when its review is
// due, and which risks a board sees first. Pure: no I/O, `today` passed in.
import { addMonths } from "date-fns";
import { UTCDate } from "@date-fns/utc";
import type { Frequency } from "@/lib/generated/prisma/enums";
import { daysBetween } from "@/lib/dates/format";

export const SCALE = [1, 2, 3, 4, 5] as const;

/** NPSA, "A risk matrix for risk managers" (2008): likelihood 1–5. */
export const LIKELIHOOD_LABELS: Record<number, string> = { 1: "Rare", 2: "Unlikely", 3: "Possible", 4: "Likely", 5: "Almost certain" };
/** …and consequence (impact) 1–5. */
export const IMPACT_LABELS: Record<number, string> = { 1: "Insignificant", 2: "Minor", 3: "Moderate", 4: "Major", 5: "Catastrophic" };

export type RiskBand = "LOW" | "MODERATE" | "HIGH" | "EXTREME";

export type BandDefinition = { band: RiskBand; min: number; max: number; label: string; letter: string };

/**
 * The commonly used NHS bands. A 5×5 product takes only 14 values (7, 11, 13
 * and 14 are impossible), so these four ranges cover every score. Each band
 * has a label and a letter as well as a colour, so it reads in greyscale.
 */
export const DEFAULT_BANDS: readonly BandDefinition[] = [
  { band: "LOW", min: 1, max: 3, label: "Low", letter: "L" },
  { band: "MODERATE", min: 4, max: 6, label: "Moderate", letter: "M" },
  { band: "HIGH", min: 8, max: 12, label: "High", letter: "H" },
  { band: "EXTREME", min: 15, max: 25, label: "Extreme", letter: "E" },
];

export const RISK_BANDS: readonly RiskBand[] = ["LOW", "MODERATE", "HIGH", "EXTREME"];

export function bandDefinition(band: RiskBand, bands: readonly BandDefinition[] = DEFAULT_BANDS): BandDefinition {
  return bands.find((b) => b.band === band)!;
}

export function bandLabel(band: RiskBand): string {
  return bandDefinition(band).label;
}

export function isRating(value: number): boolean {
  return Number.isInteger(value) && value >= 1 && value <= 5;
}

export function riskScore(likelihood: number, impact: number): number {
  if (!isRating(likelihood) || !isRating(impact)) throw new RangeError(`Likelihood and impact run from 1 to 5, not ${likelihood} × ${impact}`);
  return likelihood * impact;
}

export function bandOf(score: number, bands: readonly BandDefinition[] = DEFAULT_BANDS): BandDefinition {
  const found = bands.find((b) => score >= b.min && score <= b.max) ?? [...bands].reverse().find((b) => score >= b.min);
  if (!found) throw new RangeError(`No band covers the score ${score}`);
  return found;
}

export type Rating = { likelihood: number; impact: number };
export type Scored = Rating & { score: number; band: BandDefinition };

export function scored(rating: Rating, bands: readonly BandDefinition[] = DEFAULT_BANDS): Scored {
  const score = riskScore(rating.likelihood, rating.impact);
  return { ...rating, score, band: bandOf(score, bands) };
}

/** "Likely (4) × Major (4) = 16, Extreme": how a score reads aloud. */
export function describeRating(rating: Rating): string {
  const s = scored(rating);
  return `${LIKELIHOOD_LABELS[rating.likelihood]} (${rating.likelihood}) × ${IMPACT_LABELS[rating.impact]} (${rating.impact}) = ${s.score}, ${s.band.label}`;
}

// ---------------------------------------------------------------------------
// Heat map

export type HeatBasis = "current" | "inherent" | "target";
export const HEAT_BASES: readonly HeatBasis[] = ["current", "inherent", "target"];
export const HEAT_BASIS_LABELS: Record<HeatBasis, string> = { current: "Current (with controls)", inherent: "Inherent (before controls)", target: "Target (after mitigations)" };

export type HeatCell = { likelihood: number; impact: number; score: number; band: BandDefinition; count: number };
/**
 * The 5×5 grid as a board reads it: likelihood 5 on the top row down to 1,
 * impact 1 to 5 from left to right, each cell with the number of risks rated there.
 */
export function heatMap(ratings: readonly Rating[], bands: readonly BandDefinition[] = DEFAULT_BANDS): HeatCell[][] {
  const counts = new Map<string, number>();
  for (const r of ratings) {
    riskScore(r.likelihood, r.impact);
    const key = `${r.likelihood}:${r.impact}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return [...SCALE].reverse().map((likelihood) =>
    SCALE.map((impact) => {
      const score = likelihood * impact;
      return { likelihood, impact, score, band: bandOf(score, bands), count: counts.get(`${likelihood}:${impact}`) ?? 0 };
    }),
  );
}

/** The grid as counts only (rows likelihood 5 → 1, columns impact 1 → 5): what a page needs to draw it. */
export function heatCounts(grid: readonly HeatCell[][]): number[][] {
  return grid.map((row) => row.map((cell) => cell.count));
}

// ---------------------------------------------------------------------------
// Trend

export type RiskTrend = "RISING" | "STEADY" | "FALLING";

export const TREND_LABELS: Record<RiskTrend, string> = { RISING: "Rising", STEADY: "Steady", FALLING: "Falling" };
/** Arrows beside the words, never instead of them. */
export const TREND_ARROWS: Record<RiskTrend, string> = { RISING: "▲", STEADY: "▶", FALLING: "▼" };

/** A board compares this quarter with the last: the trend looks back about three months. */
export const TREND_WINDOW_DAYS = 91;

export type ScoreAt = { at: Date; currentLikelihood: number; currentImpact: number };

export type TrendResult = { trend: RiskTrend; score: number; from: { score: number; at: Date } | null };

/**
 * Rising, steady or falling: the current score against the score the risk had
 * `windowDays` ago (the last entry of its history on or before then), or
 * against its first recorded score when it is younger than that. Entries
 * dated after today are not yet history.
 */
export function riskTrend(history: readonly ScoreAt[], today: Date, windowDays = TREND_WINDOW_DAYS): TrendResult {
  const past = history.filter((h) => daysBetween(h.at, today) >= 0).sort((a, b) => a.at.getTime() - b.at.getTime());
  const last = past.at(-1);
  if (!last) return { trend: "STEADY", score: 0, from: null };
  const score = riskScore(last.currentLikelihood, last.currentImpact);
  const baseline = [...past].reverse().find((h) => daysBetween(h.at, today) >= windowDays) ?? past[0]!;
  if (baseline === last) return { trend: "STEADY", score, from: null };
  const before = riskScore(baseline.currentLikelihood, baseline.currentImpact);
  return { trend: score > before ? "RISING" : score < before ? "FALLING" : "STEADY", score, from: { score: before, at: baseline.at } };
}

// ---------------------------------------------------------------------------
// Reviews

export const FREQUENCY_MONTHS: Record<Frequency, number> = { MONTHLY: 1, BIMONTHLY: 2, QUARTERLY: 3, SIX_MONTHLY: 6, ANNUALLY: 12 };
export const FREQUENCY_LABELS: Record<Frequency, string> = {
  MONTHLY: "Monthly",
  BIMONTHLY: "Every two months",
  QUARTERLY: "Quarterly",
  SIX_MONTHLY: "Six-monthly",
  ANNUALLY: "Annually",
};

/** The next review after one held on `from`, at the risk's cadence. */
export function nextReviewAfter(from: Date, frequency: Frequency): Date {
  const next = addMonths(new UTCDate(from), FREQUENCY_MONTHS[frequency]);
  return new Date(Date.UTC(next.getUTCFullYear(), next.getUTCMonth(), next.getUTCDate()));
}

/**
 * A cadence to start from, by how serious the risk is (East Devon reviews its
 * highest risks monthly, lower ones quarterly or less often). The lead can
 * choose another; Derbyshire's plan reviews its whole register monthly.
 */
export function suggestedFrequency(score: number): Frequency {
  const band = bandOf(score).band;
  return band === "EXTREME" || band === "HIGH" ? "MONTHLY" : band === "MODERATE" ? "QUARTERLY" : "SIX_MONTHLY";
}

export type ReviewState = "OVERDUE" | "DUE_TODAY" | "SCHEDULED" | "CLOSED";

export type ReviewStatus = { state: ReviewState; due: boolean; days: number; text: string };

/** Whether an open risk is due its review: its next review date is today or has passed. */
export function reviewStatus(risk: { state: "OPEN" | "CLOSED"; nextReviewDate: Date }, today: Date): ReviewStatus {
  if (risk.state === "CLOSED") return { state: "CLOSED", due: false, days: 0, text: "Closed: no further reviews" };
  const days = daysBetween(today, risk.nextReviewDate);
  if (days < 0) return { state: "OVERDUE", due: true, days, text: `Review overdue by ${-days} ${-days === 1 ? "day" : "days"}` };
  if (days === 0) return { state: "DUE_TODAY", due: true, days, text: "Review due today" };
  return { state: "SCHEDULED", due: false, days, text: `Next review in ${days} ${days === 1 ? "day" : "days"}` };
}

// ---------------------------------------------------------------------------
// Owners and mitigations

/** The owner as the register names them: the member, or the role for someone without a login. */
export function ownerName(row: { owner: { user: { name: string } } | null; ownerRole: string | null }): string {
  return row.owner?.user.name ?? row.ownerRole ?? "No owner";
}

export type MitigationView = "COMPLETE" | "OVERDUE" | "OPEN";

export function mitigationView(m: { state: "PLANNED" | "IN_PROGRESS" | "COMPLETE"; dueDate: Date }, today: Date): MitigationView {
  if (m.state === "COMPLETE") return "COMPLETE";
  return daysBetween(m.dueDate, today) > 0 ? "OVERDUE" : "OPEN";
}

// ---------------------------------------------------------------------------
// What a board sees first

export type Rankable = { code: string; escalatedToBoard: boolean; currentScore: number; trend: RiskTrend };

/** Escalated to the board first, then the highest current score, rising before steady before falling. */
export function compareForBoard(a: Rankable, b: Rankable): number {
  const trendOrder: Record<RiskTrend, number> = { RISING: 0, STEADY: 1, FALLING: 2 };
  return (
    Number(b.escalatedToBoard) - Number(a.escalatedToBoard) ||
    b.currentScore - a.currentScore ||
    trendOrder[a.trend] - trendOrder[b.trend] ||
    a.code.localeCompare(b.code, "en-GB", { numeric: true })
  );
}
