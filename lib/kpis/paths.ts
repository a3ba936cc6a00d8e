// Where KPIs live: the list (filtered by status, or with a notice), each
// KPI's page, and the forms that add and edit a definition.
export function kpisPath(slug: string, query?: Record<string, string>): string {
  return withQuery(`/p/${slug}/kpis`, query);
}

export function kpiPath(slug: string, kpiId: string, query?: Record<string, string>): string {
  return withQuery(`/p/${slug}/kpis/${kpiId}`, query);
}

export function newKpiPath(slug: string): string {
  return `/p/${slug}/kpis/new`;
}

export function editKpiPath(slug: string, kpiId: string): string {
  return `/p/${slug}/kpis/${kpiId}/edit`;
}

function withQuery(path: string, query: Record<string, string> | undefined): string {
  const search = new URLSearchParams(query).toString();
  return search ? `${path}?${search}` : path;
}
