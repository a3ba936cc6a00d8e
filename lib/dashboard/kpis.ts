// The dashboard's KPI tiles as plain, serialisable data: each KPI's latest
// value, target, status and trend, worst first, and the counts by status the
// KPI list's filters use. Built with the KPIs' own rules. Pure.
import type { Status } from "@/lib/generated/prisma/enums";
import { formatUkDate, formatUkMonth } from "@/lib/dates/format";
import { formatKpiValue, type KpiAssessment } from "@/lib/kpis/compute";
import type { KpiListItem } from "@/lib/kpis/queries";

/** KPI tiles on the dashboard: the ones that most need the board's attention; the rest are counted and one click away. */
export const KPI_TILE_LIMIT = 12;

export type KpiCounts = Record<Status | "NO_DATA", number>;

export type KpiTile = {
  id: string;
  code: string;
  name: string;
  areaCodes: string[];
  latest: string | null;
  latestPeriod: string | null;
  target: string | null;
  status: Status;
  noData: boolean;
  lastReported: Status | null;
  spark: number[];
  sparkLabel: string;
};

/** Worst first, so the tiles a board must see lead. */
const TILE_ORDER: Record<Status, number> = { OFF_TRACK: 0, AT_RISK: 1, NOT_DUE: 2, ON_TRACK: 3, COMPLETE: 4 };

/** Every KPI's tile, worst first (the dashboard shows the first KPI_TILE_LIMIT). */
export function kpiTiles(kpis: readonly KpiListItem[], assessments: ReadonlyMap<string, KpiAssessment>): KpiTile[] {
  const tiles = kpis.map((kpi): KpiTile => {
    const a = assessments.get(kpi.id)!;
    return {
      id: kpi.id,
      code: kpi.code,
      name: kpi.name,
      areaCodes: kpi.areas.map((x) => x.priorityArea.code),
      latest: a.latest ? formatKpiValue(a.latest.value, kpi.unit) : null,
      latestPeriod: a.latest ? formatUkMonth(a.latest.period) : null,
      target: kpi.targetValue !== null ? `${formatKpiValue(kpi.targetValue, kpi.unit)} by ${formatUkDate(kpi.targetDate)}` : null,
      status: a.status,
      noData: a.noData,
      lastReported: a.lastReported,
      spark: kpi.values.slice(-24).map((v) => v.value),
      sparkLabel: `Trend of ${kpi.name}: ${kpi.values
        .slice(-6)
        .map((v) => `${formatKpiValue(v.value, kpi.unit)} (${formatUkMonth(v.period)})`)
        .join(", ")}`,
    };
  });
  return tiles.sort((a, b) => TILE_ORDER[a.status] - TILE_ORDER[b.status] || Number(a.noData) - Number(b.noData) || a.code.localeCompare(b.code));
}

/** KPIs by status, "No data" apart, as the KPI list's filters count them. */
export function kpiCounts(tiles: readonly KpiTile[]): KpiCounts {
  const counts: KpiCounts = { COMPLETE: 0, ON_TRACK: 0, AT_RISK: 0, OFF_TRACK: 0, NOT_DUE: 0, NO_DATA: 0 };
  for (const tile of tiles) counts[tile.noData ? "NO_DATA" : tile.status]++;
  return counts;
}
