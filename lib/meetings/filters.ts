// The impact log's and the decision log's filters, read from the URL the same
// way by the page and by the download, and described the way people read them.
import type { ImpactLogState, MeetingOutcomeKind } from "@/lib/generated/prisma/enums";
import { formatUkDate, parseIsoDate } from "@/lib/dates/format";
import { IMPACT_LOG_STATE_LABELS } from "./compute";
import { DECISION_KIND_LABELS, DECISION_KINDS } from "./schema";

type Params = { get(name: string): string | null };

/** A page's search params as the parsers read them: a repeated parameter counts as not given. */
export function paramsOf(query: Record<string, string | string[] | undefined>): Params {
  return { get: (name) => (typeof query[name] === "string" ? query[name] : null) };
}

export type ImpactLogFilters = { boardId?: string; state?: ImpactLogState | "LIVE"; slowOnly: boolean; areaId?: string };

const ID = /^[a-z0-9]{1,40}$/i;
const pick = (params: Params, name: string) => {
  const value = params.get(name);
  return value && ID.test(value) ? value : undefined;
};

export function parseImpactLogFilters(params: Params): ImpactLogFilters {
  const state = params.get("state");
  return {
    boardId: pick(params, "board"),
    state: state === "OPEN" || state === "IN_PROGRESS" || state === "DONE" || state === "LIVE" ? state : undefined,
    slowOnly: params.get("slow") === "1",
    areaId: pick(params, "area"),
  };
}

export function impactLogQuery(filters: ImpactLogFilters): string {
  const q = new URLSearchParams();
  if (filters.boardId) q.set("board", filters.boardId);
  if (filters.state) q.set("state", filters.state);
  if (filters.slowOnly) q.set("slow", "1");
  if (filters.areaId) q.set("area", filters.areaId);
  return q.toString();
}

export function describeImpactLogFilters(filters: ImpactLogFilters, names: { board?: string; area?: string }): string[] {
  return [
    filters.boardId && names.board ? `Board: ${names.board}` : null,
    filters.state ? `Status: ${filters.state === "LIVE" ? "Not done" : IMPACT_LOG_STATE_LABELS[filters.state]}` : null,
    filters.slowOnly ? "Slow to progress only" : null,
    filters.areaId && names.area ? `Area: ${names.area}` : null,
  ].filter((f): f is string => f !== null);
}

export function matchesImpactLogFilters(entry: { state: ImpactLogState; slow: readonly unknown[]; priorityAreaId: string | null }, filters: ImpactLogFilters): boolean {
  if (filters.state === "LIVE" ? entry.state === "DONE" : filters.state && entry.state !== filters.state) return false;
  if (filters.slowOnly && entry.slow.length === 0) return false;
  if (filters.areaId && entry.priorityAreaId !== filters.areaId) return false;
  return true;
}

export type DecisionLogFilters = { boardId?: string; kind?: MeetingOutcomeKind; from?: Date; to?: Date };

function date(params: Params, name: string): Date | undefined {
  const value = params.get(name);
  if (!value || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return undefined;
  try {
    return parseIsoDate(value);
  } catch {
    return undefined;
  }
}

export function parseDecisionFilters(params: Params): DecisionLogFilters {
  const kind = params.get("kind");
  return {
    boardId: pick(params, "board"),
    kind: DECISION_KINDS.find((k) => k === kind),
    from: date(params, "from"),
    to: date(params, "to"),
  };
}

export function decisionQuery(filters: DecisionLogFilters, iso: (d: Date) => string): string {
  const q = new URLSearchParams();
  if (filters.boardId) q.set("board", filters.boardId);
  if (filters.kind) q.set("kind", filters.kind);
  if (filters.from) q.set("from", iso(filters.from));
  if (filters.to) q.set("to", iso(filters.to));
  return q.toString();
}

export function describeDecisionFilters(filters: DecisionLogFilters, boardName?: string): string[] {
  return [
    filters.boardId && boardName ? `Board: ${boardName}` : null,
    filters.kind ? `Kind: ${DECISION_KIND_LABELS[filters.kind]}` : null,
    filters.from ? `Meetings from ${formatUkDate(filters.from)}` : null,
    filters.to ? `Meetings to ${formatUkDate(filters.to)}` : null,
  ].filter((f): f is string => f !== null);
}
