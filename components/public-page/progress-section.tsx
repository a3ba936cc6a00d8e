import type { PublicPage } from "@/lib/public-page/view";
import { WORDS } from "@/lib/public-page/words";
import { SectionHeading } from "./plan-sections";
import { PublicKpiChart } from "./public-kpi-chart";

/** Progress so far: each public KPI as a sentence, a chart and a table of the same numbers (the chart needs JavaScript; the table does not). */
export function ProgressSection({ id, figures }: { id: string; figures: PublicPage["figures"] }) {
  return (
    <section aria-labelledby={id}>
      <SectionHeading id={id} heading={WORDS.progress.heading} intro={WORDS.progress.intro} />
      {figures.length === 0 && <p className="mt-4">{WORDS.progress.none}</p>}
      {figures.map((kpi) => (
        <article key={kpi.code} id={kpi.anchor} aria-labelledby={`${kpi.anchor}-title`} className="mt-6 break-inside-avoid-page rounded border border-slate-300 p-4">
          <h3 id={`${kpi.anchor}-title`} className="text-xl font-bold">
            {kpi.name}
          </h3>
          <p className="mt-1 text-slate-700">{kpi.definition}</p>
          <p className="mt-3 font-semibold">{kpi.sentence}</p>
          <div className="mt-3 print:hidden">
            <PublicKpiChart rows={kpi.rows.map(({ t, value }) => ({ t, value }))} unitSuffix={kpi.unitSuffix} description={kpi.sentence} />
          </div>
          <table className="mt-3 w-full border-collapse text-left text-base">
            <caption className="text-left font-semibold">{WORDS.progress.table}</caption>
            <thead>
              <tr>
                <th scope="col" className="border-b border-slate-400 py-1 pr-4">
                  {WORDS.progress.month}
                </th>
                <th scope="col" className="border-b border-slate-400 py-1 text-right">
                  {WORDS.progress.value}
                </th>
              </tr>
            </thead>
            <tbody>
              {kpi.rows.map((row) => (
                <tr key={row.t}>
                  <td className="border-b border-slate-200 py-1 pr-4">{row.month}</td>
                  <td className="border-b border-slate-200 py-1 text-right tabular-nums">{row.text}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </article>
      ))}
    </section>
  );
}
