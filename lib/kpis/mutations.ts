import "server-only";
import type { Tx } from "@/lib/db";
import { mutation } from "@/lib/audit/mutation";
import type { Caller } from "@/lib/auth/caller";
import { can, canOnItem } from "@/lib/auth/permissions";
import { now, today } from "@/lib/clock";
import { formatUkMonth, toIsoDate } from "@/lib/dates/format";
import { fieldError, ForbiddenError, NotFoundError, notFoundField, staleError, ValidationError } from "@/lib/errors";
import type { ArchiveKpiInput, KpiDefinitionInput, UpdateKpiInput } from "./definition";
import { parseKpiValues } from "./import";
import { unitProblem } from "./bounds";
import type { CorrectKpiValueInput, KpiValueInput } from "./schema";

/** The KPI with what authorization needs: its areas and its owner. */
async function kpiForEntry(tx: Tx, partnershipId: string, caller: Caller, kpiId: string) {
  const kpi = await tx.kpi.findFirst({
    where: { id: kpiId, partnershipId, archivedAt: null },
    select: { id: true, code: true, name: true, unit: true, ownerMembershipId: true, areas: { select: { priorityAreaId: true } } },
  });
  if (!kpi) throw new NotFoundError("That KPI no longer exists, or you do not have access to it.");
  const item = { priorityAreaIds: kpi.areas.map((a) => a.priorityAreaId), assignedMembershipIds: kpi.ownerMembershipId ? [kpi.ownerMembershipId] : [] };
  if (!canOnItem(caller.scope, "kpi.enterValues", item)) {
    throw new ForbiddenError(`You cannot enter values for ${kpi.code}: you neither own it nor lead an area it belongs to.`);
  }
  return kpi;
}

/** A correction's history row: the value before, the value after (null: removed), why and by whom. */
function correctionRow(partnershipId: string, caller: Caller, kpiId: string, period: Date, previousValue: number, newValue: number | null, reason: string) {
  return { partnershipId, kpiId, period, previousValue, newValue, reason, correctedByName: caller.actor.name, correctedById: caller.actor.userId };
}

/**
 * Enters the value for one period. A month that already has a value is
 * corrected only with a reason, which is kept in the KPI's corrections: a
 * figure never changes silently. Ten people saving the same month at once
 * must leave one row and audit rows that say truly which save created it and
 * what each correction replaced: so the row is inserted if absent (ON
 * CONFLICT DO NOTHING waits for a racing insert to commit), and otherwise
 * locked before it is read, so "before" is the value replaced.
 */
export const saveKpiValue = mutation(async (tx, partnershipId, caller: Caller, input: KpiValueInput) => {
  const kpi = await kpiForEntry(tx, partnershipId, caller, input.kpiId);
  const problem = unitProblem(kpi.unit, input.value);
  if (problem) throw fieldError("value", problem);
  const key = { partnershipId, kpiId: kpi.id, period: input.period };
  const created = await tx.kpiValue.createManyAndReturn({
    data: { ...key, value: input.value, note: input.note, enteredByName: caller.actor.name },
    skipDuplicates: true,
    select: { id: true },
  });
  let existing: { id: string; value: number; note: string | null } | null = null;
  if (created.length === 0) {
    [existing] = await tx.$queryRaw<{ id: string; value: number; note: string | null }[]>`
      SELECT "id", "value", "note" FROM "KpiValue"
       WHERE "partnershipId" = ${partnershipId} AND "kpiId" = ${kpi.id} AND "period" = ${input.period}::date
       FOR UPDATE`;
    if (!existing) throw new NotFoundError("That value was removed while you saved it. Save it again.");
    if (!input.reason) {
      throw fieldError("reason", `${formatUkMonth(input.period)} already has a value (${existing.value}). To correct it, say why here; the earlier value is kept in the corrections.`);
    }
    await tx.kpiValue.updateMany({ where: { ...key, id: existing.id }, data: { value: input.value, note: input.note, enteredByName: caller.actor.name, enteredAt: now(), provenance: null } });
    await tx.kpiValueCorrection.create({ data: correctionRow(partnershipId, caller, kpi.id, input.period, existing.value, input.value, input.reason) });
  }
  return {
    result: { kpiId: kpi.id, replaced: existing !== null },
    audit: {
      entityType: "KpiValue",
      entityId: existing?.id ?? created[0]!.id,
      action: existing ? "correct" : "create",
      before: existing ? { value: existing.value, note: existing.note } : undefined,
      after: { kpi: kpi.code, period: formatUkMonth(input.period), value: input.value, note: input.note ?? null, reason: input.reason ?? null },
    },
  };
});

