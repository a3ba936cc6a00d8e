import "server-only";
import type { Tx } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";

export type Actor = { userId: string | null; name: string };

/** One audit row per mutation, written inside the mutation's own transaction. */
export async function createAuditEvent(
  tx: Tx,
  partnershipId: string,
  actor: Actor,
  event: { entityType: string; entityId: string; action: string; before?: unknown; after?: unknown },
) {
  await tx.auditEvent.create({
    data: {
      partnershipId,
      actorUserId: actor.userId,
      actorName: actor.name,
      entityType: event.entityType,
      entityId: event.entityId,
      action: event.action,
      before: toJson(event.before),
      after: toJson(event.after),
    },
  });
}

/** Dates become ISO strings; undefined fields drop out. */
function toJson(value: unknown): Prisma.InputJsonValue | undefined {
  return value === undefined || value === null ? undefined : (JSON.parse(JSON.stringify(value)) as Prisma.InputJsonValue);
}
