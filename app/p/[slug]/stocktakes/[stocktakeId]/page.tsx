import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { SpecForm } from "@/components/forms/spec-form";
import { PackDocument, type PackAsides } from "@/components/stocktakes/pack-document";
import { CompareForm, DraftChecklist, EditSectionLink } from "@/components/stocktakes/pack-page-parts";
import { StocktakeDetailsForm } from "@/components/stocktakes/stocktake-details-form";
import { StocktakeStateBadge } from "@/components/stocktakes/stocktake-badges";
import { SuccessNotice } from "@/components/ui/success-notice";
import { requireMembership } from "@/lib/auth/guards";
import * as clock from "@/lib/clock";
import { formatUkDate, parseIsoDate } from "@/lib/dates/format";
import { deleteStocktakeAction } from "@/lib/stocktakes/actions";
import { getPackPage } from "@/lib/stocktakes/view";

type Params = { slug: string; stocktakeId: string };
type Query = { compare?: string; started?: string; published?: string; findings?: string };

async function load(params: Promise<Params>, searchParams: Promise<Query>) {
  const [{ slug, stocktakeId }, query] = await Promise.all([params, searchParams]);
  const member = await requireMembership(slug);
  const page = await getPackPage(member, stocktakeId, clock.today(), query.compare ?? null);
  if (!page) notFound();
  return { slug, query, page };
}

export async function generateMetadata({ params, searchParams }: { params: Promise<Params>; searchParams: Promise<Query> }): Promise<Metadata> {
  const { page } = await load(params, searchParams);
  return { title: page.header.title };
}

export default async function StocktakePage({ params, searchParams }: { params: Promise<Params>; searchParams: Promise<Query> }) {
  const { slug, query, page } = await load(params, searchParams);
  const { header, doc, links, draft } = page;
  const asides: PackAsides = Object.fromEntries([...page.editors].map(([key, editor]) => [key, <EditSectionLink key={key} href={editor.href} name={editor.name} />]));
  return (
    <div className="space-y-6">
      {query.started ? <SuccessNotice>Draft started. Every section is prefilled from the period’s highlight reports and the data; edit each, then publish.</SuccessNotice> : null}
      {query.published && !draft ? <SuccessNotice>Published. The pack is frozen as it stood today; the advisors can read it and record their findings.</SuccessNotice> : null}
      {query.findings !== undefined && !draft ? (
        <SuccessNotice>Findings published. The partnership can now read them, and the next stocktake must answer each next step.</SuccessNotice>
      ) : null}
      <nav aria-label="Breadcrumb" className="no-print text-sm">
        <Link prefetch={false} href={links.stocktakes} className="text-blue-800 underline underline-offset-2">
          Stocktakes
        </Link>
        <span aria-hidden="true"> › </span>
        <span aria-current="page">{header.title}</span>
      </nav>
      <header className="flex flex-wrap items-start justify-between gap-3">
        <div>
          <p className="text-sm font-medium text-slate-700">{doc.partnership.name}</p>
          <h1 className="text-2xl font-semibold text-slate-900">{header.title}</h1>
          <p className="mt-1 text-slate-800">
            Self-assessment for the DfE and NHS England review{doc.reviewDate ? ` of ${formatUkDate(parseIsoDate(doc.reviewDate))}` : ""}: {formatUkDate(header.periodStart)} to{" "}
            {formatUkDate(header.periodEnd)}.
          </p>
        </div>
        <StocktakeStateBadge state={header.state} />
      </header>

      <div className="no-print flex flex-wrap items-end gap-3">
        {!draft ? (
          <a href={links.pdf} className="rounded-md border border-slate-400 bg-white px-4 py-2 font-medium text-slate-900 hover:bg-slate-100">
            Download PDF<span className="sr-only"> of the {header.title}</span>
          </a>
        ) : null}
        {page.mayRecordFindings ? (
          <Link prefetch={false} href={links.findings} className="rounded-md bg-blue-800 px-4 py-2 font-medium text-white hover:bg-blue-900">
            Record findings and next steps
          </Link>
        ) : null}
        {page.earlier.length ? <CompareForm action={links.self} earlier={page.earlier} comparedWith={page.comparedWith} /> : null}
      </div>

      {draft ? (
        <section aria-labelledby="prepare-heading" className="no-print space-y-4 rounded-lg border border-blue-800 bg-white p-5 shadow-sm">
          <h2 id="prepare-heading" className="text-lg font-semibold">
            Preparing this stocktake
          </h2>
          <DraftChecklist problems={page.problems} />
          {page.mayPrepare ? (
            <>
              <StocktakeDetailsForm slug={slug} stocktakeId={header.id} version={header.version} values={page.details} />
              <SpecForm
                summary="Delete this draft"
                action={deleteStocktakeAction}
                slug={slug}
                id="delete-draft"
                submitLabel="Delete the draft"
                variant="secondary"
                fields={[
                  { kind: "hidden", name: "stocktakeId", value: header.id },
                  { kind: "hidden", name: "version", value: String(header.version) },
                ]}
              />
            </>
          ) : (
            <p className="text-slate-800">The programme office publishes the stocktake once every section is ready.</p>
          )}
        </section>
      ) : null}

      <article aria-label={header.title} className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm sm:p-6">
        <PackDocument doc={doc} comparison={page.comparison} findings={page.findings.byKey} asides={asides} />
      </article>
    </div>
  );
}
