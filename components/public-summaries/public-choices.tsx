import { setKpiPublicAction } from "@/lib/kpis/actions";
import { setFeedbackPublicAction } from "@/lib/public-summaries/actions";
import type { PublicPageScreen } from "@/lib/public-summaries/view";
import { PublicToggleForm } from "./public-toggle-form";

const yesNo = (on: boolean) => (on ? "On the public page" : "Not public");

/** The KPIs the public page may show as charts: the programme office chooses. */
export function PublicKpis({ slug, kpis }: { slug: string; kpis: PublicPageScreen["kpis"] }) {
  return (
    <section aria-labelledby="public-kpis-heading" className="rounded-lg border border-slate-200 bg-white p-5 shadow-sm">
      <h2 id="public-kpis-heading" className="text-lg font-semibold text-slate-900">
        KPIs on the public page
      </h2>
      <p className="mt-1 max-w-3xl text-slate-800">
        A public KPI is shown as a chart with a table of its figures and a sentence saying how it moved. The programme office chooses them.
      </p>
      {kpis.length ? (
        <ul className="mt-3 divide-y divide-slate-200">
          {kpis.map((kpi) => (
            <li key={kpi.id} className="flex flex-wrap items-center justify-between gap-3 py-2">
              <div>
                <p className="font-medium text-slate-900">
                  {kpi.code}: {kpi.name}
                </p>
                <p className="text-sm text-slate-700">
                  {yesNo(kpi.isPublic)}. {kpi.values === 0 ? "No figures yet, so no chart." : `${kpi.values} ${kpi.values === 1 ? "figure" : "figures"}.`}
                </p>
              </div>
              {kpi.canToggle ? <PublicToggleForm slug={slug} action={setKpiPublicAction} idName="kpiId" id={kpi.id} isPublic={kpi.isPublic} what={`KPI ${kpi.code}`} /> : null}
            </li>
          ))}
        </ul>
      ) : (
        <p className="mt-3 text-slate-700">The plan has no KPIs yet.</p>
      )}
    </section>
  );
}

/** "You said, we did": feedback from families, shown on the public page by whoever recorded it or the programme office. */
export function PublicFeedback({ slug, feedback }: { slug: string; feedback: PublicPageScreen["feedback"] }) {
  return (
    <section aria-labelledby="public-feedback-heading" className="rounded-lg border border-slate-200 bg-white p-5 shadow-sm">
      <h2 id="public-feedback-heading" className="text-lg font-semibold text-slate-900">
        “You said, we did” on the public page
      </h2>
      <p className="mt-1 max-w-3xl text-slate-800">
        Feedback from families recorded as evidence. Its title is shown as what families said, its text as what was done. Whoever recorded it, or the programme office, decides
        whether it is public.
      </p>
      {feedback.length ? (
        <ul className="mt-3 divide-y divide-slate-200">
          {feedback.map((item) => (
            <li key={item.id} className="flex flex-wrap items-center justify-between gap-3 py-2">
              <div className="max-w-3xl">
                <p className="font-medium text-slate-900">{item.title}</p>
                {item.text ? <p className="text-slate-800">{item.text}</p> : null}
                <p className="text-sm text-slate-700">
                  {yesNo(item.isPublic)}. {item.date}
                  {item.by ? `, recorded by ${item.by}` : ""}.
                </p>
              </div>
              {item.canToggle ? (
                <PublicToggleForm slug={slug} action={setFeedbackPublicAction} idName="evidenceId" id={item.id} isPublic={item.isPublic} what={item.title} />
              ) : null}
            </li>
          ))}
        </ul>
      ) : (
        <p className="mt-3 text-slate-700">No feedback from families has been recorded yet.</p>
      )}
    </section>
  );
}
