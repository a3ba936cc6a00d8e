// A plan of a KPI test file's own, laid out as the demo's Derby City is for
// the rules the KPI tests check: areas APA1 and APA2 with one action each
// (1.1a, 2.1a), lead@ leading APA1 only, and KPIs made through the app's own
// mutation. In a partnership of the file's own (./own-partnership.ts), so a
// second run over the same database starts afresh and nothing it writes
// changes another file's verdict.
//
//   const plan = await kpiPlan("kpis");                                   // partnership "kpis-1", then "kpis-2"
//   const ids = await plan.kpis([{ code: "K01", area: "APA1" }, { code: "K08", area: "APA2", owner: "contributor" }]);
//   await saveKpiValue(plan.own.id, plan.callers.lead, { kpiId: ids.K01, … });
import type { Caller } from "@/lib/auth/caller";
import { parseIsoDate } from "@/lib/dates/format";
import { createKpiSchema, type KpiDefinitionInput } from "@/lib/kpis/definition";
import { createKpi } from "@/lib/kpis/mutations/definitions";
import { createAction } from "@/lib/plan/structure/mutations/actions";
import { createArea } from "@/lib/plan/structure/mutations/areas";
import { createOutcome } from "@/lib/plan/structure/mutations/outcomes";
import { OWN_ROLES, ownPartnership, type OwnPartnership, type OwnRole } from "./own-partnership";

export type KpiArea = "APA1" | "APA2";
export type KpiSpec = { code: string; area: KpiArea; owner?: OwnRole };

export type KpiPlan = {
  own: OwnPartnership;
  /** Area ids by code; lead@ leads APA1 only. */
  areas: Record<KpiArea, string>;
  /** Action ids by code: 1.1a in APA1, 2.1a in APA2. */
  actions: Record<"1.1a" | "2.1a", string>;
  /** Every member as a mutation's caller, built after lead@ was made lead of APA1. */
  callers: Record<OwnRole, Caller>;
  /** Adds these KPIs (as the admin); their ids by code. */
  kpis(specs: readonly KpiSpec[]): Promise<Record<string, string>>;
};

/** A definition as the form sends it, through the real schema. */
export function kpiDefinition(fields: Record<string, string>): KpiDefinitionInput {
  return createKpiSchema.parse({
    name: "Average wait",
    definition: "Weeks from referral to assessment.",
    unit: "WEEKS",
    direction: "LOWER_IS_BETTER",
    frequency: "MONTHLY",
    ...fields,
  });
}

export async function kpiPlan(prefix: string): Promise<KpiPlan> {
  const own = await ownPartnership(prefix);
  const admin = await own.caller("admin");
  const areas = {} as Record<KpiArea, string>;
  const actions = {} as Record<"1.1a" | "2.1a", string>;
  for (const [n, code] of [
    [1, "APA1"],
    [2, "APA2"],
  ] as const) {
    const area = await createArea(own.id, admin, { code, kind: "PRIORITY_ACTION", title: `Area ${code}`, finding: "As the report words it.", leadRoles: [] });
    areas[code] = area.id;
    const outcome = await createOutcome(own.id, admin, { priorityAreaId: area.id, code: `${n}.1`, text: "An outcome for children." });
    const action = await createAction(own.id, admin, { outcomeId: outcome.id, code: `${n}.1a`, title: `Action ${n}.1a`, baselineDueDate: parseIsoDate("2027-06-30"), tags: [] });
    actions[`${n}.1a`] = action.id;
  }
  await own.leads([areas.APA1]);
  const callers = {} as Record<OwnRole, Caller>;
  for (const role of OWN_ROLES) callers[role] = await own.caller(role);

  return {
    own,
    areas,
    actions,
    callers,
    kpis: async (specs) => {
      const ids: Record<string, string> = {};
      for (const { code, area, owner } of specs) {
        const input = kpiDefinition({ code, areaIds: areas[area], ...(owner ? { ownerMembershipId: own.membershipIds[owner] } : {}) });
        ids[code] = (await createKpi(own.id, callers.admin, input)).id;
      }
      return ids;
    },
  };
}
