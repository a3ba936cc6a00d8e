// The 5×5 heat map, built as a table: likelihood rows (5 at the top), impact
// columns, the number of risks in each cell as a link to the register
// filtered to that cell. A screen reader reads each cell with its row and
// column headers; each cell shows its band's letter and score beside its
// colour (styles in app/globals.css). On a phone (below `sm`) the cells are
// smaller and the scale's words are for screen readers only, so the map fits
// a 320 px screen; it is a data table all the same, in its own scroll region.
// Its one hook (useId) works in the dashboard's client view and in server pages.
import Link from "next/link";
import { useId } from "react";
import { ScrollRegion } from "@/components/ui/scroll-region";
import { bandOf, DEFAULT_BANDS, IMPACT_LABELS, LIKELIHOOD_LABELS, SCALE } from "@/lib/risks/compute";

const ROWS = [...SCALE].reverse();

export function HeatMap({
  counts,
  caption,
  hrefFor,
  active,
  compact = false,
}: {
  /** Risks per cell: rows from likelihood 5 down to 1, each impact 1 to 5 (lib/risks/compute.ts heatCounts). */
  counts: readonly (readonly number[])[];
  caption: string;
  /** Where each cell links (the register filtered to it); without it the cells are plain, as in a frozen board pack. */
  hrefFor?: (likelihood: number, impact: number) => string;
  /** The cell the register is filtered to, if any. */
  active?: { likelihood: number; impact: number };
  compact?: boolean;
}) {
  const size = compact ? "h-10 min-w-9 sm:h-12 sm:min-w-12" : "h-10 min-w-9 sm:h-16 sm:min-w-16";
  const scaleWords = compact ? "sr-only" : "sr-only sm:not-sr-only";
  const captionId = useId();
  return (
    <div>
      <ScrollRegion labelledBy={captionId}>
        <table className="border-separate border-spacing-0.5 sm:border-spacing-1" data-testid="heat-map">
          <caption id={captionId} className="mb-1 text-left text-sm font-medium text-slate-800">
            {caption}
          </caption>
          <thead>
            <tr>
              <th scope="col" className="px-0 text-left align-bottom text-[11px] font-medium text-slate-800 sm:px-1 sm:text-xs">
                Likelihood <span aria-hidden="true">↓</span>
                <span className="sr-only">, by impact</span>
                <span aria-hidden="true" className="block">
                  Impact →
                </span>
              </th>
              {SCALE.map((impact) => (
                <th key={impact} scope="col" className="px-1 text-center align-bottom text-xs font-medium text-slate-800">
                  <span className="block text-sm font-semibold">{impact}</span>
                  <span className={compact ? "sr-only" : `${scaleWords} sm:block`}>{IMPACT_LABELS[impact]}</span>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {ROWS.map((likelihood, r) => (
              <tr key={likelihood}>
                <th scope="row" className="pr-2 text-right text-xs font-medium whitespace-nowrap text-slate-800">
                  <span className="text-sm font-semibold">{likelihood}</span> <span className={scaleWords}>{LIKELIHOOD_LABELS[likelihood]}</span>
                </th>
                {SCALE.map((impact, c) => {
                  const count = counts[r]?.[c] ?? 0;
                  const score = likelihood * impact;
                  const band = bandOf(score);
                  const content = (
                    <>
                      <span className={count ? "text-xl font-bold" : "text-sm"}>{count}</span>
                      <span className="sr-only">
                        {count === 1 ? " risk" : " risks"}, score {score}, {band.label}
                      </span>
                      <span className="mt-0.5 text-[11px] font-semibold" aria-hidden="true">
                        {band.letter} {score}
                      </span>
                    </>
                  );
                  return (
                    <td key={impact} className="p-0">
                      {hrefFor ? (
                        <Link
                          prefetch={false}
                          href={hrefFor(likelihood, impact)}
                          aria-current={active?.likelihood === likelihood && active?.impact === impact ? "true" : undefined}
                          data-cell={`${likelihood}-${impact}`}
                          data-count={count}
                          className={`heat-cell band-${band.band} ${size}`}
                        >
                          {content}
                        </Link>
                      ) : (
                        <span data-cell={`${likelihood}-${impact}`} data-count={count} className={`heat-cell band-${band.band} ${size}`}>
                          {content}
                        </span>
                      )}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
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
          <span aria-hidden="true" className={`heat-cell band-${b.band} h-5 w-5 text-[11px] font-bold`}>
            {b.letter}
          </span>
          {b.label} {b.min}–{b.max}
        </li>
      ))}
    </ul>
  );
}
