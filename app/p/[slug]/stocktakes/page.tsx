import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { SpecForm } from "@/components/forms/spec-form";
import { StocktakeStateBadge } from "@/components/stocktakes/stocktake-badges";
import { SuccessNotice } from "@/components/ui/success-notice";
import { ScrollRegion } from "@/components/ui/scroll-region";
import { requireMembership } from "@/lib/auth/guards";
import * as clock from "@/lib/clock";
import { formatUkDate } from "@/lib/dates/format";
import { createStocktakeAction } from "@/lib/stocktakes/actions";
import { getStocktakesIndex } from "@/lib/stocktakes/view";

export const metadata: Metadata = { title: "Stocktakes" };

export default async function StocktakesPage({ params, searchParams }: { params: Promise<{ slug: string }>; searchParams: Promise<{ deleted?: string }> }) {
  const [{ slug }, query] = await Promise.all([params, searchParams]);
  const member = await requireMembership(slug);
  const index = await getStocktakesIndex(member, clock.today());
  if (!index) notFound();
  const { latest, nextReview, start } = index;
  return (
    <div className="space-y-6">
      {query.deleted ? <SuccessNotice>The draft stocktake was deleted.</SuccessNotice> : null}
      <header>
        <h1 className="text-2xl font-semibold text-slate-900">Stocktakes</h1>
        <p className="mt-1 max-w-3xl text-slate-800">
          At least every six months the DfE and NHS England review progress against the improvement plan. Before each review the partnership sends its own assessment of
          improvement: progress against each area, feedback from families, governance, and the evidence (Improvement Notice §10). Each published pack is frozen as it stood, and the
          advisors’ findings and next steps are recorded against it; the next stocktake answers each next step.
        </p>
        {latest ? (
          <p className="mt-2 font-medium text-slate-900">
            Next review: {nextReview ?? "not given yet"}
            {nextReview ? ` (as given after the ${latest.title})` : ""}.
          </p>
        ) : null}
      </header>

      {index.drafts.length ? (
        <section aria-labelledby="drafts-heading" className="rounded-lg border border-blue-800 bg-white p-5 shadow-sm">
          <h2 id="drafts-heading" className="text-lg font-semibold">
            In preparation
          </h2>
          <ul className="mt-2 space-y-2">
            {index.drafts.map((s) => (
              <li key={s.id} data-testid="stocktake-draft">
                <Link prefetch={false} href={s.href} className="font-medium text-blue-800 underline underline-offset-2">
                  {s.title}
                </Link>{" "}
                <StocktakeStateBadge state={s.state} /> — {formatUkDate(s.periodStart)} to {formatUkDate(s.periodEnd)}
                {s.reviewDate ? `, for the review on ${formatUkDate(s.reviewDate)}` : ""}. Last changed {formatUkDate(s.updatedAt)}.
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      {start ? (
        <section aria-labelledby="start-heading" className="rounded-lg border border-slate-200 bg-white p-5 shadow-sm">
          <h2 id="start-heading" className="text-lg font-semibold">
            Start the next stocktake
          </h2>
          <p className="mt-1 max-w-3xl text-slate-800">
            The draft starts with a section for every priority area, area for improvement and DfE recommendation, and for governance and the voice of families, prefilled from the
            period’s highlight reports and the data, with the period’s evidence linked.
            {latest ? ` It answers the ${latest.title}’s next steps.` : ""}
          </p>
          <div className="mt-3 max-w-xl">
            <SpecForm
              action={createStocktakeAction}
              slug={slug}
              id="start"
              submitLabel="Start the draft"
              pendingText="Starting…"
              fields={[
                ...(start.followsId ? [{ kind: "hidden" as const, name: "followsId", value: start.followsId }] : []),
                { kind: "text", name: "title", label: "Title", defaultValue: start.title },
                { kind: "date", name: "periodStart", label: "Period from", width: "short", defaultValue: start.periodStart },
                { kind: "date", name: "periodEnd", label: "Period to", width: "short", defaultValue: start.periodEnd },
                {
                  kind: "date",
                  name: "reviewDate",
                  label: "Review meeting (if known)",
                  hint: nextReview ? `The advisors gave ${nextReview}.` : undefined,
                  width: "short",
                  defaultValue: start.reviewDate,
                },
              ]}
            />
          </div>
        </section>
      ) : null}

      <section aria-labelledby="published-heading" className="rounded-lg border border-slate-200 bg-white p-5 shadow-sm">
        <h2 id="published-heading" className="text-lg font-semibold">
          Published stocktakes
        </h2>
        {index.published.length === 0 ? (
          <p className="mt-2 text-slate-800">None yet.</p>
        ) : (
          <ScrollRegion labelledBy="published-caption" className="mt-2">
            <table className="w-full text-sm">
              <caption id="published-caption" className="sr-only">
                Published stocktakes, newest first
              </caption>
              <thead>
                <tr className="border-b border-slate-400 text-left">
                  <th scope="col" className="py-1 pr-3 font-medium">
                    Stocktake
                  </th>
                  <th scope="col" className="py-1 pr-3 font-medium">
                    Period
                  </th>
                  <th scope="col" className="py-1 pr-3 font-medium">
                    Review
                  </th>
                  <th scope="col" className="py-1 pr-3 font-medium">
                    Published
                  </th>
                  <th scope="col" className="py-1 pr-3 font-medium">
                    Next review given
                  </th>
                </tr>
              </thead>
              <tbody>
                {index.published.map((s) => (
                  <tr key={s.id} className="border-b border-slate-200 align-top" data-testid="stocktake-row">
                    <th scope="row" className="py-2 pr-3 text-left font-normal">
                      <Link prefetch={false} href={s.href} className="font-medium text-blue-800 underline underline-offset-2">
                        {s.title}
                      </Link>
                      {s.provenanceNote ? <span className="block text-xs text-slate-700">{s.provenanceNote}</span> : null}
                    </th>
                    <td className="py-2 pr-3">
                      {formatUkDate(s.periodStart)} to {formatUkDate(s.periodEnd)}
                    </td>
                    <td className="py-2 pr-3">{formatUkDate(s.reviewDate)}</td>
                    <td className="py-2 pr-3">
                      {formatUkDate(s.publishedAt)}
                      {s.publishedByName ? <span className="block text-xs text-slate-700">{s.publishedByName}</span> : null}
                    </td>
                    <td className="py-2 pr-3">{s.nextReview ?? "Not yet"}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollRegion>
        )}
      </section>
    </div>
  );
}
