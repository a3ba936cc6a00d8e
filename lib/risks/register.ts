// The register as one page (and one export) draws it: each risk's row with
// its scores banded, trend and review status computed once; the ones the
// filters keep in the board's order; the heat map of the filtered set. Pure.
import type { Frequency } from "@/lib/generated/prisma/enums";
import {
  compareForBoard,
  DEFAULT_BANDS,
  heatMap,
  mitigationView,
  ownerName,
  reviewStatus,
  riskTrend,
  scored,
  type HeatBasis,
  type ReviewStatus,
  type Scored,
  type ScoreAt,
  type TrendResult,
} from "./compute";
import { matchesRiskFilters, type FilterableRisk, type RiskFilters } from "./filters";
import type { RiskListItem } from "./queries";
import type { Scores } from "./rules";

type Row = Scores & {
  id: string;
  code: string;
  title: string;
  state: "OPEN" | "CLOSED";
  escalatedToBoard: boolean;
  ownerRole: string | null;
  owner: { user: { name: string } } | null;
  reviewFrequency: Frequency;
  nextReviewDate: Date;
  areas: { priorityArea: { code: string } }[];
  mitigations: { state: "PLANNED" | "IN_PROGRESS" | "COMPLETE"; dueDate: Date }[];
  reviews: ScoreAt[];
};

export type RiskView = FilterableRisk & {
  id: string;
  code: string;
  title: string;
  inherent: Scored;
  current: Scored;
  target: Scored;
  trend: TrendResult;
  review: ReviewStatus;
  reviewFrequency: Frequency;
  nextReviewDate: Date;
  mitigations: { open: number; overdue: number; complete: number };
};

export function riskView(row: Row, today: Date): RiskView {
  const inherent = scored({ likelihood: row.inherentLikelihood, impact: row.inherentImpact });
  const current = scored({ likelihood: row.currentLikelihood, impact: row.currentImpact });
  const target = scored({ likelihood: row.targetLikelihood, impact: row.targetImpact });
  const review = reviewStatus(row, today);
  const views = row.mitigations.map((m) => mitigationView(m, today));
  const ratings = Object.fromEntries(
    (
      [
        ["current", current],
        ["inherent", inherent],
        ["target", target],
      ] as const
    ).map(([basis, s]) => [basis, { likelihood: s.likelihood, impact: s.impact, band: s.band.band }]),
  ) as Record<HeatBasis, FilterableRisk["ratings"][HeatBasis]>;
  return {
    id: row.id,
    code: row.code,
    title: row.title,
    state: row.state,
    escalatedToBoard: row.escalatedToBoard,
    ownerName: ownerName(row),
    areaCodes: row.areas.map((a) => a.priorityArea.code),
    inherent,
    current,
    target,
    ratings,
    trend: riskTrend(row.reviews, today),
    review,
    reviewDue: review.due,
    reviewFrequency: row.reviewFrequency,
    nextReviewDate: row.nextReviewDate,
    mitigations: {
      open: views.filter((v) => v !== "COMPLETE").length,
      overdue: views.filter((v) => v === "OVERDUE").length,
      complete: views.filter((v) => v === "COMPLETE").length,
    },
  };
}

export type DrawnRegister = {
  all: RiskView[];
  shown: RiskView[];
  /** The heat map of what every filter but the cell keeps, on the chosen basis. */
  heat: ReturnType<typeof heatMap>;
  owners: string[];
  illustrative: number;
};

export const byBoardOrder = (a: RiskView, b: RiskView) =>
  Number(a.state === "CLOSED") - Number(b.state === "CLOSED") ||
  compareForBoard({ ...a, currentScore: a.current.score, trend: a.trend.trend }, { ...b, currentScore: b.current.score, trend: b.trend.trend });

export function drawRegister(rows: readonly RiskListItem[], filters: RiskFilters, today: Date): DrawnRegister {
  const views = rows.map((row) => ({ row, view: riskView(row, today) }));
  const all = views.map((v) => v.view).sort(byBoardOrder);
  const mapped = all.filter((v) => matchesRiskFilters(v, filters, { ignoreCell: true }));
  const shown = mapped.filter((v) => matchesRiskFilters(v, filters));
  const basis: HeatBasis = filters.basis;
  return {
    all,
    shown,
    heat: heatMap(mapped.map((v) => v[basis])),
    owners: [...new Set(all.map((v) => v.ownerName))].sort((a, b) => a.localeCompare(b, "en-GB")),
    illustrative: rows.filter((r) => r.provenance?.startsWith("Illustrative")).length,
  };
}

/** The register's totals at a glance: open risks, how many are escalated or due a review, and how many sit in each band now (highest first). */
export function registerTotals(all: readonly RiskView[]) {
  const open = all.filter((r) => r.state === "OPEN");
  return {
    open: open.length,
    escalated: open.filter((r) => r.escalatedToBoard).length,
    due: open.filter((r) => r.review.due).length,
    bands: [...DEFAULT_BANDS].reverse().map((band) => ({ ...band, count: open.filter((r) => r.current.band.band === band.band).length })),
  };
}
