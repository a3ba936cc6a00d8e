import Link from "next/link";
import type { SummaryDone } from "@/lib/public-summaries/paths";
import type { PublicPageScreen } from "@/lib/public-summaries/view";
import { DecideSummaryForm } from "./decide-summary-form";
import { SummaryAnswers } from "./summary-answers";

type Area = PublicPageScreen["areas"][number];

const DONE: Record<SummaryDone, string> = {
  sent: "Sent for approval. The programme office will approve it or return it to you.",
  approved: "Approved. The public page shows it from its next update.",
  returned: "Returned to its lead with your comment.",
};

/** One priority area on the screen: what the public reads now, the working copy (with the programme office's answer to it), and the lead's way to write. */
export function AreaSummary({ slug, area, done }: { slug: string; area: Area; done: SummaryDone | null }) {
  const { published, working } = area;
  return (
    <section id={`area-${area.id}`} aria-labelledby={`area-${area.id}-heading`} className="rounded-lg border border-slate-200 bg-white p-5 shadow-sm">
      <h2 id={`area-${area.id}-heading`} className="text-lg font-semibold text-slate-900">
        {area.code}: {area.title}
      </h2>
      {done ? (
        <p role="status" className="mt-2 rounded-md border border-green-700 bg-green-50 px-3 py-2 text-sm text-green-900">
          {DONE[done]}
        </p>
      ) : null}
      <div className="mt-3 grid gap-5 lg:grid-cols-2">
        <div>
          <h3 className="font-semibold text-slate-900">On the public page</h3>
          {published ? (
            <div className="mt-2 space-y-2">
              {published.illustrative ? <p className="text-sm font-medium text-amber-900">Illustrative: marked as an example on the public page.</p> : null}
              <SummaryAnswers answers={published.answers} />
              {published.status ? (
                <p className="text-sm text-slate-800">
                  <span className="font-semibold">Status as approved:</span> {published.status.label}. {published.status.meaning}
                </p>
              ) : null}
              <p className="text-sm text-slate-700">{published.approved}.</p>
              <p className="text-sm">
                <a href={area.publicHref} className="text-blue-800 underline underline-offset-2">
                  Read it on the public page
                </a>
              </p>
            </div>
          ) : (
            <p className="mt-2 text-slate-700">Nothing yet: the public page says nothing about this area until a summary is approved.</p>
          )}
        </div>
        <div>
          <h3 className="font-semibold text-slate-900">{working ? `Working copy: ${working.stateWords}` : "Working copy"}</h3>
          {working ? (
            <div className="mt-2 space-y-2">
              {working.returnComment ? (
                <p className="rounded-md border border-amber-700 bg-amber-50 px-3 py-2 text-sm text-amber-950">
                  <span className="font-semibold">Returned by the programme office:</span> {working.returnComment}
                </p>
              ) : null}
              <SummaryAnswers answers={working.answers} />
              <p className="text-sm text-slate-700">{working.by}.</p>
            </div>
          ) : (
            <p className="mt-2 text-slate-700">No draft.</p>
          )}
          {area.write ? (
            <p className="mt-3">
              <Link prefetch={false} href={area.write.href} className="font-medium text-blue-800 underline underline-offset-2">
                {area.write.label}
                <span className="sr-only"> for {area.code}</span>
              </Link>
            </p>
          ) : null}
          {area.decide ? (
            <div className="mt-4 border-t border-slate-200 pt-3">
              <DecideSummaryForm slug={slug} summaryId={area.decide.summaryId} version={area.decide.version} areaCode={area.code} />
            </div>
          ) : null}
        </div>
      </div>
    </section>
  );
}
