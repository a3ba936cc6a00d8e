// The plan page as data: the assessed plan filtered by the URL's filters,
// its areas collapsed or open as the URL says, the counts in its header and
// the choices of its filter form. Pure: the plan and `today` are passed in.
import type { Status } from "@/lib/generated/prisma/enums";
import type { ActionAssessment } from "./assess";
import { hasFilters, matchesPlanFilters, parseOpenAreas, parsePlanFilters, planFiltersQuery, type PlanFilters } from "./filters";
import { planPath, planViewPath } from "./paths";
import type { PlanTree } from "./queries";
import { STATUSES } from "./status";
import { planTreeView, type PlanAreaView } from "./tree-view";

type Query = Record<string, string | string[] | undefined>;
type Option = { value: string; label: string };

export type PlanPageModel = {
  totals: { areas: number; actions: number; milestones: number; conflicts: number };
  /** Actions by computed status, in the order of the status scale. */
  counts: { status: Status; actions: number }[];
  filters: PlanFilters;
  options: { areas: Option[]; leads: Option[]; tags: Option[] };
  /** Filtered: how many actions match. */
  filtered: { shown: number } | null;
  /** The filters as the download's query. */
  exportQuery: string;
  /** Unfiltered: the link that opens every area, or closes them all when they are. */
  openOrClose: { label: "Open all areas" | "Close all areas"; href: string } | null;
  tree: PlanAreaView[];
};

type Action = PlanTree[number]["outcomes"][number]["actions"][number];
const leadName = (action: Action) => action.lead?.user.name ?? action.leadRole ?? "";

/** The actions the filters let through (the page's and the download's). */
export function visibleActionIds(plan: { tree: PlanTree; assessments: ReadonlyMap<string, ActionAssessment> }, filters: PlanFilters, today: Date): Set<string> {
  const { tree, assessments } = plan;
  return new Set(
    tree
      .flatMap((area) => area.outcomes.flatMap((outcome) => outcome.actions.map((action) => ({ area, action }))))
      .filter(({ area, action }) => {
        const a = assessments.get(action.id)!;
        const row = {
          areaCode: area.code,
          leadName: leadName(action),
          reportedStatus: action.reportedStatus,
          computedStatus: a.computed.status,
          currentDueDate: action.currentDueDate,
          complete: action.reportedStatus === "COMPLETE",
          tags: action.tags,
          conflict: a.conflict !== null,
          owed: a.owed !== null,
        };
        return matchesPlanFilters(row, filters, today);
      })
      .map(({ action }) => action.id),
  );
}

export function planPageModel(plan: { tree: PlanTree; assessments: ReadonlyMap<string, ActionAssessment> }, query: Query, today: Date, slug: string): PlanPageModel {
  const { tree, assessments } = plan;
  const filters = parsePlanFilters(query);
  const allActions = tree.flatMap((area) => area.outcomes.flatMap((outcome) => outcome.actions.map((action) => ({ area, action }))));
  const visible = visibleActionIds(plan, filters, today);
  const shownTree = tree
    .map((area) => ({
      ...area,
      outcomes: area.outcomes.map((o) => ({ ...o, actions: o.actions.filter((a) => visible.has(a.id)) })).filter((o) => o.actions.length > 0),
    }))
    .filter((area) => area.outcomes.length > 0);

  // Areas open collapsed to their summary; a filter opens every area it matches.
  const open = parseOpenAreas(query);
  const filtered = hasFilters(filters);
  const isOpen = (code: string) => filtered || open === "all" || open.has(code);
  const toggleHref = (code: string) => {
    if (open === "all")
      return planViewPath(
        slug,
        query,
        tree.map((a) => a.code).filter((c) => c !== code),
        `area-${code}`,
      );
    const next = open.has(code) ? [...open].filter((c) => c !== code) : [...open, code];
    return planViewPath(slug, query, next, `area-${code}`);
  };

  return {
    totals: {
      areas: tree.length,
      actions: allActions.length,
      milestones: allActions.reduce((n, { action }) => n + action.milestones.length, 0),
      conflicts: [...assessments.values()].filter((a) => a.conflict).length,
    },
    counts: STATUSES.map((status) => ({ status, actions: allActions.filter(({ action }) => assessments.get(action.id)!.computed.status === status).length })),
    filters,
    options: {
      areas: tree.map((a) => ({ value: a.code, label: `${a.code} — ${a.title}` })),
      leads: [...new Set(allActions.map(({ action }) => leadName(action)).filter(Boolean))].sort().map((l) => ({ value: l, label: l })),
      tags: [...new Set(allActions.flatMap(({ action }) => action.tags))].sort().map((t) => ({ value: t, label: t })),
    },
    filtered: filtered ? { shown: visible.size } : null,
    exportQuery: planFiltersQuery(filters),
    openOrClose: filtered ? null : open === "all" ? { label: "Close all areas", href: planPath(slug) } : { label: "Open all areas", href: planViewPath(slug, query, "all") },
    tree: shownTree.length ? planTreeView(shownTree, assessments, { whole: tree, expanded: isOpen, toggleHref }) : [],
  };
}
