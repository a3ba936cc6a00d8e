import "server-only";
import { toIsoDate } from "@/lib/dates/format";
import type { Tx } from "@/lib/db";
import { assessKpi } from "@/lib/kpis/compute";
import { listKpis } from "@/lib/kpis/queries";
import { kpiInput } from "@/lib/kpis/compute";
import { assessPlan, type ActionAssessment } from "./assess";
import { getPlanSettings, getPlanTree, type PlanTree } from "./queries";
import type { PlanSettings } from "./compute";
import { planSettings } from "./status-inputs";

export type AssessedPlan = {
  tree: PlanTree;
  settings: PlanSettings;
  assessments: ReadonlyMap<string, ActionAssessment>;
};

/** Partnerships whose assessed plan is kept; the least recently used go first. */
const KEPT = 32;
const kept = new Map<string, { key: string; day: string; dataVersion: number; plan: Promise<AssessedPlan> }>();

async function load(partnershipId: string, today: Date, settings: PlanSettings, client?: Tx): Promise<AssessedPlan> {
  const [tree, kpis] = await Promise.all([getPlanTree(partnershipId, client), listKpis(partnershipId, client)]);
  const kpiStatuses = new Map(kpis.map((kpi) => [kpi.id, { name: kpi.name, status: assessKpi(kpiInput(kpi), today).status }]));
  return { tree, settings, assessments: assessPlan(tree, today, settings, kpiStatuses) };
}

/**
 * The whole plan with every action's computed status, for the plan page. A
 * large plan (300 actions, 80 KPIs with five years of values) takes a fifth
 * of a second to load and assess, and it changes only when the partnership's
 * data does: so it is kept per partnership, keyed by the day and the data
 * version (a trigger adds one for every audit row, so any write — on any
 * server — is seen by the very next request). A warm request reads only the
 * settings row, which carries the version.
 */
export async function getAssessedPlan(partnershipId: string, today: Date): Promise<AssessedPlan> {
  const row = await getPlanSettings(partnershipId);
  const day = toIsoDate(today);
  const dataVersion = row?.dataVersion ?? 0;
  const key = `${day}|${dataVersion}|${row?.reportingCadenceDays}|${row?.staleGraceDays}|${row?.milestoneWarningDays}`;
  const hit = kept.get(partnershipId);
  if (hit?.key === key) {
    kept.delete(partnershipId);
    kept.set(partnershipId, hit);
    return hit.plan;
  }
  const plan = load(partnershipId, today, planSettings(row));
  // A request that read an older version, answering late, does not replace a newer entry.
  if (hit && (hit.day > day || (hit.day === day && hit.dataVersion > dataVersion))) return plan;
  kept.delete(partnershipId);
  kept.set(partnershipId, { key, day, dataVersion, plan });
  // A failed load is not kept.
  plan.catch(() => kept.get(partnershipId)?.plan === plan && kept.delete(partnershipId));
  for (const oldest of kept.keys()) {
    if (kept.size <= KEPT) break;
    kept.delete(oldest);
  }
  return plan;
}

/** The assessed plan read through `client` (a transaction: publishing a pack, the seed), never kept. */
export async function loadAssessedPlan(partnershipId: string, today: Date, client: Tx): Promise<AssessedPlan> {
  return load(partnershipId, today, planSettings(await getPlanSettings(partnershipId, client)), client);
}
