// The register as one page (and one export) draws it: every risk's view, the
// ones the filters keep in the board's order, and the heat map of the
// filtered set. Pure.
import { compareForBoard, heatMap, type HeatBasis } from "./compute";
import { matchesRiskFilters, type RiskFilters } from "./filters";
import type { RiskListItem } from "./queries";
import { riskView, type RiskView } from "./view";

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
