// The public page's addresses: outside the signed-in app (/p/…), readable by anyone.

export function publicPagePath(slug: string): string {
  return `/public/${encodeURIComponent(slug)}`;
}

export function publicFeedPath(slug: string): string {
  return `${publicPagePath(slug)}/feed.xml`;
}

/** The page's anchors, one per entry: the feed links to them, and they stay the same while the entry does. */
export const anchorOf = {
  summary: (areaCode: string) => `area-${areaCode.toLowerCase().replace(/[^a-z0-9]+/g, "-")}`,
  feedback: (id: string) => `said-${id}`,
  kpi: (code: string) => `kpi-${code.toLowerCase().replace(/[^a-z0-9]+/g, "-")}`,
  minutes: (id: string) => `minutes-${id}`,
};
