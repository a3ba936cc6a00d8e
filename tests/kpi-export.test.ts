// The KPIs' values download (lib/kpis/export.ts), drawn from the demo's Derby
// City KPIs (the self-assessment's real figures) as its programme office reads
// them; read-only. One row per KPI and month, in the list's order, each with
// what the trajectory expected and how the value stood against it; the KPI
// list's filters applied and said.
import Papa from "papaparse";
import { beforeAll, describe, expect, it } from "vitest";
import { memberContext, type MemberContext } from "@/lib/auth/guards";
import { getMembershipBySlug } from "@/lib/auth/queries";
import { parseIsoDate } from "@/lib/dates/format";
import { toCsv } from "@/lib/exports/register";
import { kpiValuesRegister } from "@/lib/kpis/export";
import { kpiList } from "@/lib/kpis/list";
import { listKpis } from "@/lib/kpis/queries";
import { db } from "./support/db";

const today = parseIsoDate("2026-11-20");
let admin: MemberContext;

beforeAll(async () => {
  const user = await db.user.findUniqueOrThrow({ where: { email: "admin@derby-city.demo" }, select: { id: true, name: true, email: true, sessionVersion: true } });
  const row = await getMembershipBySlug(user.id, "derby-city");
  admin = memberContext({ userId: user.id, name: user.name, email: user.email, sessionVersion: user.sessionVersion }, row!);
});

describe("the KPIs' values download", () => {
  it("has every value of every live KPI, KPI by KPI and month by month", async () => {
    const register = (await kpiValuesRegister(admin, new URLSearchParams(), today))!;
    const stored = await db.kpiValue.count({ where: { partnershipId: admin.partnershipId, kpi: { archivedAt: null } } });
    expect(register.rows).toHaveLength(stored);
    expect(stored).toBeGreaterThan(10);
    for (let i = 1; i < register.rows.length; i++) {
      const [a, b] = [register.rows[i - 1]!, register.rows[i]!];
      if (a.kpi.id === b.kpi.id) expect(a.value.period.getTime()).toBeLessThan(b.value.period.getTime());
    }
    const kpiOrder = [...new Set(register.rows.map((r) => r.kpi.code))];
    expect(new Set(kpiOrder).size).toBe(kpiOrder.length);
    const csv = Papa.parse<string[]>(toCsv(register).replace(/^\uFEFF/, ""), { delimiter: "," }).data;
    const header = csv.findIndex((line) => line[0] === "KPI code");
    expect(csv[header]!.slice(0, 9)).toEqual(["KPI code", "KPI", "Priority areas", "Unit", "Direction", "Month", "Value", "Expected on the trajectory", "Against the trajectory"]);
    const judged = register.rows.filter((r) => r.expected !== null);
    expect(judged.length).toBeGreaterThan(0);
    const line = csv[header + 1 + register.rows.indexOf(judged[0]!)]!;
    expect(admin.labels).toHaveProperty(["ON_TRACK"]);
    expect(Object.values(admin.labels)).toContain(line[8]);
  });

  it("applies the KPI list's status filter and says it", async () => {
    const all = (await kpiValuesRegister(admin, new URLSearchParams(), today))!;
    const offTrack = (await kpiValuesRegister(admin, new URLSearchParams({ status: "OFF_TRACK" }), today))!;
    expect(offTrack.filters).toEqual([`Status: ${admin.labels.OFF_TRACK}`]);
    // The same KPIs as the list shows under that filter, each with all its values.
    const shown = kpiList(await listKpis(admin.partnershipId), { status: "OFF_TRACK" }, admin.labels, today).rows.map((r) => r.code);
    expect(shown.length).toBeGreaterThan(0);
    expect([...new Set(offTrack.rows.map((r) => r.kpi.code))]).toEqual(shown.filter((code) => all.rows.some((r) => r.kpi.code === code)));
    expect(offTrack.rows.length).toBeLessThan(all.rows.length);
  });
});
