import { describe, expect, it } from "vitest";
import { describeAuditRow, type AuditRow } from "@/lib/audit/sentence";
import { vocabulary } from "@/lib/audit/vocabulary";
import { kpiAudit } from "./audit";

const slug = "derbyshire";
const row = (entityType: string, action: string, before: unknown, after: unknown, entityId = "k1"): AuditRow => ({
  actorName: "Morgan Hale (SEND Programme Manager)",
  entityType,
  entityId,
  action,
  before: before ?? null,
  after: after ?? null,
});

const definition = {
  code: "K01",
  name: "EHC plans issued within 20 weeks",
  definition: "Plans issued within 20 weeks, as a share of all plans issued in the month.",
  unit: "PERCENT",
  direction: "HIGHER_IS_BETTER",
  frequency: "MONTHLY",
  ownerMembershipId: null,
  ownerRole: "Head of SEND",
  dataSource: null,
  baselineValue: 46,
  baselineDate: "2025-03-31",
  targetValue: 90,
  targetDate: "2027-03-31",
  tolerance: 5,
  areaIds: ["a1"],
  actionCodes: ["1.1a"],
  trajectory: [{ date: "2026-03-31", value: 70 }],
  benchmarks: 3,
};
const value = { kpiId: "k1", kpi: "K01", unit: "PERCENT", period: "2025-06-01" };

describe("the KPI audit vocabulary", () => {
  it("is in the closed vocabulary", () => {
    for (const kind of Object.keys(kpiAudit)) expect(vocabulary).toHaveProperty(kind);
  });

  it.each([
    ["Kpi", "create", null, definition, "added KPI K01, “EHC plans issued within 20 weeks”", "/p/derbyshire/kpis/k1"],
    [
      "Kpi",
      "update",
      { code: "K1", name: "Old name", areaIds: ["a1"] },
      definition,
      "edited the definition of KPI K1 (now K01), “EHC plans issued within 20 weeks”",
      "/p/derbyshire/kpis/k1",
    ],
    ["Kpi", "archive", { archivedAt: null, version: 3 }, { code: "K01", archivedAt: "2025-09-30", version: 4 }, "archived KPI K01", "/p/derbyshire/kpis"],
    ["Kpi", "restore", { archivedAt: "2025-09-30", version: 4 }, { code: "K01", archivedAt: null, version: 5 }, "restored KPI K01", "/p/derbyshire/kpis/k1"],
    [
      "Kpi",
      "values.import",
      null,
      { kpi: "K01", rows: 3, replaced: 1, periods: ["2025-06-01", "2025-07-01", "2025-08-01"], reason: "Figures revised by the data team." },
      "imported 3 values into KPI K01, replacing 1 earlier value",
      "/p/derbyshire/kpis/k1",
    ],
    ["KpiValue", "create", null, { ...value, value: 45.2, note: null }, "entered 45.2% for June 2025 on KPI K01", "/p/derbyshire/kpis/k1"],
    [
      "KpiValue",
      "correct",
      { value: 45.2, note: null },
      { ...value, value: 47, note: null, reason: "Keyed from the wrong column." },
      "corrected KPI K01’s value for June 2025 from 45.2% to 47%",
      "/p/derbyshire/kpis/k1",
    ],
    ["KpiValue", "remove", { value: 45.2 }, { ...value, reason: "Entered twice." }, "removed KPI K01’s value for June 2025, 45.2%", "/p/derbyshire/kpis/k1"],
  ])("reads %s %s as one sentence with its link", (kind, verb, before, after, says, href) => {
    const read = describeAuditRow(row(kind, verb, before, after, kind === "KpiValue" ? "v1" : "k1"), slug);
    expect(read).toEqual({ sentence: `Morgan Hale (SEND Programme Manager) ${says}.`, href, typed: true });
  });

  it("stores days as ISO days, whatever the mutation hands it", () => {
    const create = kpiAudit.KpiValue.verbs.create.after.parse({ ...value, period: new Date(Date.UTC(2025, 5, 1)), value: 1, note: "x" });
    expect(create.period).toBe("2025-06-01");
    const defined = kpiAudit.Kpi.verbs.create.after.parse({
      ...definition,
      baselineDate: new Date(Date.UTC(2025, 2, 31)),
      trajectory: [{ date: new Date(Date.UTC(2026, 2, 31)), value: 70 }],
    });
    expect(defined.baselineDate).toBe("2025-03-31");
    expect(defined.trajectory).toEqual([{ date: "2026-03-31", value: 70 }]);
  });

  it.each([
    ["Kpi", "archive", { version: 1, archivedAt: null }, { version: 2, archivedAt: "2026-11-20T19:39:04.314Z" }, "archived a KPI", "/p/derbyshire/kpis"],
    [
      "Kpi",
      "values.import",
      null,
      { kpi: "K01", rows: 3, periods: ["February 2026", "March 2026", "April 2026"], replaced: 3 },
      "imported 3 values into KPI K01, replacing 3 earlier values",
      "/p/derbyshire/kpis/k1",
    ],
    ["Kpi", "create", null, { ...definition, trajectory: ["2026-03-31: 70"] }, "added KPI K01, “EHC plans issued within 20 weeks”", "/p/derbyshire/kpis/k1"],
    [
      "KpiValue",
      "correct",
      { note: null, value: 85.8 },
      { kpi: "K01", note: null, value: 42, period: "January 2026", reason: "Registry test: corrected figure." },
      "corrected KPI K01’s value for January 2026 from 85.8 to 42",
      "/p/derbyshire/kpis",
    ],
    [
      "KpiValue",
      "correct",
      { value: 85.8 },
      { kpi: "K01", value: 42, period: "January 2026", reason: "Typo." },
      "corrected KPI K01’s value for January 2026 from 85.8 to 42",
      "/p/derbyshire/kpis",
    ],
    [
      "KpiValue",
      "remove",
      { value: 85.8 },
      { kpi: "K01", value: null, period: "January 2026", reason: "Twice." },
      "removed KPI K01’s value for January 2026, 85.8",
      "/p/derbyshire/kpis",
    ],
  ])("reads a %s %s row stored before the vocabulary", (kind, verb, before, after, says, href) => {
    expect(describeAuditRow(row(kind, verb, before, after, "k1"), slug)).toEqual({ sentence: `Morgan Hale (SEND Programme Manager) ${says}.`, href, typed: true });
  });
});
