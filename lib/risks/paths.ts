// Where the risk register lives: the register (its filters as a query
// string, lib/risks/filters.ts), each risk's page and the forms.
export function risksPath(slug: string, query = ""): string {
  return query ? `/p/${slug}/risks?${query}` : `/p/${slug}/risks`;
}

export function riskPath(slug: string, riskId: string, query = ""): string {
  return query ? `/p/${slug}/risks/${riskId}?${query}` : `/p/${slug}/risks/${riskId}`;
}

export function newRiskPath(slug: string): string {
  return `/p/${slug}/risks/new`;
}

export function editRiskPath(slug: string, riskId: string): string {
  return `/p/${slug}/risks/${riskId}/edit`;
}
