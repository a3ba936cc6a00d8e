// KPI definitions against a real PostgreSQL: admins anywhere, priority leads
// in their own areas, nobody else; one audit row per save; a stale save is a
// conflict; bad links change nothing. In a plan of the file's own
// (tests/support/kpi-plan.ts): the KPIs it adds are nobody else's to count,
// and a second run on the same database gets fresh codes to add.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "./support/db";
import { kpiDefinition as definition, kpiPlan, type KpiPlan } from "./support/kpi-plan";
import type { OwnRole } from "./support/own-partnership";
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from "@/lib/errors";
import { createKpi, setKpiArchived, updateKpi } from "@/lib/kpis/mutations/definitions";
import { saveKpiValue } from "@/lib/kpis/mutations/values";
import { getKpiDetail, listArchivedKpis, listKpis } from "@/lib/kpis/queries";
import { getDashboard } from "@/lib/dashboard/queries";
import { parseIsoDate } from "@/lib/dates/format";

let plan: KpiPlan;
let ours: string;
let areas: KpiPlan["areas"];
let callers: KpiPlan["callers"];

/** Who may add, edit, archive or restore a KPI of an area. lead@ leads APA1 only. */
const MATRIX: [role: OwnRole, area: keyof KpiPlan["areas"], allowed: boolean][] = [
  ["admin", "APA2", true],
  ["lead", "APA1", true],
  ["lead", "APA2", false],
  ["contributor", "APA1", false],
  ["board", "APA1", false],
  ["viewer", "APA1", false],
  ["advisor", "APA1", false],
];

const auditCount = () => db.auditEvent.count({ where: { partnershipId: ours } });
const kpiCount = () => db.kpi.count({ where: { partnershipId: ours } });

beforeAll(async () => {
  plan = await kpiPlan("kpi-definitions");
  ({ areas, callers } = plan);
  ours = plan.own.id;
  // K01 and K05 in APA1 (lead@'s), K07 in APA2, as in the demo's Derby City.
  await plan.kpis([
    { code: "K01", area: "APA1" },
    { code: "K05", area: "APA1" },
    { code: "K07", area: "APA2" },
  ]);
});

describe("adding a KPI: who may", () => {
  it.each(MATRIX)("%s in %s → allowed: %s", async (role, area, allowed) => {
    const [kpis, audits] = [await kpiCount(), await auditCount()];
    const input = definition({
      code: `N-${role}-${area}`,
      areaIds: areas[area],
      baselineValue: "46",
      baselineDate: "2024-08-01",
      targetValue: "18",
      targetDate: "2027-03-31",
      tolerance: "4",
      trajectory: "31 Mar 2026, 30",
      benchmarks: "Jun 2025, 20, 22, 25",
      actionCodes: "",
    });
    const run = createKpi(ours, callers[role], input);
    if (allowed) {
      const { id } = await run;
      expect(await kpiCount()).toBe(kpis + 1);
      expect(await auditCount()).toBe(audits + 1);
      const saved = await db.kpi.findFirstOrThrow({
        where: { id, partnershipId: ours },
        select: { tolerance: true, targetValue: true, areas: true, trajectory: true, benchmarks: true },
      });
      expect(saved).toMatchObject({ tolerance: 4, targetValue: 18, areas: [{ priorityAreaId: areas[area] }], trajectory: [{ value: 30 }] });
      expect(saved.benchmarks.map((b) => [b.kind, b.value]).sort()).toEqual([
        ["NATIONAL", 20],
        ["REGIONAL", 22],
        ["STATISTICAL_NEIGHBOURS", 25],
      ]);
    } else {
      await expect(run).rejects.toBeInstanceOf(ForbiddenError);
      expect(await kpiCount()).toBe(kpis);
      expect(await auditCount()).toBe(audits);
    }
  });
});

