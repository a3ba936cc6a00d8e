import "server-only";
// A KPI's values: entered one month at a time, corrected or removed with a
// reason kept in the KPI's corrections, or imported many at once. Entered by
// the KPI's owner, the leads of its areas and the programme office.
import type { Tx } from "@/lib/db";
import { mutation } from "@/lib/audit/mutation";
import type { Caller } from "@/lib/auth/caller";
import { now, today } from "@/lib/clock";
import { formatUkMonth } from "@/lib/dates/format";
import { fieldError, ForbiddenError, NotFoundError, ValidationError } from "@/lib/errors";
import { mayEnterKpiValues } from "../access";
import { unitProblem } from "../bounds";
import { parseKpiValues } from "../import";
import type { CorrectKpiValueInput, KpiImportInput, KpiValueInput } from "../schema";

/** The KPI with what authorization needs: its areas and its owner. */
async function kpiForEntry(tx: Tx, partnershipId: string, caller: Caller, kpiId: string) {
  const kpi = await tx.kpi.findFirst({
    where: { id: kpiId, partnershipId, archivedAt: null },
    select: { id: true, code: true, name: true, unit: true, ownerMembershipId: true, areas: { select: { priorityAreaId: true } } },
  });
  if (!kpi) throw new NotFoundError("That KPI no longer exists, or you do not have access to it.");
  if (!mayEnterKpiValues(caller.scope, { areaIds: kpi.areas.map((a) => a.priorityAreaId), ownerMembershipId: kpi.ownerMembershipId })) {
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
      throw fieldError(
        "reason",
        `${formatUkMonth(input.period)} already has a value (${existing.value}). To correct it, say why here; the earlier value is kept in the corrections.`,
      );
    }
    await tx.kpiValue.updateMany({
      where: { ...key, id: existing.id },
      data: { value: input.value, note: input.note, enteredByName: caller.actor.name, enteredAt: now(), provenance: null },
    });
    await tx.kpiValueCorrection.create({ data: correctionRow(partnershipId, caller, kpi.id, input.period, existing.value, input.value, input.reason) });
  }
  const after = { kpiId: kpi.id, kpi: kpi.code, unit: kpi.unit, period: input.period, value: input.value, note: input.note ?? null };
  return {
    result: { kpiId: kpi.id, replaced: existing !== null },
    audit: existing
      ? { kind: "KpiValue", verb: "correct", entityId: existing.id, before: { value: existing.value, note: existing.note }, after: { ...after, reason: input.reason! } }
      : { kind: "KpiValue", verb: "create", entityId: created[0]!.id, after },
  };
});

/** Corrects one value, or removes it, with the reason kept in the KPI's history of corrections. */
export const correctKpiValue = mutation(async (tx, partnershipId, caller: Caller, input: CorrectKpiValueInput) => {
  const kpi = await kpiForEntry(tx, partnershipId, caller, input.kpiId);
  const existing = await tx.kpiValue.findFirst({ where: { partnershipId, kpiId: kpi.id, period: input.period }, select: { id: true, value: true, note: true } });
  if (!existing) throw new NotFoundError("That value no longer exists: someone may have removed it. Reload the page.");
  if (input.value !== undefined) {
    const problem = unitProblem(kpi.unit, input.value);
    if (problem) throw fieldError("value", problem);
    await tx.kpiValue.updateMany({ where: { id: existing.id, partnershipId }, data: { value: input.value, enteredByName: caller.actor.name, enteredAt: now(), provenance: null } });
  } else {
    await tx.kpiValue.deleteMany({ where: { id: existing.id, partnershipId } });
  }
  await tx.kpiValueCorrection.create({ data: correctionRow(partnershipId, caller, kpi.id, input.period, existing.value, input.value ?? null, input.reason) });
  const after = { kpiId: kpi.id, kpi: kpi.code, unit: kpi.unit, period: input.period, reason: input.reason };
  return {
    result: { kpiId: kpi.id, removed: input.value === undefined, month: formatUkMonth(input.period) },
    audit:
      input.value === undefined
        ? { kind: "KpiValue", verb: "remove", entityId: existing.id, before: { value: existing.value }, after }
        : {
            kind: "KpiValue",
            verb: "correct",
            entityId: existing.id,
            before: { value: existing.value, note: existing.note },
            after: { ...after, value: input.value, note: existing.note },
          },
  };
});

/**
 * Saves every pasted row, or none: the data is parsed again here (never
 * trusted from the preview) and any problem refuses the whole import.
 */
export const importKpiValues = mutation(async (tx, partnershipId, caller: Caller, input: Pick<KpiImportInput, "kpiId" | "data" | "reason">) => {
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
    throw fieldError(
      "reason",
      `${earlier.map((e) => formatUkMonth(e.period)).join(", ")} already ${earlier.length === 1 ? "has a value" : "have values"}. Say why the import replaces ${earlier.length === 1 ? "it" : "them"}, or leave ${earlier.length === 1 ? "that row" : "those rows"} out.`,
    );
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
      data: earlier.map((e) =>
        correctionRow(partnershipId, caller, kpi.id, e.period, e.value, parsed.valid.find((v) => v.period.getTime() === e.period.getTime())!.value, input.reason!),
      ),
    });
  }
  return {
    result: { kpiId: kpi.id, saved: parsed.valid.length, replaced },
    audit: {
      kind: "Kpi",
      verb: "values.import",
      entityId: kpi.id,
      after: { kpi: kpi.code, rows: parsed.valid.length, replaced, periods: parsed.valid.map((v) => v.period), reason: input.reason ?? null },
    },
  };
});
