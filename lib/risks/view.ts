// Risk rows as the register, the heat map, the dashboard and the export show
// them: scores banded, trend and review status computed once. Pure.
import type { Frequency } from "@/lib/generated/prisma/enums";
import { mitigationView, reviewStatus, riskTrend, scored, type HeatBasis, type ReviewStatus, type Scored, type ScoreAt, type TrendResult } from "./compute";
import type { FilterableRisk } from "./filters";

type Row = {
  id: string;
  code: string;
  title: string;
  state: "OPEN" | "CLOSED";
  escalatedToBoard: boolean;
  ownerRole: string | null;
  owner: { user: { name: string } } | null;
  inherentLikelihood: number;
  inherentImpact: number;
  currentLikelihood: number;
  currentImpact: number;
  targetLikelihood: number;
  targetImpact: number;
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

/** The owner as the register names them: the member, or the role for someone without a login. */
export function ownerName(row: { owner: { user: { name: string } } | null; ownerRole: string | null }): string {
  return row.owner?.user.name ?? row.ownerRole ?? "No owner";
}

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