/** Corrects one value, or removes it, with the reason kept in the KPI's history of corrections. */
export const correctKpiValue = mutation(async (tx, partnershipId, caller: Caller, input: CorrectKpiValueInput) => {
  const kpi = await kpiForEntry(tx, partnershipId, caller, input.kpiId);
  const existing = await tx.kpiValue.findFirst({ where: { partnershipId, kpiId: kpi.id, period: input.period }, select: { id: true, value: true } });
  if (!existing) throw new NotFoundError("That value no longer exists: someone may have removed it. Reload the page.");
  if (input.value !== undefined) {
    const problem = unitProblem(kpi.unit, input.value);
    if (problem) throw fieldError("value", problem);
    await tx.kpiValue.updateMany({ where: { id: existing.id, partnershipId }, data: { value: input.value, enteredByName: caller.actor.name, enteredAt: now(), provenance: null } });
  } else {
    await tx.kpiValue.deleteMany({ where: { id: existing.id, partnershipId } });
  }
  await tx.kpiValueCorrection.create({ data: correctionRow(partnershipId, caller, kpi.id, input.period, existing.value, input.value ?? null, input.reason) });
  const month = formatUkMonth(input.period);
  return {
    result: { kpiId: kpi.id, removed: input.value === undefined, month },
    audit: {
      entityType: "KpiValue",
      entityId: existing.id,
      action: input.value === undefined ? "remove" : "correct",
      before: { value: existing.value },
      after: { kpi: kpi.code, period: month, value: input.value ?? null, reason: input.reason },
    },
  };
});

/**
 * Saves every pasted row, or none: the data is parsed again here (never
 * trusted from the preview) and any problem refuses the whole import.
 */
export const importKpiValues = mutation(async (tx, partnershipId, caller: Caller, input: { kpiId: string; data: string; reason?: string }) => {
  const kpi = await kpiForEntry(tx, partnershipId, caller, input.kpiId);
  const parsed = parseKpiValues(input.data, { today: today(), unit: kpi.unit });
  if (parsed.rows.length === 0) throw new ValidationError("There is nothing to import.", { data: ["Paste at least one row: month and value."] });
  if (parsed.errorCount > 0) {
    throw new ValidationError(`${parsed.errorCount} ${parsed.errorCount === 1 ? "row has a problem" : "rows have problems"}; nothing was saved. Correct them and preview again.`, {
      data: parsed.rows.filter((r) => r.errors.length).map((r) => `Line ${r.line}: ${r.errors.join(" ")}`),
    });
  }
  const earlier = await tx.kpiValue.findMany({ where: { partnershipId, kpiId: kpi.id, period: { in: parsed.valid.map((v) => v.period) } }, select: { period: true, value: true } });
  if (earlier.length && !input.reason) {
    throw fieldError("reason", `${earlier.map((e) => formatUkMonth(e.period)).join(", ")} already ${earlier.length === 1 ? "has a value" : "have values"}. Say why the import replaces ${earlier.length === 1 ? "it" : "them"}, or leave ${earlier.length === 1 ? "that row" : "those rows"} out.`);
  }
  const replaced = earlier.length;
  for (const row of parsed.valid) {
    await tx.kpiValue.upsert({
      where: { partnershipId_kpiId_period: { partnershipId, kpiId: kpi.id, period: row.period } },
      create: { partnershipId, kpiId: kpi.id, period: row.period, value: row.value, note: row.note, enteredByName: caller.actor.name },
      update: { value: row.value, note: row.note, enteredByName: caller.actor.name, enteredAt: now(), provenance: null },
    });
  }
  if (earlier.length) {
    await tx.kpiValueCorrection.createMany({
      data: earlier.map((e) => correctionRow(partnershipId, caller, kpi.id, e.period, e.value, parsed.valid.find((v) => v.period.getTime() === e.period.getTime())!.value, input.reason!)),
    });
  }
  return {
    result: { kpiId: kpi.id, saved: parsed.valid.length, replaced },
    audit: {
      entityType: "Kpi",
      entityId: kpi.id,
      action: "values.import",
      after: { kpi: kpi.code, rows: parsed.valid.length, replaced, periods: parsed.valid.map((v) => formatUkMonth(v.period)) },
    },
  };
});

