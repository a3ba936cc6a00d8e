// One place that turns the plan tree (and KPI judgements) into each action's
// computed status, conflict and slippage, so the plan page and the dashboard
// always agree.
import type { Status } from "@/lib/generated/prisma/enums";
import {
  computeActionStatus,
  owedBy,
  slippage,
  statusConflict,
  updateOwed,
  type ComputedStatus,
  type PlanSettings,
  type Slippage,
  type StatusConflict,
  type UpdateOwed,
} from "./compute";
import type { PlanTree } from "./queries";
import { actionInput } from "./status-inputs";

export type ActionAssessment = {
  computed: ComputedStatus;
  conflict: StatusConflict | null;
  slip: Slippage;
  /** Not updated for longer than the cadence plus grace: a signal of its own, beside status. */
  owed: UpdateOwed | null;
  /** Who answers for the update. */
  owedBy: string[];
};

export function assessPlan(
  tree: PlanTree,
  today: Date,
  settings: PlanSettings,
  kpiStatuses: ReadonlyMap<string, { name: string; status: Status }> = new Map(),
): Map<string, ActionAssessment> {
  const assessments = new Map<string, ActionAssessment>();
  for (const area of tree) {
    for (const outcome of area.outcomes) {
      for (const action of outcome.actions) {
        const linkedKpis = action.kpis.map((k) => kpiStatuses.get(k.kpiId)).filter((k): k is { name: string; status: Status } => k !== undefined);
        const input = actionInput(action, linkedKpis);
        const computed = computeActionStatus(input, today, settings);
        assessments.set(action.id, {
          computed,
          conflict: statusConflict(action.reportedStatus, computed),
          slip: slippage(action, today),
          owed: updateOwed(input, today, settings),
          owedBy: owedBy({ leadName: action.lead?.user.name ?? null, leadRole: action.leadRole, assigneeNames: action.assignees.map((a) => a.membership.user.name) }),
        });
      }
    }
  }
  return assessments;
}
