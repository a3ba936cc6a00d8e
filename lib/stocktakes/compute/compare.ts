// "Changes since the last stocktake": a pure function of two published packs
// (STYLE rule 16), so a pack compares the same way forever, and an advisor
// can compare it with any earlier pack. Per area: the status moves, actions
// completed, actions slipped (with the change requests approved for them),
// KPIs moved against their trajectory, new and escalated risks, and the
// partnership's response to each of the last stocktake's next steps.
// Moves are given in words (and an arrow), never by colour alone.
import { formatKpiValue, shortfall } from "@/lib/kpis/compute";
import type { StatusLabels } from "@/lib/plan/status";
import { statusChange, type StatusChange } from "@/lib/reports/compare";
import type { AreaSection, PackChangeRequest, PackDocument, PackKpi, PackResponse, PackRisk } from "../snapshot";
import { formatUkDate, formatUkMonth, parseIsoDate } from "@/lib/dates/format";

type Pack = Pick<PackDocument, "title" | "reviewDate" | "period" | "areas" | "responses">;

export type KpiDirectionOfTravel = "NOW_MEETS" | "NO_LONGER_MEETS" | "STILL_MEETS" | "CLOSER" | "FURTHER" | "NO_CLOSER" | "NEW" | "NO_DATA";

export type KpiMove = {
  code: string;
  name: string;
  travel: KpiDirectionOfTravel;
  /** Words for the move against trajectory: what the value was and is, against what was expected then and now. */
  words: string;
  status: StatusChange;
  improved: boolean;
  worsened: boolean;
};

export type SlippedAction = { code: string; title: string; reasons: string[]; changeRequests: PackChangeRequest[] };

export type AreaChanges = {
  code: string;
  title: string;
  /** The area has no section in the earlier pack. */
  isNew: boolean;
  /** The partnership's own status for the area. */
  status: StatusChange;
  /** The roll-up the data suggests. */
  suggested: StatusChange;
  completed: { code: string; title: string; on: string }[];
  slipped: SlippedAction[];
  kpis: KpiMove[];
  risks: { raised: PackRisk[]; escalated: PackRisk[]; worsened: (PackRisk & { from: number })[]; closed: { code: string; title: string }[] };
  /** The last stocktake's next steps for this area, and the response to each. */
  responses: PackResponse[];
};

export type PackComparison = {
  /** The pack compared with (null: the first stocktake, nothing to compare with). */
  previous: { title: string; reviewDate: string | null } | null;
  areas: AreaChanges[];
  /** Responses to next steps given for the partnership-wide sections (or an area no longer in the plan). */
  partnershipResponses: PackResponse[];
  totals: {
    areasImproved: number;
    areasWorsened: number;
    actionsCompleted: number;
    actionsSlipped: number;
    kpisImproved: number;
    kpisWorsened: number;
    risksRaised: number;
    risksEscalated: number;
    responses: number;
    unanswered: number;
  };
};

const fmt = (kpi: PackKpi, value: number) => formatKpiValue(value, kpi.unit);
const monthOf = (iso: string) => formatUkMonth(parseIsoDate(iso));

/** How far a KPI's latest value is worse than its trajectory (≤ 0: it meets it), or null when it cannot be said. */
export function trajectoryGap(kpi: PackKpi): number | null {
  if (!kpi.latest || !kpi.expected) return null;
  return shortfall(kpi.direction, kpi.latest.value, kpi.expected.value);
}

function against(kpi: PackKpi): string {
  if (!kpi.latest) return "no value";
  if (!kpi.expected) return `${kpi.latest.text} in ${monthOf(kpi.latest.period)}`;
  const gap = trajectoryGap(kpi)!;
  const by = fmt(kpi, Math.abs(gap));
  const side =
    Math.abs(gap) < 1e-9
      ? `on the expected ${kpi.expected.text}`
      : gap > 0
        ? `${by} short of the expected ${kpi.expected.text}`
        : `${by} better than the expected ${kpi.expected.text}`;
  return `${kpi.latest.text} in ${monthOf(kpi.latest.period)}, ${side}`;
}

