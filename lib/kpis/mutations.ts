import "server-only";
import { db, type Tx } from "@/lib/db";
import { createAuditEvent } from "@/lib/audit/record";
import type { Caller } from "@/lib/auth/caller";
import { canOnItem } from "@/lib/auth/permissions";
import { formatUkMonth } from "@/lib/dates/format";
import { ForbiddenError, NotFoundError, ValidationError } from "@/lib/errors";
import { parseKpiValues } from "./import";
import type { KpiValueInput } from "./schema";

/** The KPI with what authorization needs: its areas and its owner. */
async function kpiForEntry(tx: Tx, partnershipId: string, caller: Caller, kpiId: string) {
  const kpi = await tx.kpi.findFirst({
    where: { id: kpiId, partnershipId, archivedAt: null },
    select: { id: true, code: true, name: true, ownerMembershipId: true, areas: { select: { priorityAreaId: true } } },
  });
  if (!kpi) throw new NotFoundError("That KPI no longer exists, or you do not have access to it.");
  const item = { priorityAreaIds: kpi.areas.map((a) => a.priorityAreaId), assignedMembershipIds: kpi.ownerMembershipId ? [kpi.ownerMembershipId] : [] };
  if (!canOnItem(caller.scope, "kpi.enterValues", item)) {
    throw new ForbiddenError(`You cannot enter values for ${kpi.code}: you neither own it nor lead an area it belongs to.`);
  }
  return kpi;
}

/** Enters (or corrects) the value for one period. */
export async function saveKpiValue(partnershipId: string, caller: Caller, input: KpiValueInput) {
  return db.$transaction(async (tx) => {
    const kpi = await kpiForEntry(tx, partnershipId, caller, input.kpiId);
    const existing = await tx.kpiValue.findFirst({ where: { partnershipId, kpiId: kpi.id, period: input.period }, select: { id: true, value: true, note: true } });
    const saved = await tx.kpiValue.upsert({
      where: { partnershipId_kpiId_period: { partnershipId, kpiId: kpi.id, period: input.period } },
      create: { partnershipId, kpiId: kpi.id, period: input.period, value: input.value, note: input.note, enteredByName: caller.actor.name },
      update: { value: input.value, note: input.note, enteredByName: caller.actor.name, enteredAt: new Date() },
    });
    await createAuditEvent(tx, partnershipId, caller.actor, {
      entityType: "KpiValue",
      entityId: saved.id,
      action: existing ? "update" : "create",
      before: existing ? { value: existing.value, note: existing.note } : undefined,
      after: { kpi: kpi.code, period: formatUkMonth(input.period), value: input.value, note: input.note ?? null },
    });
    return { kpiId: kpi.id, replaced: existing !== null };
  });
}

/**
 * Saves every pasted row, or none: the data is parsed again here (never
 * trusted from the preview) and any problem refuses the whole import.
 */
export async function importKpiValues(partnershipId: string, caller: Caller, input: { kpiId: string; data: string }) {
  const parsed = parseKpiValues(input.data);
  if (parsed.rows.length === 0) throw new ValidationError("There is nothing to import.", { data: ["Paste at least one row: month and value."] });
  if (parsed.errorCount > 0) {
    throw new ValidationError(`${parsed.errorCount} ${parsed.errorCount === 1 ? "row has a problem" : "rows have problems"}; nothing was saved. Correct them and preview again.`, {
      data: parsed.rows.filter((r) => r.errors.length).map((r) => `Line ${r.line}: ${r.errors.join(" ")}`),
    });
  }
  return db.$transaction(async (tx) => {
    const kpi = await kpiForEntry(tx, partnershipId, caller, input.kpiId);
    const replaced = await tx.kpiValue.count({ where: { partnershipId, kpiId: kpi.id, period: { in: parsed.valid.map((v) => v.period) } } });
    for (const row of parsed.valid) {
      await tx.kpiValue.upsert({
        where: { partnershipId_kpiId_period: { partnershipId, kpiId: kpi.id, period: row.period } },
        create: { partnershipId, kpiId: kpi.id, period: row.period, value: row.value, note: row.note, enteredByName: caller.actor.name },
        update: { value: row.value, note: row.note, enteredByName: caller.actor.name, enteredAt: new Date() },
      });
    }
    await createAuditEvent(tx, partnershipId, caller.actor, {
      entityType: "Kpi",
      entityId: kpi.id,
      action: "values.import",
      after: { kpi: kpi.code, rows: parsed.valid.length, replaced, periods: parsed.valid.map((v) => formatUkMonth(v.period)) },
    });
    return { kpiId: kpi.id, saved: parsed.valid.length, replaced };
  });
}
