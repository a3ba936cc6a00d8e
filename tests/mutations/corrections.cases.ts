// Corrections: a mistyped due date put right, with its reason (a KPI value's correction is in kpis.cases.ts).
import { db } from "../support/db";
import { parseIsoDate } from "@/lib/dates/format";
import type { MutationCases } from "./types";

export const correctionCases: MutationCases = {
  "lib/plan/mutations.ts#correctDueDate": async ({ partnershipId }) => {
    const action = await db.action.findFirstOrThrow({ where: { partnershipId, archivedAt: null, code: "2.2d" }, select: { id: true, version: true } });
    return { actionId: action.id, version: action.version, dueDate: parseIsoDate("2027-01-29"), reason: "Registry test: typed 2026 for 2027." };
  },
};
