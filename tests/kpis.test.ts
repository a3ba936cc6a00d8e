// KPI values against a real PostgreSQL: who may enter them (DESIGN §4), and
// a bulk import that saves every row or none. In a plan of the file's own
// (tests/support/kpi-plan.ts), with KPIs laid out as the demo's Derby City's:
// the months it fills are empty on every run, and nobody else counts them.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "./support/db";
import { kpiPlan, type KpiPlan } from "./support/kpi-plan";
import type { OwnRole } from "./support/own-partnership";
import { ForbiddenError, NotFoundError, ValidationError } from "@/lib/errors";
import { importKpiValues, saveKpiValue } from "@/lib/kpis/mutations/values";
import { parseIsoDate } from "@/lib/dates/format";
import type { MemberContext } from "@/lib/auth/guards";
import { getEditKpiPage, getKpiListPage, getKpiPage, getNewKpiPage } from "@/lib/kpis/view";

let plan: KpiPlan;
let ours: string;
let callers: KpiPlan["callers"];
let ids: Record<string, string>;

async function kpi(code: string) {
  return db.kpi.findFirstOrThrow({ where: { id: ids[code], partnershipId: ours, code }, select: { id: true } });
}

async function valuesOf(kpiId: string) {
  return db.kpiValue.findMany({ where: { partnershipId: ours, kpiId }, orderBy: { period: "asc" }, select: { period: true, value: true, note: true } });
}

const auditCount = () => db.auditEvent.count({ where: { partnershipId: ours } });

beforeAll(async () => {
  plan = await kpiPlan("kpis");
  ({ callers } = plan);
  ours = plan.own.id;
  // K01–K06 in APA1 (lead@'s), K07–K12 in APA2; contributor@ owns K08.
  ids = await plan.kpis([
    ...["K01", "K02", "K03", "K04", "K05", "K06"].map((code) => ({ code, area: "APA1" as const })),
    ...["K07", "K08", "K09", "K10", "K11", "K12"].map((code) => ({ code, area: "APA2" as const, ...(code === "K08" ? { owner: "contributor" as const } : {}) })),
  ]);
  // Last month's figure for K06, so the list has a KPI with data beside those without.
  await saveKpiValue(ours, callers.admin, { kpiId: ids.K06!, period: parseIsoDate("2026-10-01"), value: 20, note: "" });
});

describe("entering a KPI value: who may", () => {
  // lead@ leads APA1 (K01–K06); K07–K12 are in APA2.
  const matrix: [role: OwnRole, code: string, allowed: boolean][] = [
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
    // A month no value of this plan has, and a figure every unit allows.
    const period = parseIsoDate("2024-03-01");
    const run = saveKpiValue(ours, callers[role], { kpiId: id, period, value: 42, note: `Entered by ${role}` });
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
    await expect(saveKpiValue(ours, callers.admin, { kpiId: id, period, value: 10 })).resolves.toMatchObject({ replaced: false });
    const refused = await saveKpiValue(ours, callers.admin, { kpiId: id, period, value: 11 }).catch((e: unknown) => e);
    expect((refused as ValidationError).fieldErrors?.reason?.[0]).toMatch(/April 2024 already has a value \(10\)/);
    await expect(saveKpiValue(ours, callers.admin, { kpiId: id, period, value: 11, reason: "Keyed from the wrong column." })).resolves.toMatchObject({ replaced: true });
    expect((await valuesOf(id)).filter((v) => v.period.getTime() === period.getTime())).toEqual([{ period, value: 11, note: null }]);
    const audit = await db.auditEvent.findFirstOrThrow({ where: { partnershipId: ours, entityType: "KpiValue" }, orderBy: { at: "desc" } });
    expect(audit).toMatchObject({ action: "correct", before: { value: 10 } });
    expect(await db.kpiValueCorrection.findFirst({ where: { partnershipId: ours, kpiId: id, period }, select: { previousValue: true, newValue: true, reason: true } })).toEqual({
      previousValue: 10,
      newValue: 11,
      reason: "Keyed from the wrong column.",
    });
  });

  it("an archived KPI takes no values", async () => {
    const { id } = await kpi("K12");
    await db.kpi.update({ where: { id }, data: { archivedAt: new Date() } });
    try {
      await expect(saveKpiValue(ours, callers.admin, { kpiId: id, period: parseIsoDate("2026-03-01"), value: 1 })).rejects.toBeInstanceOf(NotFoundError);
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
    const error = await importKpiValues(ours, callers.admin, { kpiId: id, data }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).fieldErrors?.data?.join(" ")).toMatch(/Line 2/);
    expect(await valuesOf(id)).toEqual(before);
    expect(await auditCount()).toBe(audits);
  });

  it("a duplicate period or an unknown month refuses the paste", async () => {
    const { id } = await kpi("K03");
    const before = await valuesOf(id);
    await expect(importKpiValues(ours, callers.admin, { kpiId: id, data: "Jan 2026,12\nJan 2026,13" })).rejects.toBeInstanceOf(ValidationError);
    await expect(importKpiValues(ours, callers.admin, { kpiId: id, data: "Smarch 2026,12" })).rejects.toBeInstanceOf(ValidationError);
    expect(await valuesOf(id)).toEqual(before);
  });

  it("a clean paste saves every row with one audit row", async () => {
    const { id } = await kpi("K04");
    const audits = await auditCount();
    const result = await importKpiValues(ours, callers.lead, { kpiId: id, data: "Month,Value\nJul 2024,31\nAug 2024,32.5\nSep 2024,30" });
    expect(result).toMatchObject({ saved: 3 });
    const saved = (await valuesOf(id)).filter((v) => v.period >= parseIsoDate("2024-07-01") && v.period <= parseIsoDate("2024-09-01"));
    expect(saved.map((v) => v.value)).toEqual([31, 32.5, 30]);
    expect(await auditCount()).toBe(audits + 1);
  });

  it("someone who may not enter values imports nothing", async () => {
    const { id } = await kpi("K07");
    const before = await valuesOf(id);
    const audits = await auditCount();
    await expect(importKpiValues(ours, callers.lead, { kpiId: id, data: "Jul 2026,31" })).rejects.toBeInstanceOf(ForbiddenError);
    expect(await valuesOf(id)).toEqual(before);
    expect(await auditCount()).toBe(audits);
  });
});

