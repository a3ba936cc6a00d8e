import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { PackArea } from "@/components/stocktakes/pack-area";
import { StocktakeBreadcrumb } from "@/components/stocktakes/pack-page-parts";
import { NextStepResponses, SectionEvidence, SectionWordsForm } from "@/components/stocktakes/section-editor";
import { requireMembership } from "@/lib/auth/guards";
import * as clock from "@/lib/clock";
import { formatUkDate, parseIsoDate } from "@/lib/dates/format";
import { getSectionEditor } from "@/lib/stocktakes/view";

type Params = { slug: string; stocktakeId: string; sectionId: string };

async function load(params: Promise<Params>) {
  const { slug, stocktakeId, sectionId } = await params;
  const member = await requireMembership(slug);
  const editor = await getSectionEditor(member, stocktakeId, sectionId, clock.today());
  if (!editor) notFound();
  return { slug, editor };
}

export async function generateMetadata({ params }: { params: Promise<Params> }): Promise<Metadata> {
  const { editor } = await load(params);
  return { title: `Edit ${editor.name}` };
}

export default async function StocktakeSectionPage({ params }: { params: Promise<Params> }) {
  const { slug, editor } = await load(params);
  const { header, section, area, doc, name, links } = editor;
  const breadcrumb = <StocktakeBreadcrumb links={links} title={header.title} current={area ? area.code : name} />;
  if (!editor.editable) {
    return (
      <div className="space-y-4">
        {breadcrumb}
        <h1 className="text-2xl font-semibold text-slate-900">{name}</h1>
        <p className="rounded-md border border-slate-300 bg-white p-4">
          The {header.title} is published, so its sections cannot be changed.{" "}
          <Link prefetch={false} href={links.inPack} className="font-medium text-blue-800 underline underline-offset-2">
            Read it
          </Link>
        </p>
      </div>
    );
  }
  return (
    <div className="space-y-6">
      {breadcrumb}
      <header>
        <h1 className="text-2xl font-semibold text-slate-900">{name}</h1>
        <p className="mt-1 max-w-3xl text-slate-800">
          Your part of the {header.title} ({formatUkDate(header.periodStart)} to {formatUkDate(header.periodEnd)}). The words were prefilled from the period’s highlight reports and
          the data: make them yours. The tables are drawn from the plan as at {formatUkDate(parseIsoDate(doc.asAt))} and freeze when the stocktake is published.
        </p>
      </header>
      <SectionWordsForm slug={slug} section={section} area={area} labels={doc.labels} />
      <NextStepResponses slug={slug} stocktakeId={header.id} steps={editor.steps} labels={doc.labels} />
      <SectionEvidence slug={slug} section={section} areaCode={area?.code ?? null} evidence={editor.evidence} today={editor.newEvidenceDate} />
      {area ? (
        <section aria-labelledby="preview-heading" className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm sm:p-6">
          <h2 id="preview-heading" className="text-lg font-semibold">
            Preview: the section as it stands
          </h2>
          <div className="mt-3">
            <PackArea
              area={area}
              labels={doc.labels}
              changes={editor.changes}
              comparedWith={editor.comparison.previous?.title ?? null}
              responses={editor.responses}
              findings={undefined}
              doc={doc}
              headingLevel={3}
            />
          </div>
        </section>
      ) : (
        <p>
          <Link prefetch={false} href={links.inPack} className="font-medium text-blue-800 underline underline-offset-2">
            See the section in the pack
          </Link>
        </p>
      )}
    </div>
  );
}
