// KPI values against a real PostgreSQL: who may enter them (DESIGN §4), and
// a bulk import that saves every row or none.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "./support/db";
import { callerFor, partnershipId } from "./support/callers";
import type { Caller } from "@/lib/auth/caller";
import { ForbiddenError, NotFoundError, ValidationError } from "@/lib/errors";
import { importKpiValues, saveKpiValue } from "@/lib/kpis/mutations/values";
import { parseIsoDate } from "@/lib/dates/format";

let derbyCity: string;
const callers: Record<string, Caller> = {};
const ROLES = ["admin", "board", "lead", "contributor", "viewer", "advisor"] as const;

async function kpi(code: string) {
  return db.kpi.findFirstOrThrow({ where: { partnershipId: derbyCity, code }, select: { id: true } });
}

async function valuesOf(kpiId: string) {
  return db.kpiValue.findMany({ where: { partnershipId: derbyCity, kpiId }, orderBy: { period: "asc" }, select: { period: true, value: true, note: true } });
}

const auditCount = () => db.auditEvent.count({ where: { partnershipId: derbyCity } });

beforeAll(async () => {
  derbyCity = await partnershipId("derby-city");
  for (const role of ROLES) {
    callers[role] = await callerFor(role === "advisor" ? "advisor@dfe.demo" : `${role}@derby-city.demo`, "derby-city");
  }
  // contributor@ owns K08 (area APA2, which lead@ does not lead).
  await db.kpi.updateMany({ where: { partnershipId: derbyCity, code: "K08" }, data: { ownerMembershipId: callers.contributor!.scope.membershipId } });
});

describe("entering a KPI value: who may", () => {
  // lead@ leads APA1 (K01–K06); K07–K12 are in APA2.
  const matrix: [role: (typeof ROLES)[number], code: string, allowed: boolean][] = [
    ["admin", "K10", true],
    ["lead", "K01", true],
    ["lead", "K07", false],
    ["contributor", "K08", true],
    ["contributor", "K09", false],
    ["contributor", "K01", false],
    ["board", "K01", false],
    ["viewer", "K01", false],
    ["advisor", "K01", false],
  ];
  it.each(matrix)("%s on %s → allowed: %s", async (role, code, allowed) => {
    const { id } = await kpi(code);
    const before = await valuesOf(id);
    const audits = await auditCount();
    // A month before every series (the demo's values run up to last month), and a figure every unit allows.
    const period = parseIsoDate("2024-03-01");
    const run = saveKpiValue(derbyCity, callers[role]!, { kpiId: id, period, value: 42, note: `Entered by ${role}` });
    if (allowed) {
      await expect(run).resolves.toMatchObject({ kpiId: id });
      expect(await auditCount()).toBe(audits + 1);
      expect((await valuesOf(id)).find((v) => v.period.getTime() === period.getTime())).toMatchObject({ value: 42, note: `Entered by ${role}` });
    } else {
      await expect(run).rejects.toBeInstanceOf(ForbiddenError);
      expect(await auditCount()).toBe(audits);
      expect(await valuesOf(id)).toEqual(before);
    }
  });

  it("re-entering a month that has a value needs a reason, and the correction is kept with the old value", async () => {
    const { id } = await kpi("K02");
    const period = parseIsoDate("2024-04-01");
    await expect(saveKpiValue(derbyCity, callers.admin!, { kpiId: id, period, value: 10 })).resolves.toMatchObject({ replaced: false });
    const refused = await saveKpiValue(derbyCity, callers.admin!, { kpiId: id, period, value: 11 }).catch((e: unknown) => e);
    expect((refused as ValidationError).fieldErrors?.reason?.[0]).toMatch(/April 2024 already has a value \(10\)/);
    await expect(saveKpiValue(derbyCity, callers.admin!, { kpiId: id, period, value: 11, reason: "Keyed from the wrong column." })).resolves.toMatchObject({ replaced: true });
    expect((await valuesOf(id)).filter((v) => v.period.getTime() === period.getTime())).toEqual([{ period, value: 11, note: null }]);
    const audit = await db.auditEvent.findFirstOrThrow({ where: { partnershipId: derbyCity, entityType: "KpiValue" }, orderBy: { at: "desc" } });
    expect(audit).toMatchObject({ action: "correct", before: { value: 10 } });
    expect(await db.kpiValueCorrection.findFirst({ where: { partnershipId: derbyCity, kpiId: id, period }, select: { previousValue: true, newValue: true, reason: true } })).toEqual({
      previousValue: 10,
      newValue: 11,
      reason: "Keyed from the wrong column.",
    });
  });

  it("an archived KPI takes no values", async () => {
    const { id } = await kpi("K12");
    await db.kpi.update({ where: { id }, data: { archivedAt: new Date() } });
    try {
      await expect(saveKpiValue(derbyCity, callers.admin!, { kpiId: id, period: parseIsoDate("2026-03-01"), value: 1 })).rejects.toBeInstanceOf(NotFoundError);
    } finally {
      await db.kpi.update({ where: { id }, data: { archivedAt: null } });
    }
  });
});

describe("bulk import: every row or none", () => {
  it("one bad row refuses the whole paste and writes nothing", async () => {
    const { id } = await kpi("K03");
    const before = await valuesOf(id);
    const audits = await auditCount();
    const data = "Jan 2026\t12\nFeb 2026\ttwelve\nMar 2026\t14";
    const error = await importKpiValues(derbyCity, callers.admin!, { kpiId: id, data }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).fieldErrors?.data?.join(" ")).toMatch(/Line 2/);
    expect(await valuesOf(id)).toEqual(before);
    expect(await auditCount()).toBe(audits);
  });

  it("a duplicate period or an unknown month refuses the paste", async () => {
    const { id } = await kpi("K03");
    const before = await valuesOf(id);
    await expect(importKpiValues(derbyCity, callers.admin!, { kpiId: id, data: "Jan 2026,12\nJan 2026,13" })).rejects.toBeInstanceOf(ValidationError);
    await expect(importKpiValues(derbyCity, callers.admin!, { kpiId: id, data: "Smarch 2026,12" })).rejects.toBeInstanceOf(ValidationError);
    expect(await valuesOf(id)).toEqual(before);
  });

  it("a clean paste saves every row with one audit row", async () => {
    const { id } = await kpi("K04");
    const audits = await auditCount();
    const result = await importKpiValues(derbyCity, callers.lead!, { kpiId: id, data: "Month,Value\nJul 2024,31\nAug 2024,32.5\nSep 2024,30" });
    expect(result).toMatchObject({ saved: 3 });
    const saved = (await valuesOf(id)).filter((v) => v.period >= parseIsoDate("2024-07-01") && v.period <= parseIsoDate("2024-09-01"));
    expect(saved.map((v) => v.value)).toEqual([31, 32.5, 30]);
    expect(await auditCount()).toBe(audits + 1);
  });

  it("someone who may not enter values imports nothing", async () => {
    const { id } = await kpi("K07");
    const before = await valuesOf(id);
    const audits = await auditCount();
    await expect(importKpiValues(derbyCity, callers.lead!, { kpiId: id, data: "Jul 2026,31" })).rejects.toBeInstanceOf(ForbiddenError);
    expect(await valuesOf(id)).toEqual(before);
    expect(await auditCount()).toBe(audits);
  });
});
