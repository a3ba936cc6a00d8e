import "server-only";
import { db } from "@/lib/db";

const live = { archivedAt: null };

/** The plan tree: area → outcome → action → milestone (with occurrences), in plan order. */
export async function getPlanTree(partnershipId: string) {
  const areas = await db.priorityArea.findMany({
    where: { partnershipId, ...live },
    orderBy: [{ position: "asc" }, { code: "asc" }],
    select: {
      id: true,
      code: true,
      kind: true,
      title: true,
      finding: true,
      leadRoles: true,
      parentId: true,
      outcomes: {
        where: { partnershipId, ...live },
        orderBy: [{ position: "asc" }, { code: "asc" }],
        select: {
          id: true,
          code: true,
          text: true,
          actions: {
            where: { partnershipId, ...live },
            orderBy: [{ position: "asc" }, { code: "asc" }],
            select: {
              id: true,
              code: true,
              title: true,
              leadRole: true,
              lead: { select: { user: { select: { name: true } } } },
              baselineDueDate: true,
              currentDueDate: true,
              reportedStatus: true,
              reportedAt: true,
              tags: true,
              milestones: {
                where: { partnershipId, ...live },
                orderBy: { position: "asc" },
                select: {
                  id: true,
                  text: true,
                  byWhenText: true,
                  dueDate: true,
                  frequency: true,
                  recurrenceStart: true,
                  recurrenceEnd: true,
                  occurrences: {
                    where: { partnershipId },
                    orderBy: { dueDate: "asc" },
                    select: { dueDate: true, state: true },
                  },
                },
              },
            },
          },
        },
      },
    },
  });
  // Areas for improvement filed under a priority area are shown with it.
  const top = areas.filter((area) => area.parentId === null);
  return top.map((area) => ({ ...area, linkedAreas: areas.filter((child) => child.parentId === area.id) }));
}

export type PlanTree = Awaited<ReturnType<typeof getPlanTree>>;
