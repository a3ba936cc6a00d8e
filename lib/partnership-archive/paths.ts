// Where the whole partnership downloads as one ZIP (app/p/[slug]/export/partnership.zip/route.ts).
export function partnershipArchivePath(slug: string): string {
  return `/p/${slug}/export/partnership.zip`;
}
