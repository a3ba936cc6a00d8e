import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ImportStart } from "@/components/plan-import/import-start";
import { requireMembership } from "@/lib/auth/guards";
import { loadImportStart } from "@/lib/plan-import/view";

export const metadata: Metadata = { title: "Import a plan" };

export default async function PlanImportPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const member = await requireMembership(slug);
  const page = await loadImportStart(member);
  if (!page) notFound();
  return <ImportStart slug={member.partnership.slug} recent={page.recent} />;
}
