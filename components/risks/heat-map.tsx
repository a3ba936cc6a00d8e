// The 5×5 heat map, built as a table: likelihood rows (5 at the top), impact
// columns, the number of risks in each cell as a link to the register
// filtered to that cell. A screen reader reads each cell with its row and
// column headers; each cell shows its band's letter beside its colour.
// No hooks, so the dashboard's client view and server pages can both use it.
import Link from "next/link";
import { DEFAULT_BANDS, IMPACT_LABELS, LIKELIHOOD_LABELS, type HeatMapCell } from "@/lib/risks/compute";
import { HEAT_FILL } from "./risk-score";

export function HeatMap({
  cells,
  caption,
  hrefFor,
  active,
  compact = false,
}: {
  /** Rows from likelihood 5 down to 1, each impact 1 to 5 (lib/risks/compute.ts heatMap). */
  cells: HeatMapCell[][];
  caption: string;
  hrefFor: (likelihood: number, impact: number) => string;
  /** The cell the register is filtered to, if any. */
  active?: { likelihood: number; impact: number };
  compact?: boolean;
}) {
  const size = compact ? "h-12 min-w-12" : "h-16 min-w-16";
  return (
    <div>
      <table className="border-separate border-spacing-1" data-testid="heat-map">
        <caption className="mb-1 text-left text-sm font-medium text-slate-800">{caption}</caption>
        <thead>
          <tr>
            <th scope="col" className="px-1 text-left align-bottom text-xs font-medium text-slate-800">
              Likelihood <span aria-hidden="true">↓</span>
              <span className="sr-only">, by impact</span>
              <span aria-hidden="true" className="block">
                Impact →
              </span>
            </th>
            {[1, 2, 3, 4, 5].map((impact) => (
              <th key={impact} scope="col" className="px-1 text-center align-bottom text-xs font-medium text-slate-800">
                <span className="block text-sm font-semibold">{impact}</span>
                <span className={compact ? "sr-only" : "block"}>{IMPACT_LABELS[impact]}</span>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {cells.map((row) => (
            <tr key={row[0]!.likelihood}>
              <th scope="row" className="pr-2 text-right text-xs font-medium whitespace-nowrap text-slate-800">
                <span className="text-sm font-semibold">{row[0]!.likelihood}</span> <span className={compact ? "sr-only" : ""}>{LIKELIHOOD_LABELS[row[0]!.likelihood]}</span>
              </th>
              {row.map((cell) => {
                const current = active?.likelihood === cell.likelihood && active?.impact === cell.impact;
                const band = DEFAULT_BANDS.find((b) => b.band === cell.band)!;
                return (
                  <td key={cell.impact} className="p-0">
                    <Link
                      prefetch={false}
                      href={hrefFor(cell.likelihood, cell.impact)}
                      aria-current={current ? "true" : undefined}
                      data-testid="heat-cell"
                      data-likelihood={cell.likelihood}
                      data-impact={cell.impact}
                      data-count={cell.count}
                      className={`relative flex ${size} flex-col items-center justify-center rounded border-2 ${current ? "border-blue-800 outline-2 outline-offset-1 outline-blue-800" : "border-slate-600"} ${HEAT_FILL[cell.band]} hover:outline-2 hover:outline-blue-800 focus-visible:outline-4 focus-visible:outline-blue-800`}
                    >
                      <span className={`${cell.count ? "text-xl font-bold" : "text-sm font-normal"} leading-none`}>{cell.count}</span>
                      <span className="sr-only">{cell.count === 1 ? " risk" : " risks"}, score {cell.score}, </span>
                      <span className="mt-0.5 text-[11px] leading-none font-semibold" aria-hidden="true">
                        {band.letter} {cell.score}
                      </span>
                      <span className="sr-only">{band.label}</span>
                    </Link>
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
      <HeatMapKey />
    </div>
  );
}

/** What the colours and letters mean, with each band's range of scores. */
export function HeatMapKey() {
  return (
    <ul aria-label="Risk bands" className="mt-2 flex flex-wrap gap-x-4 gap-y-1 text-xs text-slate-800">
      {DEFAULT_BANDS.map((b) => (
        <li key={b.band} className="inline-flex items-center gap-1.5">
          <span aria-hidden="true" className={`inline-flex h-5 w-5 items-center justify-center rounded border-2 border-slate-600 text-[11px] font-bold ${HEAT_FILL[b.band]}`}>
            {b.letter}
          </span>
          {b.label} {b.min}–{b.max}
        </li>
      ))}
    </ul>
  );
}
