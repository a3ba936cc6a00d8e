// What the risk pages show, decided here so the pages stay thin: each loader
// takes the viewer, decides with access.ts, reads with queries.ts and shapes
// with the pure modules; null is a 404.
import "server-only";
import type { MemberContext } from "@/lib/auth/guards";
import { formatUkDate, toIsoDate } from "@/lib/dates/format";
import { actionPath } from "@/lib/plan/paths";
import { listMembersForLead } from "@/lib/people/queries";
import { listAreaOptions } from "@/lib/plan/structure/queries";
import { mayEditRisks, mayManageRisk, mayReadRisks } from "./access";
import { bandLabel, describeRating, FREQUENCY_LABELS, HEAT_BASES, HEAT_BASIS_LABELS, heatCounts, nextReviewAfter } from "./compute";
import { describeRiskFilters, parseRiskFilters, riskFilterQuery, type RiskFilters } from "./filters";
import { newRiskFormDefaults, riskFormDefaults } from "./form-defaults";
import { editRiskPath, newRiskPath, riskPath, risksPath } from "./paths";
import { getRiskDetail, listRisks } from "./queries";
import { drawRegister, registerTotals, riskView } from "./register";

type SearchParams = Record<string, string | string[] | undefined>;

/** The register: filtered as the URL says, with its heat map, totals, and the links that change the filters. */
export async function getRiskRegisterPage(member: MemberContext, query: SearchParams, today: Date) {
  if (!mayReadRisks(member.scope)) return null;
  const [rows, areas] = await Promise.all([listRisks(member.partnershipId), listAreaOptions(member.partnershipId)]);
  const slug = member.partnership.slug;
  const filters = parseRiskFilters(query);
  const register = drawRegister(rows, filters, today);
  const link = (change: Partial<RiskFilters>) => risksPath(slug, riskFilterQuery(filters, change));
  const described = describeRiskFilters(filters, bandLabel);
  // The heat map counts everything the filters keep except its own cell.
  const filtered = riskFilterQuery({ ...filters, likelihood: undefined, impact: undefined, basis: "current", state: "open" }) !== "";
  const cell = filters.likelihood !== undefined && filters.impact !== undefined ? { likelihood: filters.likelihood, impact: filters.impact } : undefined;
  const totals = registerTotals(register.all);
  return {
    filters,
    totals,
    newHref: mayEditRisks(member.scope) ? newRiskPath(slug) : null,
    illustrative: register.illustrative,
    bases: HEAT_BASES.map((basis) => ({
      basis,
      label: HEAT_BASIS_LABELS[basis],
      href: link({ basis, likelihood: undefined, impact: undefined, band: undefined }),
      current: filters.basis === basis,
    })),
    heat: {
      counts: heatCounts(register.heat),
      caption: `${HEAT_BASIS_LABELS[filters.basis]} scores of the ${filtered ? "filtered " : ""}${filters.state === "open" ? "open " : ""}risks: the number in each cell. Choose a cell to list its risks.`,
      cellHref: (likelihood: number, impact: number) => link({ likelihood, impact }),
      active: cell,
    },
    glance: {
      bands: totals.bands.map((band) => ({ ...band, href: risksPath(slug, `band=${band.band}`) })),
      escalatedHref: risksPath(slug, "escalated=1"),
      dueHref: risksPath(slug, "review=due"),
    },
    exportQuery: riskFilterQuery(filters),
    exportLabel: described.length > 1 || filters.state !== "open" ? "the filtered register" : "the register",
    areaOptions: areas.map((a) => ({ value: a.code, label: `${a.code} — ${a.title}` })),
    owners: register.owners,
    heading:
      described.length === 1
        ? `${described[0]} (${register.shown.length})`
        : `${register.shown.length} ${register.shown.length === 1 ? "risk" : "risks"}: ${described.join(" · ")}`,
    everyCellHref: cell ? link({ likelihood: undefined, impact: undefined }) : null,
    shown: register.shown,
    caption: `Risk register: ${described.join(", ")}`,
  };
}

const SCORE_HINTS = { inherent: "Before any controls.", current: "With the controls in place now.", target: "Once the mitigation plan is done." } as const;

