// The dashboard's risk panel as plain, serialisable data: the risks a board
// must see first, the heat map of current scores and the counts it drills
// into. Built with the register's own rules (lib/risks/compute.ts). Pure.
import { compareForBoard, heatCounts, heatMap, reviewStatus, riskTrend, scored, type RiskBand, type RiskTrend } from "@/lib/risks/compute";
import type { BoardRiskRow } from "@/lib/risks/queries";
import { ownerName } from "@/lib/risks/compute";

/** Top risks on the dashboard; the register has the rest. */
export const TOP_RISKS = 6;

export type DashboardRisk = {
  id: string;
  code: string;
  title: string;
  areaCodes: string[];
  owner: string;
  escalated: boolean;
  likelihood: number;
  impact: number;
  score: number;
  targetScore: number;
  trend: RiskTrend;
  trendFrom: number | null;
  review: string;
  reviewDue: boolean;
};

export type DashboardRisks = {
  open: number;
  escalated: number;
  reviewDue: number;
  bands: Record<RiskBand, number>;
  /** Risks per heat map cell, rows likelihood 5 → 1, columns impact 1 → 5. */
  heat: number[][];
  top: DashboardRisk[];
  illustrative: boolean;
};

export function boardRisks(rows: readonly BoardRiskRow[], today: Date): DashboardRisks {
  const risks: DashboardRisk[] = rows.map((row) => {
    const current = scored({ likelihood: row.currentLikelihood, impact: row.currentImpact });
    const trend = riskTrend(row.reviews, today);
    const review = reviewStatus({ state: "OPEN", nextReviewDate: row.nextReviewDate }, today);
    return {
      id: row.id,
      code: row.code,
      title: row.title,
      areaCodes: row.areas.map((a) => a.priorityArea.code),
      owner: ownerName(row),
      escalated: row.escalatedToBoard,
      likelihood: current.likelihood,
      impact: current.impact,
      score: current.score,
      targetScore: row.targetLikelihood * row.targetImpact,
      trend: trend.trend,
      trendFrom: trend.from?.score ?? null,
      review: review.text,
      reviewDue: review.due,
    };
  });
  risks.sort((a, b) => compareForBoard({ ...a, escalatedToBoard: a.escalated, currentScore: a.score }, { ...b, escalatedToBoard: b.escalated, currentScore: b.score }));
  const bands: Record<RiskBand, number> = { LOW: 0, MODERATE: 0, HIGH: 0, EXTREME: 0 };
  for (const r of risks) bands[scored(r).band.band]++;
  return {
    open: risks.length,
    escalated: risks.filter((r) => r.escalated).length,
    reviewDue: risks.filter((r) => r.reviewDue).length,
    bands,
    heat: heatCounts(heatMap(risks)),
    top: risks.slice(0, TOP_RISKS),
    illustrative: rows.some((r) => r.provenance?.startsWith("Illustrative")),
  };
}
