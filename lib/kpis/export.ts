import "server-only";
// The KPIs' values as a spreadsheet, with the KPI list's filters applied: one
// row per KPI and month, with what the trajectory expected that month and
// how the value was judged against it, so a board member or an advisor can
// chart them in Excel as the dashboard does.
import type { MemberContext } from "@/lib/auth/guards";
import { formatUkMonth, toIsoDate } from "@/lib/dates/format";
import type { Register } from "@/lib/exports/register";
import { mayReadKpis } from "./access";
import { expectedValueAt, judge, kpiInput } from "./compute";
import { KPI_DIRECTION_LABELS, KPI_UNIT_LABELS } from "./labels";
import { kpiList } from "./list";
import { listKpis, listKpiValues, type KpiListItem } from "./queries";

type Value = Awaited<ReturnType<typeof listKpiValues>>[number];
type Row = { kpi: KpiListItem; value: Value; expected: number | null };

export async function kpiValuesRegister(member: MemberContext, params: URLSearchParams, today: Date): Promise<Register<Row> | null> {
  if (!mayReadKpis(member.scope)) return null;
  const kpis = await listKpis(member.partnershipId);
  const filters = { status: params.get("status") ?? undefined, area: params.get("area") ?? undefined };
  const list = kpiList(kpis, filters, member.labels, today);
  const byId = new Map(kpis.map((kpi) => [kpi.id, kpi]));
  const values = await listKpiValues(
    member.partnershipId,
    list.rows.map((row) => row.id),
  );
  const labels = member.labels;
  const chosen = list.status ? list.choices.find((choice) => choice.key === list.status)?.label : undefined;
  return {
    title: `KPI values — ${member.partnership.name}`,
    filename: `${member.partnership.slug}-kpi-values-${toIsoDate(today)}`,
    filters: [chosen && `Status: ${chosen}`, filters.area && `Area: ${filters.area}`].filter((line): line is string => Boolean(line)),
    asAt: today,
    rows: values.map((value) => {
      const kpi = byId.get(value.kpiId)!;
      return { kpi, value, expected: expectedValueAt(kpiInput(kpi), value.period) };
    }),
    columns: [
      { header: "KPI code", value: (r) => r.kpi.code, width: 10 },
      { header: "KPI", value: (r) => r.kpi.name, width: 50 },
      { header: "Priority areas", value: (r) => r.kpi.areas.map((a) => a.priorityArea.code).join(", "), width: 14 },
      { header: "Unit", value: (r) => KPI_UNIT_LABELS[r.kpi.unit], width: 14 },
      { header: "Direction", value: (r) => KPI_DIRECTION_LABELS[r.kpi.direction], width: 16 },
      { header: "Month", value: (r) => formatUkMonth(r.value.period), width: 16 },
      { header: "Value", value: (r) => r.value.value, width: 10 },
      { header: "Expected on the trajectory", value: (r) => r.expected, width: 12 },
      { header: "Against the trajectory", value: (r) => (r.expected === null ? "" : labels[judge(r.kpi, r.value.value, r.expected)]), width: 22 },
      { header: "Target", value: (r) => r.kpi.targetValue, width: 10 },
      { header: "Target date", value: (r) => r.kpi.targetDate, width: 16 },
      { header: "Note", value: (r) => r.value.note, width: 40 },
      { header: "Entered by", value: (r) => r.value.enteredByName, width: 24 },
      { header: "Entered on", value: (r) => r.value.enteredAt, width: 16 },
      { header: "Source", value: (r) => r.value.provenance, width: 40 },
    ],
  };
}
