import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { DigestPreview } from "@/components/digests/digest-preview";
import { requireMembership } from "@/lib/auth/guards";
import * as clock from "@/lib/clock";
import { getDigestPreviewPage } from "@/lib/digests/view";

export const metadata: Metadata = { title: "Next digest" };

export default async function DigestPreviewPage({ params }: { params: Promise<{ slug: string; membershipId: string }> }) {
  const { slug, membershipId } = await params;
  const member = await requireMembership(slug);
  const page = await getDigestPreviewPage(member, membershipId, clock.today());
  if (!page) notFound();
  return <DigestPreview page={page} />;
}
