import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { cache } from "react";
import { PublicPageDocument } from "@/components/public-page/public-page-document";
import { isSignedPublicRender } from "@/lib/public-page/render";
import { getPublicPage } from "@/lib/public-page/view";
import { WORDS } from "@/lib/public-page/words";

// One partnership's public page at one version of its data. Only the public
// route (app/public/[slug]/route.ts) asks for it, signing the path; a request
// from anywhere else is a 404.
type Params = { params: Promise<{ partnershipId: string; version: string }> };

const load = cache(async (partnershipId: string, version: string) => ((await isSignedPublicRender(partnershipId, version)) ? getPublicPage(partnershipId) : null));

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const { partnershipId, version } = await params;
  const page = await load(partnershipId, version);
  return page ? { title: { absolute: `${page.name}: ${WORDS.heading}` }, alternates: { types: { "application/atom+xml": page.feedPath } } } : {};
}

export default async function PublicRenderPage({ params }: Params) {
  const { partnershipId, version } = await params;
  const page = await load(partnershipId, version);
  if (!page) notFound();
  return <PublicPageDocument page={page} />;
}
