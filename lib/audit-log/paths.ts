// Where the partnership's audit log lives.

/** The audit log, with a query (filters and a page's cursor) or without. */
export function auditLogPath(slug: string, query = ""): string {
  return `/p/${slug}/audit${query ? `?${query}` : ""}`;
}
