import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { UploadScreen } from "@/components/plan-import/upload-screen";
import { requireMembership } from "@/lib/auth/guards";
import { choicesFromSearchParams } from "@/lib/plan-import/choices";
import { loadImportUpload } from "@/lib/plan-import/view";

export const metadata: Metadata = { title: "Check and import a plan" };

export default async function PlanImportUploadPage({
  params,
  searchParams,
}: {
  params: Promise<{ slug: string; uploadId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const [{ slug, uploadId }, query] = await Promise.all([params, searchParams]);
  const member = await requireMembership(slug);
  const view = await loadImportUpload(member, uploadId, choicesFromSearchParams(query));
  if (!view) notFound();
  return <UploadScreen slug={member.partnership.slug} view={view} />;
}
