// Plan filters live in the URL so a filtered view can be shared. Pure.
import type { Status } from "@/lib/generated/prisma/enums";
import { STATUSES } from "./status";

export type PlanFilters = {
  area?: string;
  lead?: string;
  status?: Status;
  computed?: Status;
  /** "overdue", "tbc" (no agreed due date yet), or a number of days ahead. */
  due?: "overdue" | "tbc" | number;
  tag?: string;
  conflict?: boolean;
  /** Only actions owed an update. */
  owed?: boolean;
};

export const DUE_WINDOWS = [30, 60, 90] as const;

function status(value: string | undefined): Status | undefined {
  return STATUSES.find((s) => s === value);
}

export function parsePlanFilters(params: Record<string, string | string[] | undefined>): PlanFilters {
  const one = (key: string) => {
    const value = params[key];
    const text = Array.isArray(value) ? value[0] : value;
    return text && text.trim() ? text.trim().slice(0, 200) : undefined;
  };
  const due = one("due");
  const days = Number(due);
  return {
    area: one("area"),
    lead: one("lead"),
    status: status(one("status")),
    computed: status(one("computed")),
    due: due === "overdue" || due === "tbc" ? due : Number.isInteger(days) && days > 0 && days <= 3650 ? days : undefined,
    tag: one("tag"),
    conflict: one("conflict") === "1" ? true : undefined,
    owed: one("owed") === "1" ? true : undefined,
  };
}

/** The filters as people read them, in the filter form's words ("Area: PIA1", "Only updates owed"). */
export function describePlanFilters(filters: PlanFilters, labels: Record<Status, string>): string[] {
  return [
    filters.area && `Area: ${filters.area}`,
    filters.lead && `Lead: ${filters.lead}`,
    filters.status && `Reported status: ${labels[filters.status]}`,
    filters.computed && `Computed status: ${labels[filters.computed]}`,
    filters.due === "overdue" ? "Due: overdue" : filters.due === "tbc" ? "Due: date to be confirmed" : filters.due ? `Due: within ${filters.due} days` : undefined,
    filters.tag && `Tag: ${filters.tag}`,
    filters.conflict && "Only status conflicts",
    filters.owed && "Only updates owed",
  ].filter((line): line is string => typeof line === "string");
}

/** The filters as a query string ("area=PIA1&owed=1"), for a link that keeps them (the plan's download). */
export function planFiltersQuery(filters: PlanFilters): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(filters)) {
    if (value === undefined) continue;
    params.set(key, value === true ? "1" : String(value));
  }
  return params.toString();
}

export function hasFilters(filters: PlanFilters): boolean {
  return Object.values(filters).some((v) => v !== undefined);
}

export type FilterableAction = {
  areaCode: string;
  leadName: string;
  reportedStatus: Status;
  computedStatus: Status;
  currentDueDate: Date | null;
  complete: boolean;
  tags: readonly string[];
  conflict: boolean;
  owed: boolean;
};

export function matchesPlanFilters(action: FilterableAction, filters: PlanFilters, today: Date): boolean {
  if (filters.area && action.areaCode !== filters.area) return false;
  if (filters.lead && action.leadName !== filters.lead) return false;
  if (filters.status && action.reportedStatus !== filters.status) return false;
  if (filters.computed && action.computedStatus !== filters.computed) return false;
  if (filters.tag && !action.tags.includes(filters.tag)) return false;
  if (filters.conflict && !action.conflict) return false;
  if (filters.owed && !action.owed) return false;
  if (filters.due !== undefined) {
    if (action.complete) return false;
    if (filters.due === "tbc") return action.currentDueDate === null;
    // No agreed due date: never overdue, never due within a window.
    if (!action.currentDueDate) return false;
    const due = action.currentDueDate.getTime();
    if (filters.due === "overdue") {
      if (due >= today.getTime()) return false;
    } else if (due < today.getTime() || due > today.getTime() + filters.due * 86_400_000) return false;
  }
  return true;
}

/**
 * Which areas the plan shows expanded: `?open=PIA1,PIA3` (or `all`), kept in
 * the URL so links and the back button work, with or without JavaScript.
 */
export function parseOpenAreas(params: Record<string, string | string[] | undefined>): "all" | Set<string> {
  const value = params.open;
  const text = (Array.isArray(value) ? value.join(",") : (value ?? "")).slice(0, 500);
  if (text.split(",").includes("all")) return "all";
  return new Set(
    text
      .split(",")
      .map((code) => code.trim())
      .filter(Boolean),
  );
}
