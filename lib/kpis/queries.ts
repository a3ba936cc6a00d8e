import "server-only";
import { db, type Tx } from "@/lib/db";

/** Every live KPI with what its status, sparkline and tile need. */
export async function listKpis(partnershipId: string, client: Tx = db) {
  return client.kpi.findMany({
    where: { partnershipId, archivedAt: null },
    orderBy: [{ position: "asc" }, { code: "asc" }],
    select: {
      id: true,
      code: true,
      name: true,
      unit: true,
      direction: true,
      frequency: true,
      tolerance: true,
      baselineValue: true,
      baselineDate: true,
      targetValue: true,
      targetDate: true,
      ownerRole: true,
      owner: { select: { user: { select: { name: true } } } },
      areas: { select: { priorityArea: { select: { id: true, code: true } } } },
      trajectory: { where: { partnershipId }, orderBy: { date: "asc" }, select: { date: true, value: true } },
      values: { where: { partnershipId }, orderBy: { period: "asc" }, select: { period: true, value: true } },
    },
  });
}

export type KpiListItem = Awaited<ReturnType<typeof listKpis>>[number];

/** The values of the given KPIs, KPI by KPI in the list's order and month by month: the KPI values download. */
export async function listKpiValues(partnershipId: string, kpiIds: readonly string[], client: Tx = db) {
  return client.kpiValue.findMany({
    where: { partnershipId, kpiId: { in: [...kpiIds] }, kpi: { partnershipId, archivedAt: null } },
    orderBy: [{ kpi: { position: "asc" } }, { kpi: { code: "asc" } }, { period: "asc" }],
    select: { kpiId: true, period: true, value: true, note: true, enteredByName: true, enteredAt: true, provenance: true },
  });
}

/** A KPI's definition, as its page, its edit form and the KPI table of the whole-partnership download read it. */
const DEFINITION_SELECT = {
  id: true,
  code: true,
  name: true,
  definition: true,
  unit: true,
  direction: true,
  frequency: true,
  tolerance: true,
  dataSource: true,
  baselineValue: true,
  baselineDate: true,
  targetValue: true,
  targetDate: true,
  ownerRole: true,
} as const;

export async function getKpiDetail(partnershipId: string, kpiId: string) {
  return db.kpi.findFirst({
    where: { id: kpiId, partnershipId, archivedAt: null },
    select: {
      ...DEFINITION_SELECT,
      provenance: true,
      ownerMembershipId: true,
      owner: { select: { user: { select: { name: true } } } },
      areas: { select: { priorityArea: { select: { id: true, code: true, title: true } } } },
      actions: { select: { action: { select: { id: true, code: true, title: true } } } },
      trajectory: { where: { partnershipId }, orderBy: { date: "asc" }, select: { date: true, value: true } },
      values: {
        where: { partnershipId },
        orderBy: { period: "asc" },
        select: { id: true, period: true, value: true, note: true, enteredByName: true, enteredAt: true, provenance: true },
      },
      benchmarks: { where: { partnershipId }, orderBy: { period: "asc" }, select: { kind: true, period: true, value: true } },
      corrections: {
        where: { partnershipId },
        orderBy: { createdAt: "desc" },
        select: { id: true, period: true, previousValue: true, newValue: true, reason: true, correctedByName: true, createdAt: true },
      },
    },
  });
}

/** Archived KPIs, newest first, for the list's "Archived" section. */
export async function listArchivedKpis(partnershipId: string) {
  return db.kpi.findMany({
    where: { partnershipId, archivedAt: { not: null } },
    orderBy: [{ archivedAt: "desc" }, { code: "asc" }],
    select: { id: true, code: true, name: true, version: true, archivedAt: true, areas: { select: { priorityAreaId: true } } },
  });
}

export type KpiDetail = NonNullable<Awaited<ReturnType<typeof getKpiDetail>>>;

/** A KPI's definition with its links and tables, for the edit form. */
export async function getKpiForEdit(partnershipId: string, kpiId: string) {
  return db.kpi.findFirst({
    where: { id: kpiId, partnershipId, archivedAt: null },
    select: {
      ...DEFINITION_SELECT,
      version: true,
      ownerMembershipId: true,
      areas: { select: { priorityAreaId: true } },
      actions: { select: { action: { select: { code: true } } } },
      trajectory: { orderBy: { date: "asc" }, select: { date: true, value: true } },
      benchmarks: { orderBy: [{ period: "asc" }, { kind: "asc" }], select: { kind: true, period: true, value: true } },
    },
  });
}

export type KpiForEdit = NonNullable<Awaited<ReturnType<typeof getKpiForEdit>>>;

/** Every KPI's definition, archived ones too (marked), in the list's order: the KPI table of the whole-partnership download. */
export async function listKpiDefinitions(partnershipId: string) {
  return db.kpi.findMany({
    where: { partnershipId },
    orderBy: [{ archivedAt: { sort: "asc", nulls: "first" } }, { position: "asc" }, { code: "asc" }],
    select: {
      ...DEFINITION_SELECT,
      archivedAt: true,
      owner: { select: { user: { select: { name: true } } } },
      areas: { select: { priorityArea: { select: { code: true } } } },
      actions: { select: { action: { select: { code: true } } } },
      trajectory: { where: { partnershipId }, orderBy: { date: "asc" }, select: { date: true, value: true } },
      _count: { select: { values: true } },
    },
  });
}
export type KpiDefinition = Awaited<ReturnType<typeof listKpiDefinitions>>[number];
