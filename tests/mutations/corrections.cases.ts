// Corrections: a mistyped due date put right, with its reason (a KPI value's correction is in kpis.cases.ts).
import { db } from "../support/db";
import { DAY_MS } from "@/lib/dates/format";
import type { MutationCases } from "./types";

export const correctionCases: MutationCases = {
  "lib/plan/mutations.ts#correctDueDate": async ({ partnershipId }) => {
    const action = await db.action.findFirstOrThrow({ where: { partnershipId, archivedAt: null, code: "2.2d" }, select: { id: true, version: true, currentDueDate: true } });
    if (!action.currentDueDate) throw new Error("Action 2.2d has a due date in the seed: only a date given can be corrected.");
    // A day after the date it has now: a new date on every run over the same database.
    return { actionId: action.id, version: action.version, dueDate: new Date(action.currentDueDate.getTime() + DAY_MS), reason: "Registry test: typed the wrong day." };
  },
};
