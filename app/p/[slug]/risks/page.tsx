import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { HeatMap } from "@/components/risks/heat-map";
import { RiskFiltersForm } from "@/components/risks/risk-filters-form";
import { RiskTable } from "@/components/risks/risk-table";
import { ExportLinks } from "@/components/ui/export-links";
import { requireMembership } from "@/lib/auth/guards";
import * as clock from "@/lib/clock";
import { getRiskRegisterPage } from "@/lib/risks/view";

export const metadata: Metadata = { title: "Risk register" };

export default async function RisksPage({ params, searchParams }: { params: Promise<{ slug: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const [{ slug }, query] = await Promise.all([params, searchParams]);
  const member = await requireMembership(slug);
  const page = await getRiskRegisterPage(member, query, clock.today());
  if (!page) notFound();
  const { totals } = page;

  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-end justify-between gap-4">
        <div>
          <h1 className="text-2xl font-semibold text-slate-900">Risk register</h1>
          <p className="mt-1 max-w-3xl text-slate-700">
            {totals.open} open {totals.open === 1 ? "risk" : "risks"}: {totals.escalated} escalated to the board, {totals.due} due a review. Each is scored likelihood × impact, 1
            to 5 each, before controls (inherent), with them (current) and once its mitigations are done (target).
          </p>
        </div>
        {page.newHref ? (
          <Link prefetch={false} href={page.newHref} className="rounded-md bg-blue-800 px-4 py-2 text-sm font-medium text-white hover:bg-blue-900">
            Add a risk
          </Link>
        ) : null}
      </div>

      {page.illustrative ? (
        <aside aria-label="About this register" className="rounded-md border-l-4 border-slate-600 bg-slate-100 px-4 py-3 text-sm text-slate-900" data-testid="register-provenance">
          <p>
            <strong>Illustrative demo register.</strong> {member.partnership.name} has not published its risk register. These {page.illustrative} risks are drawn from the
            challenges its own documents name; their scores, controls, mitigations and review history are invented for the demo. Each risk’s page says where it comes from.
          </p>
        </aside>
      ) : null}

      <div className="grid grid-cols-1 gap-6 lg:grid-cols-[auto_1fr]">
        <section aria-labelledby="heat-heading" className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm sm:p-5">
          <h2 id="heat-heading" className="text-lg font-semibold text-slate-900">
            Heat map
          </h2>
          <nav aria-label="Which score the heat map shows" className="mt-2">
            <ul className="flex flex-wrap gap-2">
              {page.bases.map((b) => (
                <li key={b.basis}>
                  <Link
                    prefetch={false}
                    href={b.href}
                    aria-current={b.current ? "page" : undefined}
                    className={`inline-block rounded-full border px-3 py-1 text-sm font-medium ${b.current ? "border-blue-800 bg-blue-800 text-white" : "border-slate-400 bg-white text-slate-900 hover:border-blue-800"}`}
                  >
                    {b.label}
                  </Link>
                </li>
              ))}
            </ul>
          </nav>
          <div className="mt-3">
            <HeatMap counts={page.heat.counts} caption={page.heat.caption} hrefFor={page.heat.cellHref} active={page.heat.active} />
          </div>
        </section>

        <section aria-labelledby="summary-heading" className="rounded-lg border border-slate-200 bg-white p-5 shadow-sm">
          <h2 id="summary-heading" className="text-lg font-semibold text-slate-900">
            At a glance
          </h2>
          <ul className="mt-3 grid grid-cols-2 gap-3">
            {page.glance.bands.map((band) => (
              <li key={band.band}>
                <Link prefetch={false} href={band.href} className="block rounded-md border border-slate-200 p-3 hover:border-blue-800">
                  <span className="block text-2xl font-semibold text-slate-900">{band.count}</span>
                  <span className="text-sm text-slate-800">
                    open {band.count === 1 ? "risk" : "risks"} rated {band.label.toLowerCase()} ({band.min}–{band.max}) now
                  </span>
                </Link>
              </li>
            ))}
            <li>
              <Link prefetch={false} href={page.glance.escalatedHref} className="block rounded-md border border-slate-200 p-3 hover:border-blue-800">
                <span className="block text-2xl font-semibold text-slate-900">{totals.escalated}</span>
                <span className="text-sm text-slate-800">escalated to the board</span>
              </Link>
            </li>
            <li>
              <Link prefetch={false} href={page.glance.dueHref} className="block rounded-md border border-slate-200 p-3 hover:border-blue-800">
                <span className="block text-2xl font-semibold text-slate-900">{totals.due}</span>
                <span className="text-sm text-slate-800">due a review (today or overdue)</span>
              </Link>
            </li>
          </ul>
          <div className="mt-4">
            <ExportLinks slug={member.partnership.slug} register="risks" query={page.exportQuery} label={page.exportLabel} />
          </div>
        </section>
      </div>

      <RiskFiltersForm slug={member.partnership.slug} filters={page.filters} areas={page.areaOptions} owners={page.owners} />

      <section aria-labelledby="register-heading" className="space-y-3">
        <div className="flex flex-wrap items-baseline justify-between gap-2">
          <h2 id="register-heading" className="text-lg font-semibold text-slate-900">
            {page.heading}
          </h2>
          {page.everyCellHref ? (
            <Link prefetch={false} href={page.everyCellHref} className="text-sm text-blue-800 underline underline-offset-2">
              Show every cell of the heat map
            </Link>
          ) : null}
        </div>
        <p className="text-sm text-slate-700">Escalated risks first, then the highest current score; rising before steady before falling.</p>
        {page.shown.length === 0 ? (
          <p className="rounded-md border border-slate-300 bg-white p-4">No risks match these filters.</p>
        ) : (
          <RiskTable risks={page.shown} slug={member.partnership.slug} caption={page.caption} />
        )}
      </section>
    </div>
  );
}
