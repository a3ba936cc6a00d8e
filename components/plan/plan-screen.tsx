// The plan page's content for one member: its first view (no query) is also
// rendered, once per member and data version, for the kept copy the plan route
// serves (app/plan-view, lib/pages/cache.ts), so both must be this.
import { PlanFiltersForm } from "@/components/plan/plan-filters-form";
import { PlanTreeView } from "@/components/plan/plan-tree";
import { StatusBadge } from "@/components/ui/status-badge";
import { canReadLive, type MemberContext } from "@/lib/auth/guards";
import { hasFilters, matchesPlanFilters, parseOpenAreas, parsePlanFilters } from "@/lib/plan/filters";
import { planPath, planViewPath } from "@/lib/plan/paths";
import { getAssessedPlan } from "@/lib/plan/model";
import { planTreeView } from "@/lib/plan/tree-view";
import { STATUSES } from "@/lib/plan/status";

export async function PlanScreen({ member, query, today }: { member: MemberContext; query: Record<string, string | string[] | undefined>; today: Date }) {
  if (!canReadLive(member)) {
    return (
      <div className="max-w-2xl">
        <h1 className="text-2xl font-semibold">Improvement plan</h1>
        <p className="mt-4 text-slate-800">
          {member.partnership.name} shares its published stocktake packs with advisors but not its live plan. Ask the programme office if you need live access.
        </p>
      </div>
    );
  }
  const { tree, assessments } = await getAssessedPlan(member.partnershipId, today);
  const filters = parsePlanFilters(query);

  const allActions = tree.flatMap((area) => area.outcomes.flatMap((outcome) => outcome.actions.map((action) => ({ area, action }))));
  const leadName = (action: (typeof allActions)[number]["action"]) => action.lead?.user.name ?? action.leadRole ?? "";
  const visible = new Set(
    allActions
      .filter(({ area, action }) => {
        const a = assessments.get(action.id)!;
        return matchesPlanFilters(
          {
            areaCode: area.code,
            leadName: leadName(action),
            reportedStatus: action.reportedStatus,
            computedStatus: a.computed.status,
            currentDueDate: action.currentDueDate,
            complete: action.reportedStatus === "COMPLETE",
            tags: action.tags,
            conflict: a.conflict !== null,
            owed: a.owed !== null,
          },
          filters,
          today,
        );
      })
      .map(({ action }) => action.id),
  );
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
  const slug = member.partnership.slug;
  const base = planPath(slug);
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
  const milestones = allActions.reduce((n, { action }) => n + action.milestones.length, 0);
  const conflicts = [...assessments.values()].filter((a) => a.conflict).length;
  const counts = STATUSES.map((s) => [s, allActions.filter(({ action }) => assessments.get(action.id)!.computed.status === s).length] as const);
  const options = {
    areas: tree.map((a) => ({ value: a.code, label: `${a.code} — ${a.title}` })),
    leads: [...new Set(allActions.map(({ action }) => leadName(action)).filter(Boolean))].sort().map((l) => ({ value: l, label: l })),
    tags: [...new Set(allActions.flatMap(({ action }) => action.tags))].sort().map((t) => ({ value: t, label: t })),
  };

  return (
    <div>
      <div className="flex flex-wrap items-end justify-between gap-4">
        <div>
          <h1 className="text-2xl font-semibold text-slate-900">Improvement plan</h1>
          <p className="mt-1 text-slate-700">
            {tree.length} priority areas · {allActions.length} actions · {milestones} milestones · {conflicts} status {conflicts === 1 ? "conflict" : "conflicts"}
          </p>
        </div>
        <ul aria-label="Actions by computed status" className="flex flex-wrap gap-2">
          {counts.map(([status, n]) => (
            <li key={status}>
              <StatusBadge status={status} label={`${member.labels[status]}: ${n}`} />
            </li>
          ))}
        </ul>
      </div>
      <div className="mt-4">
        <PlanFiltersForm slug={member.partnership.slug} filters={filters} labels={member.labels} options={options} />
      </div>
      {filtered ? (
        <p className="mt-4 text-slate-800" role="status">
          Showing {visible.size} of {allActions.length} actions.
        </p>
      ) : (
        <p className="mt-4 text-sm text-slate-800">
          Each area shows its status, counts and owed updates; open one to see its actions.{" "}
          {open === "all" ? (
            <a href={base} className="font-medium text-blue-800 underline underline-offset-2">
              Close all areas
            </a>
          ) : (
            <a href={planViewPath(slug, query, "all")} className="font-medium text-blue-800 underline underline-offset-2">
              Open all areas
            </a>
          )}
        </p>
      )}
      <div className="mt-6">
        {shownTree.length ? (
          <PlanTreeView tree={planTreeView(shownTree, assessments, { whole: tree, expanded: isOpen, toggleHref })} labels={member.labels} slug={member.partnership.slug} />
        ) : (
          <p className="rounded-md border border-slate-300 bg-white p-4">No actions match these filters.</p>
        )}
      </div>
    </div>
  );
}
