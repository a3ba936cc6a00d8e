import "server-only";
// KPI definitions: what is measured, its target, trajectory and benchmarks,
// and what it is linked to. The programme office edits any; a priority lead
// those wholly within the areas they lead. Archiving takes a KPI off the list.
import type { Tx } from "@/lib/db";
import { mutation } from "@/lib/audit/mutation";
import type { Caller } from "@/lib/auth/caller";
import { now } from "@/lib/clock";
import { fieldError, ForbiddenError, NotFoundError, staleError, ValidationError } from "@/lib/errors";
import { requireMember } from "@/lib/people/queries";
import { requireActionCodes, requireLiveAreas } from "@/lib/plan/references/queries";
import { mayEditKpis, mayLinkKpiToArea } from "../access";
import type { ArchiveKpiInput, KpiDefinitionInput, UpdateKpiInput } from "../definition";

const KPI_NOT_FOUND = "That KPI no longer exists, or you do not have access to it.";

/** The member may edit KPIs linked to every one of these areas. */
function requireAreas(caller: Caller, areaIds: readonly string[], what: string) {
  if (!areaIds.every((id) => mayLinkKpiToArea(caller.scope, id))) {
    throw new ForbiddenError(`You can ${what} KPIs only for the priority areas you lead.`);
  }
}

/** Areas, owner and actions named in the form, checked against this partnership; ids of the actions. */
async function resolveLinks(tx: Tx, partnershipId: string, input: KpiDefinitionInput) {
  await requireLiveAreas(tx, partnershipId, input.areaIds);
  await requireMember(tx, partnershipId, input.ownerMembershipId);
  return requireActionCodes(tx, partnershipId, input.actionCodes);
}

function definitionData(input: KpiDefinitionInput) {
  return {
    code: input.code,
    name: input.name,
    definition: input.definition,
    unit: input.unit,
    direction: input.direction,
    frequency: input.frequency,
    ownerMembershipId: input.ownerMembershipId ?? null,
    ownerRole: input.ownerRole ?? null,
    dataSource: input.dataSource ?? null,
    baselineValue: input.baselineValue ?? null,
    baselineDate: input.baselineDate ?? null,
    targetValue: input.targetValue ?? null,
    targetDate: input.targetDate ?? null,
    tolerance: input.tolerance,
  };
}

async function writeLinks(tx: Tx, partnershipId: string, kpiId: string, input: KpiDefinitionInput, actionIds: string[]) {
  await tx.kpiArea.createMany({ data: input.areaIds.map((priorityAreaId) => ({ partnershipId, kpiId, priorityAreaId })) });
  await tx.kpiAction.createMany({ data: actionIds.map((actionId) => ({ partnershipId, kpiId, actionId })) });
  await tx.kpiTrajectoryPoint.createMany({ data: input.trajectory.map((p) => ({ partnershipId, kpiId, date: p.date, value: p.value })) });
  await tx.kpiBenchmark.createMany({ data: input.benchmarks.map((b) => ({ partnershipId, kpiId, kind: b.kind, period: b.period, value: b.value })) });
}

/** What the audit row keeps of a definition: its fields, its links, its trajectory, and how many benchmarks. */
function audited(input: KpiDefinitionInput) {
  return { ...definitionData(input), areaIds: input.areaIds, actionCodes: input.actionCodes, trajectory: input.trajectory, benchmarks: input.benchmarks.length };
}

const codeTaken = (input: { code: string }) => fieldError("code", `Code ${input.code} is already used by another KPI in this partnership.`);

export const createKpi = mutation(
  async (tx, partnershipId, caller: Caller, input: KpiDefinitionInput) => {
    if (!mayEditKpis(caller.scope)) throw new ForbiddenError();
    requireAreas(caller, input.areaIds, "add");
    const actionIds = await resolveLinks(tx, partnershipId, input);
    const last = await tx.kpi.aggregate({ where: { partnershipId }, _max: { position: true } });
    const kpi = await tx.kpi.create({ data: { partnershipId, ...definitionData(input), position: (last._max.position ?? -1) + 1 }, select: { id: true, version: true } });
    await writeLinks(tx, partnershipId, kpi.id, input, actionIds);
    return { result: kpi, audit: { kind: "Kpi", verb: "create", entityId: kpi.id, after: audited(input) } };
  },
  { duplicate: codeTaken },
);

export const updateKpi = mutation(
  async (tx, partnershipId, caller: Caller, input: UpdateKpiInput) => {
    const existing = await tx.kpi.findFirst({
      where: { id: input.id, partnershipId, archivedAt: null },
      select: { id: true, code: true, name: true, version: true, areas: { select: { priorityAreaId: true } } },
    });
    if (!existing) throw new NotFoundError(KPI_NOT_FOUND);
    requireAreas(
      caller,
      existing.areas.map((a) => a.priorityAreaId),
      "edit",
    );
    requireAreas(caller, input.areaIds, "link");
    const actionIds = await resolveLinks(tx, partnershipId, input);
    const { count } = await tx.kpi.updateMany({
      where: { id: existing.id, partnershipId, version: input.version },
      data: { ...definitionData(input), version: { increment: 1 } },
    });
    if (count === 0) {
      throw staleError(existing.code);
    }
    const where = { partnershipId, kpiId: existing.id };
    await tx.kpiArea.deleteMany({ where });
    await tx.kpiAction.deleteMany({ where });
    await tx.kpiTrajectoryPoint.deleteMany({ where });
    await tx.kpiBenchmark.deleteMany({ where });
    await writeLinks(tx, partnershipId, existing.id, input, actionIds);
    return {
      result: { id: existing.id, version: input.version + 1 },
      audit: {
        kind: "Kpi",
        verb: "update",
        entityId: existing.id,
        before: { code: existing.code, name: existing.name, areaIds: existing.areas.map((a) => a.priorityAreaId) },
        after: audited(input),
      },
    };
  },
  { duplicate: codeTaken },
);

/**
 * Archiving takes a KPI off the KPI list, the dashboard and value entry;
 * restoring brings it back. Its values, trajectory, benchmarks and history
 * stay either way. Same permission as editing the definition.
 */
export const setKpiArchived = mutation(async (tx, partnershipId, caller: Caller, input: ArchiveKpiInput) => {
  if (!mayEditKpis(caller.scope)) throw new ForbiddenError();
  const kpi = await tx.kpi.findFirst({
    where: { id: input.id, partnershipId },
    select: { id: true, code: true, version: true, archivedAt: true, areas: { select: { priorityAreaId: true } } },
  });
  if (!kpi) throw new NotFoundError(KPI_NOT_FOUND);
  requireAreas(
    caller,
    kpi.areas.map((a) => a.priorityAreaId),
    input.archived ? "archive" : "restore",
  );
  if (input.archived === (kpi.archivedAt !== null)) throw new ValidationError(`KPI ${kpi.code} is ${input.archived ? "already archived" : "not archived"}.`);
  const archivedAt = input.archived ? now() : null;
  const { count } = await tx.kpi.updateMany({
    where: { id: kpi.id, partnershipId, version: input.version },
    data: { archivedAt, version: { increment: 1 } },
  });
  if (count === 0) throw staleError(kpi.code);
  return {
    result: { id: kpi.id, code: kpi.code },
    audit: {
      kind: "Kpi",
      verb: input.archived ? "archive" : "restore",
      entityId: kpi.id,
      before: { archivedAt: kpi.archivedAt, version: kpi.version },
      after: { code: kpi.code, archivedAt, version: kpi.version + 1 },
    },
  };
});
