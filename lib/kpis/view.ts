// What the KPI pages show, decided here so the pages stay thin: each loader
// takes the viewer, decides with access.ts, reads with queries.ts and shapes
// with the pure modules; null is a 404.
import "server-only";
import type { MemberContext } from "@/lib/auth/guards";
import { formatUkDate } from "@/lib/dates/format";
import { actionPath, planPath } from "@/lib/plan/paths";
import { listMembersForLead } from "@/lib/people/queries";
import { listAreaOptions } from "@/lib/plan/structure/queries";
import { mayEditKpi, mayEditKpis, mayEnterKpiValues, mayLinkKpiToArea, mayReadKpis } from "./access";
import { kpiDetail } from "./detail";
import { kpiFormDefaults } from "./form-defaults";
import { kpiList } from "./list";
import { editKpiPath, kpiPath, kpisPath, newKpiPath } from "./paths";
import { getKpiDetail, getKpiForEdit, listArchivedKpis, listKpis } from "./queries";

export type KpiListQuery = { status?: string; area?: string; archived?: string; restored?: string };

/** The KPI list: filtered by status or area, with the archived KPIs and a notice naming one just archived or restored. */
export async function getKpiListPage(member: MemberContext, query: KpiListQuery, today: Date) {
  if (!mayReadKpis(member.scope)) return null;
  const [kpis, archived] = await Promise.all([listKpis(member.partnershipId), listArchivedKpis(member.partnershipId)]);
  const slug = member.partnership.slug;
  const list = kpiList(kpis, query, member.labels, today);
  // Notices name only a KPI that really is in that state: the URL cannot put words in the green box.
  const justArchived = query.archived ? archived.find((k) => k.code === query.archived) : undefined;
  const justRestored = query.restored ? kpis.find((k) => k.code === query.restored) : undefined;
  return {
    count: kpis.length,
    newHref: mayEditKpis(member.scope) ? newKpiPath(slug) : null,
    filters: list.choices.map((choice) => ({
      label: choice.label,
      count: choice.count,
      href: choice.key ? kpisPath(slug, { status: choice.key }) : kpisPath(slug),
      current: list.status === choice.key,
    })),
    rows: list.rows.map((row) => ({ ...row, href: kpiPath(slug, row.id) })),
    /** The filters as the values download's query. */
    exportQuery: new URLSearchParams(Object.entries({ status: list.status, area: query.area }).filter((entry): entry is [string, string] => Boolean(entry[1]))).toString(),
    justArchived: justArchived ? { id: justArchived.id, code: justArchived.code } : null,
    justRestored: justRestored ? { id: justRestored.id, code: justRestored.code } : null,
    archived: archived.map((k) => ({
      id: k.id,
      code: k.code,
      name: k.name,
      version: k.version,
      archivedOn: formatUkDate(k.archivedAt),
      // Leads restore only KPIs wholly within the areas they lead, as they edit them.
      mayRestore: mayEditKpi(
        member.scope,
        k.areas.map((a) => a.priorityAreaId),
      ),
    })),
  };
}

/** A KPI's page: where it stands, its chart and numbers, its corrections, and the forms its viewer may use. */
export async function getKpiPage(member: MemberContext, kpiId: string, query: { saved?: string; corrected?: string }, today: Date) {
  if (!mayReadKpis(member.scope)) return null;
  const kpi = await getKpiDetail(member.partnershipId, kpiId);
  if (!kpi) return null;
  const slug = member.partnership.slug;
  const areaIds = kpi.areas.map((a) => a.priorityArea.id);
  return {
    kpi: {
      id: kpi.id,
      code: kpi.code,
      name: kpi.name,
      definition: kpi.definition,
      provenance: kpi.provenance,
      unit: kpi.unit,
      areas: kpi.areas.map(({ priorityArea: a }) => ({ id: a.id, code: a.code, href: planPath(slug, { area: a.code }) })),
      actions: kpi.actions.map(({ action: a }) => ({ id: a.id, code: a.code, href: actionPath(slug, a.id) })),
    },
    ...kpiDetail(kpi, today, query.corrected),
    justAdded: query.saved === "created",
    listHref: kpisPath(slug),
    // Leads edit the definitions of KPIs wholly within the areas they lead.
    editHref: mayEditKpi(member.scope, areaIds) ? editKpiPath(slug, kpi.id) : null,
    mayEnter: mayEnterKpiValues(member.scope, { areaIds, ownerMembershipId: kpi.ownerMembershipId }),
  };
}

/** The areas a KPI may be linked to by this member, and the members who may own it. */
async function formChoices(member: MemberContext) {
  const [areas, members] = await Promise.all([listAreaOptions(member.partnershipId), listMembersForLead(member.partnershipId)]);
  const areaOptions = areas.filter((a) => mayLinkKpiToArea(member.scope, a.id)).map((a) => ({ value: a.id, label: `${a.code} — ${a.title}` }));
  return { areaOptions, members };
}

/** The form that adds a KPI: for those who edit KPIs of at least one area. */
export async function getNewKpiPage(member: MemberContext) {
  if (!mayEditKpis(member.scope)) return null;
  const choices = await formChoices(member);
  if (choices.areaOptions.length === 0) return null;
  return { ...choices, listHref: kpisPath(member.partnership.slug) };
}

/** The form that edits a KPI's definition: for those who may edit every area it is linked to. */
export async function getEditKpiPage(member: MemberContext, kpiId: string) {
  if (!mayEditKpis(member.scope)) return null;
  const [kpi, choices] = await Promise.all([getKpiForEdit(member.partnershipId, kpiId), formChoices(member)]);
  // Leads edit only KPIs wholly within the areas they lead.
  if (
    !kpi ||
    !mayEditKpi(
      member.scope,
      kpi.areas.map((a) => a.priorityAreaId),
    )
  )
    return null;
  const slug = member.partnership.slug;
  return { kpi: { id: kpi.id, code: kpi.code, version: kpi.version }, values: kpiFormDefaults(kpi), ...choices, listHref: kpisPath(slug), kpiHref: kpiPath(slug, kpi.id) };
}