const TRAVEL_WORDS: Record<KpiDirectionOfTravel, string> = {
  NOW_MEETS: "Now meets its trajectory",
  NO_LONGER_MEETS: "No longer meets its trajectory",
  STILL_MEETS: "Still meets its trajectory",
  CLOSER: "Closer to its trajectory",
  FURTHER: "Further from its trajectory",
  NO_CLOSER: "No closer to its trajectory",
  NEW: "New since the last stocktake",
  NO_DATA: "No value to compare",
};

export function kpiMove(now: PackKpi, before: PackKpi | undefined, labels: StatusLabels): KpiMove {
  const gapNow = trajectoryGap(now);
  const gapBefore = before ? trajectoryGap(before) : null;
  let travel: KpiDirectionOfTravel;
  if (!before) travel = "NEW";
  else if (gapNow === null || gapBefore === null) travel = "NO_DATA";
  else if (gapBefore > 1e-9 && gapNow <= 1e-9) travel = "NOW_MEETS";
  else if (gapBefore <= 1e-9 && gapNow > 1e-9) travel = "NO_LONGER_MEETS";
  else if (gapNow <= 1e-9) travel = "STILL_MEETS";
  else if (gapNow < gapBefore - 1e-9) travel = "CLOSER";
  else if (gapNow > gapBefore + 1e-9) travel = "FURTHER";
  else travel = "NO_CLOSER";
  const words = before ? `${TRAVEL_WORDS[travel]}: ${against(before)}; now ${against(now)}.` : `${TRAVEL_WORDS[travel]}: ${against(now)}.`;
  return {
    code: now.code,
    name: now.name,
    travel,
    words,
    status: statusChange(before?.status ?? null, now.status, labels),
    improved: travel === "NOW_MEETS" || travel === "CLOSER",
    worsened: travel === "NO_LONGER_MEETS" || travel === "FURTHER",
  };
}

function slippedActions(now: AreaSection, before: AreaSection | undefined): SlippedAction[] {
  if (!now.data) return [];
  const earlier = new Map((before?.data?.actions ?? []).map((a) => [a.code, a]));
  const out: SlippedAction[] = [];
  for (const action of now.data.actions) {
    if (action.completedOn) continue;
    const was = earlier.get(action.code);
    const reasons: string[] = [];
    const movedFrom = was?.currentDue ?? action.baselineDue;
    if (action.currentDue && movedFrom && action.currentDue > movedFrom)
      reasons.push(`Due date moved from ${formatUkDate(parseIsoDate(movedFrom))} to ${formatUkDate(parseIsoDate(action.currentDue))}`);
    if (action.currentDue && action.daysLate > 0 && (!was || was.daysLate === 0))
      reasons.push(`Now past its due date of ${formatUkDate(parseIsoDate(action.currentDue))} (${action.daysLate} ${action.daysLate === 1 ? "day" : "days"} late)`);
    if (action.computed === "OFF_TRACK" && was?.computed !== "OFF_TRACK" && reasons.length === 0) reasons.push(`Now off track: ${action.reasons[0] ?? "see the action"}`);
    if (!reasons.length) continue;
    const changeRequests = now.data.changeRequests.filter((c) => c.actionCode === action.code && c.state === "APPROVED");
    out.push({ code: action.code, title: action.title, reasons, changeRequests });
  }
  return out;
}

