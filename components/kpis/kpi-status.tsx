import { StatusBadge } from "@/components/ui/status-badge";
import type { KpiAssessment } from "@/lib/kpis/compute";
import type { StatusLabels } from "@/lib/plan/status";

/** A KPI's status; "No data" (grey) when the latest expected period has no value, with the last reported judgement beside it. */
export function KpiStatus({ assessment, labels, withLastReported = true }: { assessment: KpiAssessment; labels: StatusLabels; withLastReported?: boolean }) {
  if (assessment.noData) {
    return (
      <span className="inline-flex flex-col items-start gap-1">
        <StatusBadge status="NOT_DUE" label="No data" prefix="KPI status" />
        {withLastReported && assessment.lastReported ? (
          <span className="text-xs text-slate-700">Last reported: {labels[assessment.lastReported]}</span>
        ) : null}
      </span>
    );
  }
  return <StatusBadge status={assessment.status} label={labels[assessment.status]} prefix="KPI status" />;
}
