// Query rows as the plain inputs of the status rules (compute.ts), so every page
// feeds compute.ts the same way.
import type { ActionInput, OccurrenceInput, PlanSettings } from "./compute";
import { DEFAULT_PLAN_SETTINGS } from "./compute";

type OccurrenceRow = { dueDate: Date; state: OccurrenceInput["state"]; _count?: { evidence: number } };
type MilestoneRow = { text: string; _count?: { evidence: number }; occurrences: readonly OccurrenceRow[] };
type ActionRow = {
  reportedStatus: ActionInput["reportedStatus"];
  startDate: Date | null;
  currentDueDate: Date | null;
  baselineDueDate: Date | null;
  reportedAt: Date | null;
  milestones: readonly MilestoneRow[];
};

export function occurrencesOf(milestones: readonly MilestoneRow[]): OccurrenceInput[] {
  return milestones.flatMap((milestone) =>
    milestone.occurrences.map((occurrence) => ({
      milestoneText: milestone.text,
      dueDate: occurrence.dueDate,
      state: occurrence.state,
      hasEvidence: (occurrence._count?.evidence ?? 0) > 0 || occurrence.state === "MET",
    })),
  );
}

export function actionInput(action: ActionRow, linkedKpis: ActionInput["linkedKpis"] = []): ActionInput {
  return {
    reportedStatus: action.reportedStatus,
    startDate: action.startDate,
    currentDueDate: action.currentDueDate,
    baselineDueDate: action.baselineDueDate,
    lastUpdateAt: action.reportedAt,
    occurrences: occurrencesOf(action.milestones),
    linkedKpis,
  };
}

export function planSettings(row: PlanSettings | null): PlanSettings {
  if (!row) return DEFAULT_PLAN_SETTINGS;
  return { reportingCadenceDays: row.reportingCadenceDays, staleGraceDays: row.staleGraceDays, milestoneWarningDays: row.milestoneWarningDays };
}
