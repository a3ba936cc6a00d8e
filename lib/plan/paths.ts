// Where the plan lives: the plan page (its filters and open areas kept in the
// URL, so a view can be shared), an action's page, the plan editor
// (/plan/manage) and My updates. Nobody else writes these addresses.
import type { PlanFilters } from "./filters";

type Query = Record<string, string | string[] | undefined>;

/** The plan, filtered (`?area=PIA1&computed=OFF_TRACK`) or whole. */
export function planPath(slug: string, filters: PlanFilters = {}): string {
  const query = [
    ["area", filters.area],
    ["lead", filters.lead],
    ["status", filters.status],
    ["computed", filters.computed],
    ["due", filters.due === undefined ? undefined : String(filters.due)],
    ["tag", filters.tag],
    ["conflict", filters.conflict ? "1" : undefined],
    ["owed", filters.owed ? "1" : undefined],
  ]
    .filter((pair): pair is [string, string] => pair[1] !== undefined)
    .map(([key, value]) => `${key}=${encodeURIComponent(value)}`)
    .join("&");
  return `/p/${slug}/plan${query ? `?${query}` : ""}`;
}

/** The plan's URL with the query's filters kept and the open areas as given (`?open=PIA1,PIA3`, or `all`). */
export function planViewPath(slug: string, query: Query, open: readonly string[] | "all", anchor?: string): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (key === "open" || value === undefined) continue;
    for (const one of Array.isArray(value) ? value : [value]) params.append(key, one);
  }
  if (open === "all") params.set("open", "all");
  else if (open.length) params.set("open", open.join(","));
  const text = params.toString().replace(/%2C/g, ",");
  return `${planPath(slug)}${text ? `?${text}` : ""}${anchor ? `#${anchor}` : ""}`;
}

export function actionPath(slug: string, actionId: string): string {
  return `/p/${slug}/plan/actions/${actionId}`;
}

/** Where each member finds what is due from them. */
export function myUpdatesPath(slug: string): string {
  return `/p/${slug}/my`;
}

/** My updates after a risk review made from it, saying which risk and whether its score changed. */
export function myUpdatesAfterRiskReviewPath(slug: string, riskCode: string, scoreChanged: boolean): string {
  return `${myUpdatesPath(slug)}?${new URLSearchParams({ reviewed: riskCode, changed: scoreChanged ? "1" : "0" })}`;
}

// ---------------------------------------------------------------------------
// The plan editor

export function planEditorPath(slug: string, options: { archived?: boolean } = {}): string {
  return `/p/${slug}/plan/manage${options.archived ? "?archived=1" : ""}`;
}

export function newAreaPath(slug: string): string {
  return `${planEditorPath(slug)}/areas/new`;
}

export function editAreaPath(slug: string, areaId: string): string {
  return `${planEditorPath(slug)}/areas/${areaId}`;
}

/** Adding an outcome, to a chosen area when one is given. */
export function newOutcomePath(slug: string, areaId?: string): string {
  return `${planEditorPath(slug)}/outcomes/new${areaId ? `?area=${areaId}` : ""}`;
}

export function editOutcomePath(slug: string, outcomeId: string): string {
  return `${planEditorPath(slug)}/outcomes/${outcomeId}`;
}

/** Adding an action, under a chosen outcome when one is given. */
export function newActionPath(slug: string, outcomeId?: string): string {
  return `${planEditorPath(slug)}/actions/new${outcomeId ? `?outcome=${outcomeId}` : ""}`;
}

export function editActionPath(slug: string, actionId: string): string {
  return `${planEditorPath(slug)}/actions/${actionId}`;
}

export function newMilestonePath(slug: string, actionId: string): string {
  return `${planEditorPath(slug)}/milestones/new?action=${actionId}`;
}

export function editMilestonePath(slug: string, milestoneId: string): string {
  return `${planEditorPath(slug)}/milestones/${milestoneId}`;
}
