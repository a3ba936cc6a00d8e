import "server-only";
import type { Tx } from "@/lib/db";
import { getAssessedPlan, loadAssessedPlan } from "@/lib/plan/model";
import { carriedForward, orderLog, slowToProgress, type LogMeeting, type SlowReason } from "./compute";
import { getImpactLog, type ImpactLogRow } from "./queries";

export type ImpactLogItem = ImpactLogRow & { priorityAreaId: string | null; slow: SlowReason[]; linkedComputed: string | null };

/**
 * The action and impact log as a board reads it: each entry with its
 * "slow to progress" reasons (lib/meetings/compute.ts), judged against the
 * meetings of the board it was raised at and its plan action's computed
 * status (lib/plan/compute.ts, through the kept assessed plan); slow first.
 */
export async function impactLogView(partnershipId: string, today: Date, boardId?: string, client?: Tx) {
  const [{ entries, meetings }, plan] = await Promise.all([
    getImpactLog(partnershipId, boardId, client),
    client ? loadAssessedPlan(partnershipId, today, client) : getAssessedPlan(partnershipId, today),
  ]);
  const byBoard = new Map<string, LogMeeting[]>();
  for (const m of meetings) byBoard.set(m.boardId, [...(byBoard.get(m.boardId) ?? []), m]);
  const items: ImpactLogItem[] = entries.map((entry) => {
    const computed = entry.action ? (plan.assessments.get(entry.action.id)?.computed.status ?? null) : null;
    const input = { ...entry, linkedAction: entry.action && computed ? { code: entry.action.code, computed } : null };
    return {
      ...entry,
      priorityAreaId: entry.priorityArea?.id ?? null,
      linkedComputed: computed,
      slow: slowToProgress(input, byBoard.get(entry.meeting?.boardId ?? "") ?? meetings, today),
    };
  });
  return { entries: orderLog(items), meetings };
}

/** The entries a meeting reviews (carried forward automatically), in the log's order. */
export function entriesForMeeting(entries: readonly ImpactLogItem[], meeting: LogMeeting, meetings: readonly LogMeeting[]): ImpactLogItem[] {
  return carriedForward(entries, meeting, new Map(meetings.map((m) => [m.id, m])));
}
