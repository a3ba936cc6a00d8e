import "server-only";
// The KPIs' definitions as a table, archived ones too: what each measures,
// its unit, target and trajectory, for the whole-partnership download
// (lib/partnership-archive). The KPI values register holds the values.
import type { MemberContext } from "@/lib/auth/guards";
import { formatUkDate, toIsoDate } from "@/lib/dates/format";
import type { Register } from "@/lib/exports/register";
import { mayReadKpis } from "./access";
import { KPI_DIRECTION_LABELS, KPI_FREQUENCY_LABELS, KPI_UNIT_LABELS } from "./labels";
import { listKpiDefinitions, type KpiDefinition } from "./queries";

export async function kpiDefinitionsTable(member: MemberContext, _params: URLSearchParams, today: Date): Promise<Register<KpiDefinition> | null> {
  if (!mayReadKpis(member.scope)) return null;
  const rows = await listKpiDefinitions(member.partnershipId);
  return {
    title: `KPIs — ${member.partnership.name}`,
    filename: `${member.partnership.slug}-kpis-${toIsoDate(today)}`,
    filters: [],
    asAt: today,
    rows,
    columns: [
      { header: "KPI code", value: (r) => r.code, width: 10 },
      { header: "KPI", value: (r) => r.name, width: 50 },
      { header: "Definition", value: (r) => r.definition, width: 60 },
      { header: "Priority areas", value: (r) => r.areas.map((a) => a.priorityArea.code).join(", "), width: 14 },
      { header: "Plan actions", value: (r) => r.actions.map((a) => a.action.code).join(", "), width: 14 },
      { header: "Unit", value: (r) => KPI_UNIT_LABELS[r.unit], width: 14 },
      { header: "Direction", value: (r) => KPI_DIRECTION_LABELS[r.direction], width: 16 },
      { header: "Frequency", value: (r) => KPI_FREQUENCY_LABELS[r.frequency], width: 12 },
      { header: "Tolerance", value: (r) => r.tolerance, width: 10 },
      { header: "Owner", value: (r) => r.owner?.user.name ?? r.ownerRole, width: 30 },
      { header: "Data source", value: (r) => r.dataSource, width: 40 },
      { header: "Baseline", value: (r) => r.baselineValue, width: 10 },
      { header: "Baseline date", value: (r) => r.baselineDate, width: 16 },
      { header: "Target", value: (r) => r.targetValue, width: 10 },
      { header: "Target date", value: (r) => r.targetDate, width: 16 },
      { header: "Trajectory", value: (r) => r.trajectory.map((t) => `${formatUkDate(t.date)}: ${t.value}`).join("\n"), width: 40 },
      { header: "Values recorded", value: (r) => r._count.values, width: 10 },
      { header: "Archived on", value: (r) => r.archivedAt, width: 16 },
    ],
  };
}