// ---------------------------------------------------------------------------
// Definitions: admins anywhere, priority leads for KPIs of their own areas.

/** The member may edit KPIs linked to every one of these areas. */
function requireAreas(caller: Caller, areaIds: readonly string[], what: string) {
  if (!areaIds.every((id) => canOnItem(caller.scope, "plan.edit", { priorityAreaIds: [id] }))) {
    throw new ForbiddenError(`You can ${what} KPIs only for the priority areas you lead.`);
  }
}

/** Areas, owner and actions named in the form, checked against this partnership; ids of the actions. */
async function resolveLinks(tx: Tx, partnershipId: string, input: KpiDefinitionInput) {
  const areas = await tx.priorityArea.count({ where: { partnershipId, archivedAt: null, id: { in: input.areaIds } } });
  if (areas !== input.areaIds.length) throw notFoundField("areaIds", "One of the chosen areas no longer exists. Reload the page and choose again.");
  if (input.ownerMembershipId) {
    const owner = await tx.membership.findFirst({ where: { id: input.ownerMembershipId, partnershipId }, select: { id: true } });
    if (!owner) throw notFoundField("ownerMembershipId", "That member is no longer in this partnership. Choose another owner.");
  }
  const actions = input.actionCodes.length
    ? await tx.action.findMany({ where: { partnershipId, archivedAt: null, code: { in: input.actionCodes } }, select: { id: true, code: true } })
    : [];
  const unknown = input.actionCodes.filter((code) => !actions.some((a) => a.code === code));
  if (unknown.length) throw fieldError("actionCodes", `No live action has the code ${unknown.join(", ")}. Check the codes on the plan.`);
  return actions.map((a) => a.id);
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

function audited(input: KpiDefinitionInput) {
  return {
    ...definitionData(input),
    baselineDate: input.baselineDate ? toIsoDate(input.baselineDate) : null,
    targetDate: input.targetDate ? toIsoDate(input.targetDate) : null,
    areaIds: input.areaIds,
    actionCodes: input.actionCodes,
    trajectory: input.trajectory.map((p) => `${toIsoDate(p.date)}: ${p.value}`),
    benchmarks: input.benchmarks.length,
  };
}

const codeTaken = (input: { code: string }) => fieldError("code", `Code ${input.code} is already used by another KPI in this partnership.`);

export const createKpi = mutation(
  async (tx, partnershipId, caller: Caller, input: KpiDefinitionInput) => {
    if (!can(caller.scope.role, "plan.edit")) throw new ForbiddenError();
    requireAreas(caller, input.areaIds, "add");
    const actionIds = await resolveLinks(tx, partnershipId, input);
    const last = await tx.kpi.aggregate({ where: { partnershipId }, _max: { position: true } });
    const kpi = await tx.kpi.create({ data: { partnershipId, ...definitionData(input), position: (last._max.position ?? -1) + 1 }, select: { id: true, version: true } });
    await writeLinks(tx, partnershipId, kpi.id, input, actionIds);
    return { result: kpi, audit: { entityType: "Kpi", entityId: kpi.id, action: "create", after: audited(input) } };
  },
  { duplicate: codeTaken },
);

export const updateKpi = mutation(
  async (tx, partnershipId, caller: Caller, input: UpdateKpiInput) => {
    const existing = await tx.kpi.findFirst({
      where: { id: input.id, partnershipId, archivedAt: null },
      select: { id: true, code: true, name: true, version: true, areas: { select: { priorityAreaId: true } } },
    });
    if (!existing) throw new NotFoundError("That KPI no longer exists, or you do not have access to it.");
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
        entityType: "Kpi",
        entityId: existing.id,
        action: "update",
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
  if (!can(caller.scope.role, "plan.edit")) throw new ForbiddenError();
  const kpi = await tx.kpi.findFirst({
    where: { id: input.id, partnershipId },
    select: { id: true, code: true, version: true, archivedAt: true, areas: { select: { priorityAreaId: true } } },
  });
  if (!kpi) throw new NotFoundError("That KPI no longer exists, or you do not have access to it.");
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
      entityType: "Kpi",
      entityId: kpi.id,
      action: input.archived ? "archive" : "restore",
      before: { archivedAt: kpi.archivedAt, version: kpi.version },
      after: { archivedAt, version: kpi.version + 1 },
    },
  };
});
