import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { HeatMap } from "@/components/risks/heat-map";
import { RiskFiltersForm } from "@/components/risks/risk-filters-form";
import { bandLabel } from "@/components/risks/risk-score";
import { RiskTable } from "@/components/risks/risk-table";
import { ExportLinks } from "@/components/ui/export-links";
import { requireMembership } from "@/lib/auth/guards";
import { can, canOnItem } from "@/lib/auth/permissions";
import { DEFAULT_BANDS, HEAT_BASES, heatCounts, type HeatBasis } from "@/lib/risks/compute";
import { describeRiskFilters, parseRiskFilters, riskFilterQuery } from "@/lib/risks/filters";
import { listRisks } from "@/lib/risks/queries";
import { drawRegister } from "@/lib/risks/register";
import { listAreaOptions } from "@/lib/plan/structure/queries";
import * as clock from "@/lib/clock";

export const metadata: Metadata = { title: "Risk register" };

const BASIS_LABELS: Record<HeatBasis, string> = { current: "Current (with controls)", inherent: "Inherent (before controls)", target: "Target (after mitigations)" };

export default async function RisksPage({ params, searchParams }: { params: Promise<{ slug: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const [{ slug }, query] = await Promise.all([params, searchParams]);
  const member = await requireMembership(slug);
  if (!canOnItem(member.scope, "risks.read")) notFound();
  const [rows, areas] = await Promise.all([listRisks(member.partnershipId), listAreaOptions(member.partnershipId)]);
  const today = clock.today();
  const filters = parseRiskFilters(query);
  const register = drawRegister(rows, filters, today);
  const base = `/p/${member.partnership.slug}/risks`;
  const link = (change: Parameters<typeof riskFilterQuery>[1]) => {
    const q = riskFilterQuery(filters, change);
    return q ? `${base}?${q}` : base;
  };
  const open = register.all.filter((r) => r.state === "OPEN");
  const counts = {
    escalated: open.filter((r) => r.escalatedToBoard).length,
    due: open.filter((r) => r.review.due).length,
  };
  const cell = filters.likelihood !== undefined && filters.impact !== undefined ? { likelihood: filters.likelihood, impact: filters.impact } : undefined;
  const described = describeRiskFilters(filters, bandLabel);
  // The heat map counts everything the filters keep except its own cell.
  const filtered = riskFilterQuery({ ...filters, likelihood: undefined, impact: undefined, basis: "current", state: "open" }) !== "";
  const exportQuery = riskFilterQuery(filters);

  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-end justify-between gap-4">
        <div>
          <h1 className="text-2xl font-semibold text-slate-900">Risk register</h1>
          <p className="mt-1 max-w-3xl text-slate-700">
            {open.length} open {open.length === 1 ? "risk" : "risks"}: {counts.escalated} escalated to the board, {counts.due} due a review. Each is scored likelihood × impact, 1 to 5 each, before
            controls (inherent), with them (current) and once its mitigations are done (target).
          </p>
        </div>
        {can(member.role, "risks.edit") ? (
          <Link href={`${base}/new`} className="rounded-md bg-blue-800 px-4 py-2 text-sm font-medium text-white hover:bg-blue-900">
            Add a risk
          </Link>
        ) : null}
      </div>

      {register.illustrative ? (
        <aside aria-label="About this register" className="rounded-md border-l-4 border-slate-600 bg-slate-100 px-4 py-3 text-sm text-slate-900" data-testid="register-provenance">
          <p>
            <strong>Illustrative demo register.</strong> {member.partnership.name} has not published its risk register. These {register.illustrative} risks are drawn from the challenges its
            own documents name; their scores, controls, mitigations and review history are invented for the demo. Each risk’s page says where it comes from.
          </p>
        </aside>
      ) : null}

      <div className="grid gap-6 lg:grid-cols-[auto_1fr]">
        <section aria-labelledby="heat-heading" className="rounded-lg border border-slate-200 bg-white p-5 shadow-sm">
          <h2 id="heat-heading" className="text-lg font-semibold text-slate-900">
            Heat map
          </h2>
          <nav aria-label="Which score the heat map shows" className="mt-2">
            <ul className="flex flex-wrap gap-2">
              {HEAT_BASES.map((basis) => (
                <li key={basis}>
                  <Link
                    href={link({ basis, likelihood: undefined, impact: undefined, band: undefined })}
                    aria-current={filters.basis === basis ? "page" : undefined}
                    className={`inline-block rounded-full border px-3 py-1 text-sm font-medium ${filters.basis === basis ? "border-blue-800 bg-blue-800 text-white" : "border-slate-400 bg-white text-slate-900 hover:border-blue-800"}`}
                  >
                    {BASIS_LABELS[basis]}
                  </Link>
                </li>
              ))}
            </ul>
          </nav>
          <div className="mt-3">
            <HeatMap
              counts={heatCounts(register.heat)}
              caption={`${BASIS_LABELS[filters.basis]} scores of the ${filtered ? "filtered " : ""}${filters.state === "open" ? "open " : ""}risks: the number in each cell. Choose a cell to list its risks.`}
              hrefFor={(likelihood, impact) => link({ likelihood, impact })}
              active={cell}
            />
          </div>
        </section>

        <section aria-labelledby="summary-heading" className="rounded-lg border border-slate-200 bg-white p-5 shadow-sm">
          <h2 id="summary-heading" className="text-lg font-semibold text-slate-900">
            At a glance
          </h2>
          <ul className="mt-3 grid gap-3 sm:grid-cols-2">
            {[...DEFAULT_BANDS].reverse().map((band) => {
              const n = open.filter((r) => r.current.band.band === band.band).length;
              return (
                <li key={band.band}>
                  <Link href={`${base}?band=${band.band}`} className="block rounded-md border border-slate-200 p-3 hover:border-blue-800">
                    <span className="block text-2xl font-semibold text-slate-900">{n}</span>
                    <span className="text-sm text-slate-800">
                      open {n === 1 ? "risk" : "risks"} rated {band.label.toLowerCase()} ({band.min}–{band.max}) now
                    </span>
                  </Link>
                </li>
              );
            })}
            <li>
              <Link href={`${base}?escalated=1`} className="block rounded-md border border-slate-200 p-3 hover:border-blue-800">
                <span className="block text-2xl font-semibold text-slate-900">{counts.escalated}</span>
                <span className="text-sm text-slate-800">escalated to the board</span>
              </Link>
            </li>
            <li>
              <Link href={`${base}?review=due`} className="block rounded-md border border-slate-200 p-3 hover:border-blue-800">
                <span className="block text-2xl font-semibold text-slate-900">{counts.due}</span>
                <span className="text-sm text-slate-800">due a review (today or overdue)</span>
              </Link>
            </li>
          </ul>
          <div className="mt-4">
            <ExportLinks slug={member.partnership.slug} register="risks" query={exportQuery} label={described.length > 1 || filters.state !== "open" ? "the filtered register" : "the register"} />
          </div>
        </section>
      </div>

      <RiskFiltersForm slug={member.partnership.slug} filters={filters} areas={areas.map((a) => ({ value: a.code, label: `${a.code} — ${a.title}` }))} owners={register.owners} />

      <section aria-labelledby="register-heading" className="space-y-3">
        <div className="flex flex-wrap items-baseline justify-between gap-2">
          <h2 id="register-heading" className="text-lg font-semibold text-slate-900">
            {described.length === 1 ? `${described[0]} (${register.shown.length})` : `${register.shown.length} ${register.shown.length === 1 ? "risk" : "risks"}: ${described.join(" · ")}`}
          </h2>
          {cell ? (
            <Link href={link({ likelihood: undefined, impact: undefined })} className="text-sm text-blue-800 underline underline-offset-2">
              Show every cell of the heat map
            </Link>
          ) : null}
        </div>
        <p className="text-sm text-slate-700">Escalated risks first, then the highest current score; rising before steady before falling.</p>
        {register.shown.length === 0 ? (
          <p className="rounded-md border border-slate-300 bg-white p-4">No risks match these filters.</p>
        ) : (
          <RiskTable risks={register.shown} base={base} caption={`Risk register: ${described.join(", ")}`} />
        )}
      </section>
    </div>
  );
}