function riskChanges(now: AreaSection, before: AreaSection | undefined): AreaChanges["risks"] {
  const current = now.data?.risks ?? [];
  const earlier = new Map((before?.data?.risks ?? []).map((r) => [r.code, r]));
  const stillOpen = new Set(current.map((r) => r.code));
  return {
    raised: current.filter((r) => !earlier.has(r.code)),
    escalated: current.filter((r) => r.escalated && !earlier.get(r.code)?.escalated),
    worsened: current.flatMap((r) => {
      const was = earlier.get(r.code);
      return was && r.score > was.score ? [{ ...r, from: was.score }] : [];
    }),
    closed: [...earlier.values()].filter((r) => !stillOpen.has(r.code)).map((r) => ({ code: r.code, title: r.title })),
  };
}

/** The comparison of `current` with an earlier pack (`previous`, null for the first stocktake). */
export function compareStocktakes(current: Pack, previous: Pack | null, labels: StatusLabels): PackComparison {
  const earlierAreas = new Map((previous?.areas ?? []).map((a) => [a.code, a]));
  const codes = new Set(current.areas.map((a) => a.code));
  const areas = current.areas.map((area): AreaChanges => {
    const before = earlierAreas.get(area.code);
    const earlierKpis = new Map((before?.data?.kpis ?? []).map((k) => [k.code, k]));
    const earlierActions = new Map((before?.data?.actions ?? []).map((a) => [a.code, a]));
    return {
      code: area.code,
      title: area.title,
      isNew: previous !== null && !before,
      status: statusChange(before?.written.status ?? null, area.written.status, labels),
      suggested: statusChange(before?.data?.suggested.status ?? null, area.data?.suggested.status ?? null, labels),
      completed: (area.data?.actions ?? [])
        .filter((a) => a.completedOn && !earlierActions.get(a.code)?.completedOn && (!previous || a.completedOn > previous.period.end))
        .map((a) => ({ code: a.code, title: a.title, on: a.completedOn! })),
      slipped: previous ? slippedActions(area, before) : [],
      kpis: previous ? (area.data?.kpis ?? []).map((k) => kpiMove(k, earlierKpis.get(k.code), labels)) : [],
      risks: previous ? riskChanges(area, before) : { raised: [], escalated: [], worsened: [], closed: [] },
      responses: current.responses.filter((r) => r.section === area.code),
    };
  });
  const partnershipResponses = current.responses.filter((r) => !codes.has(r.section));
  return {
    previous: previous ? { title: previous.title, reviewDate: previous.reviewDate } : null,
    areas,
    partnershipResponses,
    totals: {
      areasImproved: areas.filter((a) => a.status.direction === "IMPROVED").length,
      areasWorsened: areas.filter((a) => a.status.direction === "WORSENED").length,
      actionsCompleted: areas.reduce((n, a) => n + a.completed.length, 0),
      actionsSlipped: areas.reduce((n, a) => n + a.slipped.length, 0),
      kpisImproved: areas.reduce((n, a) => n + a.kpis.filter((k) => k.improved).length, 0),
      kpisWorsened: areas.reduce((n, a) => n + a.kpis.filter((k) => k.worsened).length, 0),
      risksRaised: areas.reduce((n, a) => n + a.risks.raised.length, 0),
      risksEscalated: areas.reduce((n, a) => n + a.risks.escalated.length, 0),
      responses: current.responses.length,
      unanswered: current.responses.filter((r) => !r.response?.trim()).length,
    },
  };
}

/** What changed, in one sentence (the advisor's home page). */
export function changeSummary(comparison: PackComparison): string {
  const t = comparison.totals;
  if (!comparison.previous) return "The first stocktake: nothing earlier to compare with.";
  const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
  const parts = [
    `${plural(t.areasImproved, "area")} improved and ${t.areasWorsened} worsened`,
    `${plural(t.actionsCompleted, "action")} completed and ${t.actionsSlipped} slipped`,
    `${plural(t.kpisImproved, "KPI")} closer to trajectory and ${t.kpisWorsened} further`,
    `${plural(t.risksRaised, "new risk")} and ${t.risksEscalated} escalated`,
  ];
  return `Since ${comparison.previous.title}: ${parts.join("; ")}.`;
}
