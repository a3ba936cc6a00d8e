// A KPI's chart in a stocktake pack: its values as frozen in the pack (solid)
// against the expected trajectory from baseline to target (dashed). Plain
// SVG drawn on the server, so the read view and the PDF draw the same; the
// table beside it carries the same numbers in words.
import { Code } from "@/components/reports/report-parts";
import { formatKpiValue } from "@/lib/kpis/compute";
import { DAY_MS, formatUkMonth, parseIsoDate } from "@/lib/dates/format";
import type { PackKpi } from "@/lib/stocktakes/snapshot";

const W = 320;
const H = 128;
const PAD = { left: 52, right: 10, top: 10, bottom: 22 };

export function PackKpiChart({ kpi }: { kpi: PackKpi }) {
  const values = kpi.series.map((v) => ({ t: parseIsoDate(v.period).getTime(), value: v.value }));
  const expected = kpi.trajectory.map((p) => ({ t: parseIsoDate(p.date).getTime(), value: p.value }));
  if (values.length === 0) return <p className="text-sm text-slate-700 italic">No values recorded yet, so there is nothing to chart.</p>;
  const all = [...values, ...expected];
  let [t0, t1] = [Math.min(...all.map((p) => p.t)), Math.max(...all.map((p) => p.t))];
  if (t0 === t1) [t0, t1] = [t0 - 15 * DAY_MS, t1 + 15 * DAY_MS];
  let [v0, v1] = [Math.min(...all.map((p) => p.value)), Math.max(...all.map((p) => p.value))];
  const span = v1 - v0 || Math.abs(v1) || 1;
  [v0, v1] = [v0 - span * 0.1, v1 + span * 0.1];
  const x = (t: number) => PAD.left + ((t - t0) / (t1 - t0)) * (W - PAD.left - PAD.right);
  const y = (v: number) => PAD.top + (1 - (v - v0) / (v1 - v0)) * (H - PAD.top - PAD.bottom);
  const line = (points: { t: number; value: number }[]) => points.map((p) => `${x(p.t).toFixed(1)},${y(p.value).toFixed(1)}`).join(" ");
  const latest = values.at(-1)!;
  const target = expected.at(-1);
  const fmt = (v: number) => formatKpiValue(v, kpi.unit);
  const description = [
    `${kpi.code} ${kpi.name}: ${values.length} ${values.length === 1 ? "value" : "values"} from ${formatUkMonth(new Date(values[0]!.t))} to ${formatUkMonth(new Date(latest.t))}, latest ${fmt(latest.value)}`,
    kpi.expected ? `expected ${kpi.expected.text} then` : null,
    kpi.target ? `target ${kpi.target}` : null,
  ]
    .filter(Boolean)
    .join("; ");
  return (
    <figure className="pack-chart">
      <figcaption className="text-sm font-medium">
        <Code>{kpi.code}</Code> {kpi.name}
      </figcaption>
      <svg width={W} height={H} viewBox={`0 0 ${W} ${H}`} role="img" aria-label={description} className="max-w-full">
        <line x1={PAD.left} y1={H - PAD.bottom} x2={W - PAD.right} y2={H - PAD.bottom} stroke="#94a3b8" strokeWidth="1" />
        <line x1={PAD.left} y1={PAD.top} x2={PAD.left} y2={H - PAD.bottom} stroke="#94a3b8" strokeWidth="1" />
        <text x={PAD.left - 4} y={y(v1 - (v1 - v0) * 0.05) + 3} textAnchor="end" fontSize="9" fill="#334155">
          {fmt(v1 - (v1 - v0) * 0.05)}
        </text>
        <text x={PAD.left - 4} y={y(v0 + (v1 - v0) * 0.05) + 3} textAnchor="end" fontSize="9" fill="#334155">
          {fmt(v0 + (v1 - v0) * 0.05)}
        </text>
        <text x={PAD.left} y={H - 6} fontSize="9" fill="#334155">
          {formatUkMonth(new Date(t0))}
        </text>
        <text x={W - PAD.right} y={H - 6} textAnchor="end" fontSize="9" fill="#334155">
          {formatUkMonth(new Date(t1))}
        </text>
        {expected.length > 1 ? <polyline points={line(expected)} fill="none" stroke="#64748b" strokeWidth="1.5" strokeDasharray="4 3" /> : null}
        {target ? <path d={`M ${x(target.t)} ${y(target.value) - 5} l 5 5 l -5 5 l -5 -5 z`} fill="none" stroke="#334155" strokeWidth="1.25" /> : null}
        {values.length > 1 ? <polyline points={line(values)} fill="none" stroke="#1e3a8a" strokeWidth="2" strokeLinejoin="round" /> : null}
        <circle cx={x(latest.t)} cy={y(latest.value)} r="3" fill="#1e3a8a" />
      </svg>
    </figure>
  );
}

/** What the lines of the charts below it mean: said once for an area's charts, not under each. */
export function ChartKey() {
  return (
    <p className="text-xs text-slate-700">
      In the charts: <span aria-hidden="true">━ </span>values · <span aria-hidden="true">╌ </span>expected trajectory · <span aria-hidden="true">◇ </span>target
    </p>
  );
}
