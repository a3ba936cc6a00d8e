import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { AreaSummary } from "@/components/public-summaries/area-summary";
import { PublicFeedback, PublicKpis } from "@/components/public-summaries/public-choices";
import { PublicPageState } from "@/components/public-summaries/public-page-state";
import { requireMembership } from "@/lib/auth/guards";
import { doneTo } from "@/lib/public-summaries/paths";
import { getPublicPageScreen } from "@/lib/public-summaries/view";

export const metadata: Metadata = { title: "Public page" };

/** What the public page shows, and its making: per area the approved summary and the working copy; the public KPIs and feedback. */
export default async function PublicPageScreenPage({
  params,
  searchParams,
}: {
  params: Promise<{ slug: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const [{ slug }, query] = await Promise.all([params, searchParams]);
  const member = await requireMembership(slug);
  const screen = await getPublicPageScreen(member);
  if (!screen) notFound();
  return (
    <div className="space-y-6">
      <header>
        <h1 className="text-2xl font-semibold text-slate-900">Public page</h1>
        <p className="mt-1 max-w-3xl text-slate-800">
          A plain-English page for parents and carers. Each priority area’s lead writes a short summary; the programme office approves it before the public can read it.
        </p>
      </header>
      <PublicPageState page={screen.page} />
      {screen.areas.map((area) => (
        <AreaSummary key={area.id} slug={slug} area={area} done={doneTo(query, area.id)} />
      ))}
      <PublicKpis slug={slug} kpis={screen.kpis} />
      <PublicFeedback slug={slug} feedback={screen.feedback} />
    </div>
  );
}
