import "server-only";
// What the plan import reads: an upload (its stored file), the recent uploads,
// and the partnership's plan, members, labels and remembered choices that the
// preview is computed against. Each takes the partnership first and keeps it
// in every where; the confirm passes its transaction so it previews the plan
// it writes.
import { db, type Tx } from "@/lib/db";
import { LEAD_MEMBER_ROLES } from "@/lib/plan/access";
import { statusLabels } from "@/lib/plan/status";
import { memberDisplayName } from "@/lib/people/names";
import type { PrepareContext } from "./compute/prepare";
import { readRemembered } from "./compute/prepare";

/** One upload of this partnership, with its file; null for an unknown id or another partnership's. */
export async function getUpload(partnershipId: string, uploadId: string, client: Tx = db) {
  return client.planImportUpload.findFirst({
    where: { id: uploadId, partnershipId },
    select: { id: true, fileName: true, bytes: true, createdAt: true, importedAt: true, result: true },
  });
}

/** The latest uploads, newest first, with who uploaded each. */
export async function listRecentUploads(partnershipId: string, take = 20) {
  const rows = await db.planImportUpload.findMany({
    where: { partnershipId },
    orderBy: { createdAt: "desc" },
    take,
    select: { id: true, fileName: true, createdAt: true, importedAt: true, membership: { select: { jobTitle: true, user: { select: { name: true } } } } },
  });
  return rows.map(({ membership, ...row }) => ({ ...row, byName: memberDisplayName(membership) }));
}

/** The plan as it stands (live items), the members who may lead an action, the labels and what earlier imports remembered. */
export async function getImportContext(partnershipId: string, client: Tx = db): Promise<PrepareContext> {
  const where = { partnershipId, archivedAt: null };
  // One after another: inside the confirm's transaction the queries share its one connection.
  const partnership = await client.partnership.findFirst({ where: { id: partnershipId }, select: { statusLabels: true, importMapping: true, importStatusWords: true } });
  const areas = await client.priorityArea.findMany({ where, orderBy: [{ position: "asc" }, { code: "asc" }], select: { id: true, code: true, title: true } });
  const outcomes = await client.outcome.findMany({ where, orderBy: [{ position: "asc" }, { code: "asc" }], select: { id: true, code: true, text: true, priorityAreaId: true } });
  const actions = await client.action.findMany({
    where,
    orderBy: [{ position: "asc" }, { code: "asc" }],
    select: {
      id: true,
      code: true,
      title: true,
      outcomeId: true,
      startDate: true,
      currentDueDate: true,
      reportedStatus: true,
      leadMembershipId: true,
      leadRole: true,
      tags: true,
      milestones: { where: { partnershipId, archivedAt: null }, select: { text: true } },
    },
  });
  const members = await client.membership.findMany({ where: { partnershipId, role: { in: LEAD_MEMBER_ROLES } }, select: { id: true, user: { select: { name: true } } } });
  return {
    existing: { areas, outcomes: outcomes.map((o) => ({ id: o.id, code: o.code, text: o.text, areaId: o.priorityAreaId })), actions },
    members: members.map((m) => ({ membershipId: m.id, name: m.user.name })),
    labels: statusLabels(partnership?.statusLabels),
    remembered: partnership ? readRemembered(partnership.importMapping, partnership.importStatusWords) : { mapping: {}, words: {} },
  };
}