describe("the KPI pages' loaders: who sees what, and a 404 for anyone else", () => {
  const today = parseIsoDate("2026-11-20");
  /** The member as a page loader receives them on a request. */
  const viewer = (role: OwnRole): Promise<MemberContext> => plan.own.member(role);

  it("lists the KPIs for whoever reads the live dashboard; only those who edit KPIs are offered to add one", async () => {
    const admin = await getKpiListPage(await viewer("admin"), {}, today);
    expect(admin?.rows.length).toBeGreaterThan(0);
    expect(admin?.newHref).toBe(`/p/${plan.own.slug}/kpis/new`);
    expect(admin?.rows[0]?.href).toMatch(new RegExp(`^/p/${plan.own.slug}/kpis/\\w+$`));
    expect((await getKpiListPage(await viewer("viewer"), {}, today))?.newHref).toBeNull();
    const advisor = await getKpiListPage(await viewer("advisor"), {}, today);
    expect(advisor === null).toBe(!callers.advisor.scope.advisorDashboardAccess);
  });

  it("filters the list by status, each choice counting what it keeps", async () => {
    const all = (await getKpiListPage(await viewer("admin"), {}, today))!;
    const noData = (await getKpiListPage(await viewer("admin"), { status: "NO_DATA" }, today))!;
    expect(all.filters[0]).toMatchObject({ label: "All", count: all.rows.length, current: true, href: `/p/${plan.own.slug}/kpis` });
    expect(noData.filters.find((f) => f.label === "No data")).toMatchObject({ count: noData.rows.length, current: true, href: `/p/${plan.own.slug}/kpis?status=NO_DATA` });
    expect(noData.rows.every((r) => r.assessment.noData)).toBe(true);
    // Some KPIs have no data and one (K06) has last month's: the filter keeps some rows and drops some.
    expect(noData.rows.length).toBeGreaterThan(0);
    expect(noData.rows.length).toBeLessThan(all.rows.length);
  });

  it("offers a lead the edit link and the value forms only for KPIs of the areas they lead", async () => {
    const own = await getKpiPage(await viewer("lead"), (await kpi("K01")).id, {}, today);
    expect(own?.mayEnter).toBe(true);
    expect(own?.editHref).toMatch(/\/edit$/);
    const other = await getKpiPage(await viewer("lead"), (await kpi("K07")).id, {}, today);
    expect(other).toMatchObject({ mayEnter: false, editHref: null });
    expect(await getEditKpiPage(await viewer("lead"), (await kpi("K07")).id)).toBeNull();
    expect((await getEditKpiPage(await viewer("admin"), (await kpi("K07")).id))?.values.code).toBe("K07");
    expect(await getNewKpiPage(await viewer("contributor"))).toBeNull();
    expect((await getNewKpiPage(await viewer("lead")))?.areaOptions.length).toBeGreaterThan(0);
  });

  it("finds nothing of another partnership's", async () => {
    const foreign = await db.kpi.findFirstOrThrow({ where: { partnership: { slug: "derbyshire" } }, select: { id: true } });
    expect(await getKpiPage(await viewer("admin"), foreign.id, {}, today)).toBeNull();
    expect(await getEditKpiPage(await viewer("admin"), foreign.id)).toBeNull();
  });
});
