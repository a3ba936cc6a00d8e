import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { memberOptions } from "@/components/forms/member-options";
import { MitigationList } from "@/components/risks/mitigation-list";
import { RiskHistory } from "@/components/risks/risk-history";
import { RiskClosureForm, RiskEscalationForm, RiskReviewForm } from "@/components/risks/risk-lifecycle-forms";
import { RiskScoreBadge, TrendLabel } from "@/components/risks/risk-score";
import { RiskFlags } from "@/components/risks/risk-table";
import { SuccessNotice } from "@/components/ui/success-notice";
import { requireMembership } from "@/lib/auth/guards";
import * as clock from "@/lib/clock";
import { getRiskPage } from "@/lib/risks/view";

export const metadata: Metadata = { title: "Risk" };

function Score({ title, hint, score, rating }: { title: string; hint: string; score: number; rating: string }) {
  return (
    <div>
      <h3 className="text-sm font-medium text-slate-700">{title}</h3>
      <p className="mt-1">
        <RiskScoreBadge score={score} prefix={`${title} score`} />
      </p>
      <p className="mt-1 text-sm text-slate-800">{rating}</p>
      <p className="text-xs text-slate-700">{hint}</p>
    </div>
  );
}

export default async function RiskPage({ params, searchParams }: { params: Promise<{ slug: string; riskId: string }>; searchParams: Promise<{ saved?: string }> }) {
  const [{ slug, riskId }, query] = await Promise.all([params, searchParams]);
  const member = await requireMembership(slug);
  const today = clock.today();
  const page = await getRiskPage(member, riskId, query, today);
  if (!page) notFound();
  const { risk, view, open, mayManage } = page;

  return (
    <div className="space-y-6">
      {page.justAdded ? <SuccessNotice>Risk {risk.code} added to the register. Add its mitigation plan below.</SuccessNotice> : null}
      <nav aria-label="Breadcrumb" className="text-sm">
        <Link prefetch={false} href={page.registerHref} className="text-blue-800 underline underline-offset-2">
          Risk register
        </Link>
        <span aria-hidden="true"> › </span>
        <span aria-current="page">{risk.code}</span>
      </nav>

      <header className="space-y-2">
        <p className="font-mono text-sm font-semibold text-slate-700">Risk {risk.code}</p>
        <h1 className="text-2xl font-semibold text-slate-900">{risk.title}</h1>
        <p className="flex flex-wrap items-center gap-2 text-slate-800">
          <RiskScoreBadge score={view.current.score} likelihood={view.current.likelihood} impact={view.current.impact} prefix="Current score" />
          {open ? <TrendLabel trend={view.trend.trend} from={page.trendFrom} /> : null}
          <RiskFlags risk={view} />
        </p>
        {page.editHref ? (
          <p>
            <Link prefetch={false} href={page.editHref} className="text-sm font-medium text-blue-800 underline underline-offset-2">
              Edit the risk, its scores, owner and links
            </Link>
          </p>
        ) : null}
      </header>

      {risk.provenance ? (
        <aside
          aria-label="Where this risk comes from"
          className="rounded-md border-l-4 border-slate-600 bg-slate-100 px-4 py-3 text-sm text-slate-900"
          data-testid="risk-provenance"
        >
          {risk.provenance}
        </aside>
      ) : null}

      {risk.escalatedToBoard ? (
        <p className="rounded-md border border-red-800 bg-red-50 px-4 py-3 text-sm text-red-950">
          <strong>
            <span aria-hidden="true">⚑ </span>Escalated to the board{page.escalatedOn}.
          </strong>{" "}
          {risk.escalationNote}
        </p>
      ) : null}
      {!open ? (
        <p className="rounded-md border border-slate-500 bg-slate-100 px-4 py-3 text-sm text-slate-900">
          <strong>Closed{page.closedOn}.</strong> {risk.closedReason}
        </p>
      ) : null}

      <section aria-labelledby="scores-heading" className="grid grid-cols-1 gap-5 rounded-lg border border-slate-200 bg-white p-5 shadow-sm md:grid-cols-4">
        <h2 id="scores-heading" className="sr-only">
          Scores and review
        </h2>
        {page.scores.map((score) => (
          <Score key={score.title} {...score} />
        ))}
        <div>
          <h3 className="text-sm font-medium text-slate-700">Review</h3>
          {open ? (
            <p className={`mt-1 font-semibold ${view.review.due ? "text-red-900" : "text-slate-900"}`} data-testid="review-status">
              {view.review.due ? <span aria-hidden="true">⚠ </span> : null}
              {view.review.text}
            </p>
          ) : (
            <p className="mt-1 text-slate-900">{view.review.text}</p>
          )}
          {open ? <p className="text-sm text-slate-800">{page.review.next}</p> : null}
          <p className="text-xs text-slate-700">{page.review.lastReviewed}</p>
          {open ? <p className="mt-2 text-sm text-slate-800">{page.review.trend}</p> : null}
        </div>
      </section>

      <div className={mayManage ? "grid grid-cols-1 gap-6 lg:grid-cols-2" : ""}>
        <section aria-labelledby="about-heading" className="rounded-lg border border-slate-200 bg-white p-5 shadow-sm">
          <h2 id="about-heading" className="text-lg font-semibold text-slate-900">
            The risk
          </h2>
          <dl className={`mt-3 gap-x-8 gap-y-3 text-sm ${mayManage ? "space-y-3" : "grid grid-cols-1 md:grid-cols-2"}`}>
            <div>
              <dt className="font-medium text-slate-700">Cause</dt>
              <dd className="text-slate-900">{risk.cause ?? "—"}</dd>
            </div>
            <div>
              <dt className="font-medium text-slate-700">Effect</dt>
              <dd className="text-slate-900">{risk.effect ?? "—"}</dd>
            </div>
            <div>
              <dt className="font-medium text-slate-700">Existing controls</dt>
              <dd className="whitespace-pre-line text-slate-900">{risk.controls ?? "—"}</dd>
            </div>
            <div>
              <dt className="font-medium text-slate-700">Owner</dt>
              <dd className="text-slate-900">{view.ownerName}</dd>
            </div>
            <div>
              <dt className="font-medium text-slate-700">Priority areas</dt>
              <dd className="flex flex-wrap gap-x-3">
                {page.areas.length
                  ? page.areas.map((a) => (
                      <Link prefetch={false} key={a.id} href={a.href} className="text-blue-800 underline underline-offset-2">
                        {a.code}
                        <span className="sr-only">: risks of {a.title}</span>
                      </Link>
                    ))
                  : "Partnership-wide"}
              </dd>
            </div>
            <div>
              <dt className="font-medium text-slate-700">Linked actions</dt>
              <dd>
                {page.actions.length ? (
                  <ul className="space-y-1">
                    {page.actions.map((action) => (
                      <li key={action.id}>
                        <Link prefetch={false} href={action.href} className="text-blue-800 underline underline-offset-2">
                          <span className="font-mono">{action.code}</span> {action.title}
                        </Link>
                      </li>
                    ))}
                  </ul>
                ) : (
                  "None"
                )}
              </dd>
            </div>
          </dl>
        </section>

        {mayManage ? (
          <section aria-labelledby="manage-heading" className="rounded-lg border border-slate-200 bg-white p-5 shadow-sm">
            <h2 id="manage-heading" className="text-lg font-semibold text-slate-900">
              {open ? "Review this risk" : "Reopen this risk"}
            </h2>
            {open ? (
              <div className="mt-3">
                <RiskReviewForm
                  slug={member.partnership.slug}
                  riskId={risk.id}
                  version={risk.version}
                  likelihood={risk.currentLikelihood}
                  impact={risk.currentImpact}
                  suggestedNext={page.review.suggestedNext}
                />
                <RiskEscalationForm slug={member.partnership.slug} riskId={risk.id} version={risk.version} escalated={risk.escalatedToBoard} code={risk.code} />
              </div>
            ) : null}
            <RiskClosureForm slug={member.partnership.slug} riskId={risk.id} version={risk.version} closed={!open} code={risk.code} />
          </section>
        ) : null}
      </div>

      <MitigationList slug={member.partnership.slug} risk={risk} today={today} mayManage={mayManage} memberOptions={memberOptions(page.members)} />
      <RiskHistory reviews={risk.reviews} />
    </div>
  );
}