describe("saving a KPI definition", () => {
  it("a code already used gets its message next to the Code field and nothing is written", async () => {
    const [kpis, audits] = [await kpiCount(), await auditCount()];
    const error = await createKpi(ours, callers.admin, definition({ code: "K01", areaIds: areas.APA1 })).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).fieldErrors?.code?.[0]).toMatch(/K01 is already used/);
    expect([await kpiCount(), await auditCount()]).toEqual([kpis, audits]);
  });

  it("links actions by code, and an unknown code is refused with nothing written", async () => {
    const action = await db.action.findFirstOrThrow({ where: { id: plan.actions["1.1a"], partnershipId: ours }, select: { id: true, code: true } });
    const error = await createKpi(ours, callers.admin, definition({ code: "L1", areaIds: areas.APA1, actionCodes: `${action.code}, 9.9z` })).catch((e: unknown) => e);
    expect((error as ValidationError).fieldErrors?.actionCodes?.[0]).toMatch(/9\.9z/);
    expect(await db.kpi.count({ where: { partnershipId: ours, code: "L1" } })).toBe(0);
    const { id } = await createKpi(ours, callers.admin, definition({ code: "L1", areaIds: areas.APA1, actionCodes: action.code }));
    expect(await db.kpiAction.findMany({ where: { partnershipId: ours, kpiId: id }, select: { actionId: true } })).toEqual([{ actionId: action.id }]);
  });

  it("an edit replaces the trajectory and benchmarks, bumps the version, and a stale edit is a conflict", async () => {
    const { id } = await createKpi(ours, callers.lead, definition({ code: "E1", areaIds: areas.APA1, trajectory: "31 Mar 2026, 30\n30 Sep 2026, 25", benchmarks: "Jun 2025, 20" }));
    const audits = await auditCount();
    const saved = await updateKpi(ours, callers.lead, {
      id,
      version: 1,
      ...definition({ code: "E1", name: "Average wait (weeks)", areaIds: areas.APA1, trajectory: "31 Dec 2026, 22" }),
    });
    expect(saved).toEqual({ id, version: 2 });
    expect(await auditCount()).toBe(audits + 1);
    const row = await db.kpi.findFirstOrThrow({ where: { id, partnershipId: ours }, select: { name: true, trajectory: { select: { value: true } }, benchmarks: true } });
    expect(row).toEqual({ name: "Average wait (weeks)", trajectory: [{ value: 22 }], benchmarks: [] });

    const stale = updateKpi(ours, callers.admin, { id, version: 1, ...definition({ code: "E1", name: "Stale", areaIds: areas.APA1 }) });
    await expect(stale).rejects.toBeInstanceOf(ConflictError);
    expect((await db.kpi.findFirstOrThrow({ where: { id, partnershipId: ours } })).name).toBe("Average wait (weeks)");
    expect(await auditCount()).toBe(audits + 1);
  });

  it("a lead cannot edit another area's KPI, nor move their own KPI into an area they do not lead", async () => {
    const other = await db.kpi.findFirstOrThrow({ where: { partnershipId: ours, code: "K07" }, select: { id: true, version: true } });
    await expect(updateKpi(ours, callers.lead, { id: other.id, version: other.version, ...definition({ code: "K07", areaIds: areas.APA1 }) })).rejects.toBeInstanceOf(
      ForbiddenError,
    );
    const own = await db.kpi.findFirstOrThrow({ where: { partnershipId: ours, code: "K05" }, select: { id: true, version: true, name: true } });
    await expect(
      updateKpi(ours, callers.lead, { id: own.id, version: own.version, ...definition({ code: "K05", areaIds: `${areas.APA1},${areas.APA2}` }) }),
    ).rejects.toBeInstanceOf(ForbiddenError);
    expect((await db.kpi.findFirstOrThrow({ where: { id: own.id, partnershipId: ours } })).name).toBe(own.name);
  });

  it("an archived KPI cannot be edited", async () => {
    const { id } = await createKpi(ours, callers.admin, definition({ code: "A1", areaIds: areas.APA1 }));
    await db.kpi.updateMany({ where: { id, partnershipId: ours }, data: { archivedAt: new Date() } });
    await expect(updateKpi(ours, callers.admin, { id, version: 1, ...definition({ code: "A1", areaIds: areas.APA1 }) })).rejects.toBeInstanceOf(NotFoundError);
  });
});

describe("archiving and restoring a KPI", () => {
  const versionOf = async (id: string) => (await db.kpi.findFirstOrThrow({ where: { id, partnershipId: ours }, select: { version: true } })).version;

  it.each(MATRIX)("%s in %s → allowed: %s", async (role, area, allowed) => {
    const { id } = await createKpi(ours, callers.admin, definition({ code: `AR-${role}-${area}`, areaIds: areas[area] }));
    const audits = await auditCount();
    const archive = setKpiArchived(ours, callers[role], { id, version: 1, archived: true });
    if (!allowed) {
      await expect(archive).rejects.toBeInstanceOf(ForbiddenError);
      expect(await auditCount()).toBe(audits);
      expect((await listKpis(ours)).some((k) => k.id === id)).toBe(true);
      return;
    }
    await archive;
    expect(await auditCount()).toBe(audits + 1);
    expect((await listKpis(ours)).some((k) => k.id === id)).toBe(false);
    expect((await listArchivedKpis(ours)).map((k) => k.id)).toContain(id);
    expect(await getKpiDetail(ours, id)).toBeNull();

    await setKpiArchived(ours, callers[role], { id, version: 2, archived: false });
    expect(await auditCount()).toBe(audits + 2);
    expect((await listKpis(ours)).some((k) => k.id === id)).toBe(true);
    expect((await listArchivedKpis(ours)).map((k) => k.id)).not.toContain(id);
  });

  it("keeps the values, refuses a stale or repeated archive, and takes the KPI off the dashboard", async () => {
    const { id } = await createKpi(ours, callers.admin, definition({ code: "AR-KEEP", areaIds: areas.APA1 }));
    await saveKpiValue(ours, callers.admin, { kpiId: id, period: parseIsoDate("2026-01-01"), value: 40, note: "" });
    const version = await versionOf(id);
    const audits = await auditCount();

    await expect(setKpiArchived(ours, callers.admin, { id, version: version - 1, archived: true })).rejects.toBeInstanceOf(ConflictError);
    expect(await auditCount()).toBe(audits);
    expect((await listKpis(ours)).some((k) => k.id === id)).toBe(true);

    await setKpiArchived(ours, callers.admin, { id, version, archived: true });
    await expect(setKpiArchived(ours, callers.admin, { id, version: version + 1, archived: true })).rejects.toBeInstanceOf(ValidationError);
    expect(await auditCount()).toBe(audits + 1);
    expect(await db.kpiValue.count({ where: { partnershipId: ours, kpiId: id } })).toBe(1);
    const dashboard = await getDashboard(ours, parseIsoDate("2026-11-23"));
    expect(dashboard.totals.kpis).toBe((await listKpis(ours)).length);
    expect(dashboard.kpiTiles.some((t) => t.id === id)).toBe(false);
  });
});
