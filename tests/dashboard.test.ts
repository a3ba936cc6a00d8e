// The dashboard's data function against a real PostgreSQL: every status it
// shows is the one the compute modules give for the same rows and day, so the
// board never sees a number that the plan or KPI pages would contradict.
import { describe, expect, it } from "vitest";
import { partnershipId } from "./support/callers";
import { getDashboard } from "@/lib/dashboard/queries";
import { parseIsoDate } from "@/lib/dates/format";
import { assessKpi } from "@/lib/kpis/compute";
import { listKpis } from "@/lib/kpis/queries";
import { kpiInput } from "@/lib/kpis/compute";
import { assessPlan } from "@/lib/plan/assess";
import { getPlanSettings, getPlanTree } from "@/lib/plan/queries";
import { planSettings } from "@/lib/plan/status-inputs";

const DAYS = ["2025-07-31", "2025-09-30", "2026-11-23"];

describe.each(["derbyshire", "derby-city"])("the %s dashboard", (slug) => {
  it.each(DAYS)("on %s shows the compute modules' statuses", async (day) => {
    const id = await partnershipId(slug);
    const today = parseIsoDate(day);
    const [model, kpis, tree, settings] = await Promise.all([getDashboard(id, today), listKpis(id), getPlanTree(id), getPlanSettings(id)]);

    // KPIs: every tile, and the counts behind the ones not shown as tiles.
    const kpiAssessments = new Map(kpis.map((k) => [k.id, assessKpi(kpiInput(k), today)]));
    for (const tile of model.kpiTiles) {
      const expected = kpiAssessments.get(tile.id)!;
      expect({ code: tile.code, status: tile.status, noData: tile.noData }).toEqual({ code: tile.code, status: expected.status, noData: expected.noData });
    }
    const counts = { COMPLETE: 0, ON_TRACK: 0, AT_RISK: 0, OFF_TRACK: 0, NOT_DUE: 0, NO_DATA: 0 };
    for (const a of kpiAssessments.values()) counts[a.noData ? "NO_DATA" : a.status]++;
    expect(model.totals.kpiCounts).toEqual(counts);
    expect(model.totals.kpis).toBe(kpis.length);

    // Actions: computed statuses, conflicts and overdue counts per area.
    const assessments = assessPlan(tree, today, planSettings(settings), new Map(kpis.map((k) => [k.id, { name: k.name, status: kpiAssessments.get(k.id)!.status }])));
    for (const area of tree) {
      const actions = area.outcomes.flatMap((o) => o.actions).map((a) => assessments.get(a.id)!);
      const shown = model.areas.find((a) => a.id === area.id)!;
      const computed = { COMPLETE: 0, ON_TRACK: 0, AT_RISK: 0, OFF_TRACK: 0, NOT_DUE: 0 };
      for (const a of actions) computed[a.computed.status]++;
      expect(shown.computedCounts).toEqual(computed);
      expect(shown.conflicts).toBe(actions.filter((a) => a.conflict).length);
      expect(shown.overdueActions).toBe(actions.filter((a) => a.slip.daysLate > 0).length);
    }
    expect(model.totals.actions).toBe([...assessments.keys()].length);
  });

  it("has something to compare: actions and KPIs", async () => {
    const model = await getDashboard(await partnershipId(slug), parseIsoDate("2025-09-30"));
    expect(model.totals.actions).toBeGreaterThan(0);
    expect(model.totals.kpis).toBeGreaterThan(0);
  });
});
