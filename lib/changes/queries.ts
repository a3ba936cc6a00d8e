import "server-only";
import { db } from "@/lib/db";

/** The change request queue: pending first (oldest first), then decided (newest first). */
export async function listChangeRequests(partnershipId: string) {
  const select = {
    id: true,
    state: true,
    version: true,
    previousDueDate: true,
    proposedDueDate: true,
    scopeChange: true,
    reason: true,
    impact: true,
    requestedByName: true,
    createdAt: true,
    decisionNote: true,
    decidedByName: true,
    decidedAt: true,
    decidedBetweenMeetings: true,
    meeting: { select: { id: true, date: true } },
    provenance: true,
    action: { select: { id: true, code: true, title: true, baselineDueDate: true, currentDueDate: true } },
    milestone: { select: { text: true, baselineDueDate: true, dueDate: true } },
  } as const;
  const [pending, decided] = await Promise.all([
    db.changeRequest.findMany({ where: { partnershipId, state: "PENDING" }, orderBy: { createdAt: "asc" }, select }),
    db.changeRequest.findMany({ where: { partnershipId, state: { not: "PENDING" } }, orderBy: { decidedAt: "desc" }, take: 100, select }),
  ]);
  return { pending, decided };
}