/** A risk's page: its scores, review and trend, what it is, and the forms its viewer may use. */
export async function getRiskPage(member: MemberContext, riskId: string, query: { saved?: string }, today: Date) {
  if (!mayReadRisks(member.scope)) return null;
  const [risk, members] = await Promise.all([getRiskDetail(member.partnershipId, riskId), listMembersForLead(member.partnershipId)]);
  if (!risk) return null;
  const slug = member.partnership.slug;
  const view = riskView({ ...risk, reviews: [...risk.reviews].reverse() }, today);
  const mayManage = mayManageRisk(
    member.scope,
    risk.areas.map((a) => a.priorityArea.id),
  );
  const open = risk.state === "OPEN";
  return {
    risk,
    view,
    open,
    justAdded: query.saved === "created",
    registerHref: risksPath(slug),
    editHref: mayManage ? editRiskPath(slug, risk.id) : null,
    mayManage,
    members,
    trendFrom: view.trend.from ? { score: view.trend.from.score, when: formatUkDate(view.trend.from.at) } : null,
    escalatedOn: risk.escalatedAt ? ` on ${formatUkDate(risk.escalatedAt)}` : "",
    closedOn: risk.closedAt ? ` on ${formatUkDate(risk.closedAt)}` : "",
    scores: (["inherent", "current", "target"] as const).map((basis) => ({
      title: `${basis[0]!.toUpperCase()}${basis.slice(1)}`,
      hint: SCORE_HINTS[basis],
      score: view[basis].score,
      rating: describeRating(view[basis]),
    })),
    review: {
      next: `Next ${formatUkDate(risk.nextReviewDate)} · ${FREQUENCY_LABELS[risk.reviewFrequency]}`,
      lastReviewed: `Last reviewed ${formatUkDate(risk.lastReviewedAt)}`,
      trend: view.trend.from
        ? `Trend: ${view.trend.trend.toLowerCase()}, ${view.trend.score} now against ${view.trend.from.score} on ${formatUkDate(view.trend.from.at)}.`
        : "Trend: steady, the score has not changed in the last three months.",
      suggestedNext: toIsoDate(nextReviewAfter(today, risk.reviewFrequency)),
    },
    areas: risk.areas.map(({ priorityArea: a }) => ({ id: a.id, code: a.code, title: a.title, href: risksPath(slug, `area=${a.code}`) })),
    actions: risk.actions.map(({ action }) => ({
      id: action.id,
      code: action.code,
      title: action.title.length > 90 ? `${action.title.slice(0, 87)}…` : action.title,
      href: actionPath(slug, action.id),
    })),
  };
}

type AreaOption = { id: string; code: string; title: string };

/** The areas a risk may be linked to by this member: the ones it has, and the ones they may manage. */
function areaChoices(member: MemberContext, areas: readonly AreaOption[], linked: readonly string[]) {
  return areas.filter((a) => linked.includes(a.id) || mayManageRisk(member.scope, [a.id])).map((a) => ({ value: a.id, label: `${a.code} — ${a.title}` }));
}

/** The form that adds a risk: for those who manage risks of at least one area. */
export async function getNewRiskPage(member: MemberContext, today: Date) {
  if (!mayEditRisks(member.scope)) return null;
  const [areas, members] = await Promise.all([listAreaOptions(member.partnershipId), listMembersForLead(member.partnershipId)]);
  // Leads add risks to the areas they lead.
  const areaOptions = areaChoices(member, areas, []);
  if (areaOptions.length === 0) return null;
  return { areaOptions, members, defaults: newRiskFormDefaults(today), registerHref: risksPath(member.partnership.slug) };
}

/** The form that edits a risk: for those who may manage it. A lead may keep the areas it has and add the ones they lead. */
export async function getEditRiskPage(member: MemberContext, riskId: string) {
  const [risk, areas, members] = await Promise.all([getRiskDetail(member.partnershipId, riskId), listAreaOptions(member.partnershipId), listMembersForLead(member.partnershipId)]);
  const linked = risk?.areas.map((a) => a.priorityArea.id) ?? [];
  if (!risk || !mayManageRisk(member.scope, linked)) return null;
  const slug = member.partnership.slug;
  return {
    risk: { id: risk.id, code: risk.code },
    values: riskFormDefaults(risk),
    areaOptions: areaChoices(member, areas, linked),
    members,
    registerHref: risksPath(slug),
    riskHref: riskPath(slug, risk.id),
  };
}
