import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { FindingsWorkspace } from "@/components/stocktakes/findings-workspace";
import { StocktakeBreadcrumb } from "@/components/stocktakes/pack-page-parts";
import { requireMembership } from "@/lib/auth/guards";
import { getFindingsPage } from "@/lib/stocktakes/view";

type Params = { slug: string; stocktakeId: string };

async function load(params: Promise<Params>) {
  const { slug, stocktakeId } = await params;
  const member = await requireMembership(slug);
  const page = await getFindingsPage(member, stocktakeId);
  if (!page) notFound();
  return { slug, page };
}

export async function generateMetadata({ params }: { params: Promise<Params> }): Promise<Metadata> {
  const { page } = await load(params);
  return { title: `Findings: ${page.header.title}` };
}

export default async function StocktakeFindingsPage({ params }: { params: Promise<Params> }) {
  const { slug, page } = await load(params);
  const { header, findings, advisor, links, nextReview: review, nextReviewValue: reviewValue } = page;
  return (
    <div className="space-y-6">
      <StocktakeBreadcrumb links={links} title={header.title} current="Findings" />
      <header>
        <h1 className="text-2xl font-semibold text-slate-900">Findings and next steps: {header.title}</h1>
        <p className="mt-1 max-w-3xl text-slate-800">
          Per area, the review’s key findings and next steps, as the letter gives them. What you record is a draft,
          {advisor ? " seen only by the advisors attached to the partnership," : " seen only by the partnership’s programme office, board and leads,"} until you publish it, and
          only you{advisor ? "" : " (or the programme office)"} can change it. Once published, the partnership reads them with the pack, and the next stocktake must respond to each
          next step.
        </p>
      </header>

      <FindingsWorkspace
        slug={slug}
        stocktakeId={header.id}
        sections={page.sections}
        findings={findings}
        review={review}
        reviewValue={reviewValue}
        givesNextReview={page.givesNextReview}
      />
    </div>
  );
}
