import "server-only";
import { db, type Tx } from "@/lib/db";

const live = { archivedAt: null };

/** The plan tree: area → outcome → action → milestone (with occurrences), in plan order. */
export async function getPlanTree(partnershipId: string, client: Tx = db) {
  const areas = await client.priorityArea.findMany({
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
      // The members who lead the area, named as the plan's header names its leads.
      leads: { where: { partnershipId }, select: { membership: { select: { jobTitle: true, user: { select: { name: true } } } } } },
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
              assignees: { where: { partnershipId }, select: { membership: { select: { user: { select: { name: true } } } } } },
              startDate: true,
              baselineDueDate: true,
              currentDueDate: true,
              reportedStatus: true,
              reportedAt: true,
              tags: true,
              kpis: { where: { partnershipId }, select: { kpiId: true } },
              milestones: {
                where: { partnershipId, ...live },
                orderBy: { position: "asc" },
                select: {
                  id: true,
                  text: true,
                  byWhenText: true,
                  dueDate: true,
                  baselineDueDate: true,
                  frequency: true,
                  recurrenceStart: true,
                  recurrenceEnd: true,
                  occurrences: {
                    where: { partnershipId },
                    orderBy: { dueDate: "asc" },
                    select: { dueDate: true, state: true, _count: { select: { evidence: true } } },
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

/** The partnership's status rule settings (cadence, grace, warning window). */
export async function getPlanSettings(partnershipId: string, client: Tx = db) {
  const partnership = await client.partnership.findFirst({
    where: { id: partnershipId },
    select: { id: true, reportingCadenceDays: true, staleGraceDays: true, milestoneWarningDays: true, dataVersion: true, provenance: true },
  });
  return partnership;
}

/** Everything the action page shows: the action, its milestones, history, evidence and change requests. */
export async function getActionDetail(partnershipId: string, actionId: string) {
  return db.action.findFirst({
    where: { id: actionId, partnershipId, archivedAt: null },
    select: {
      id: true,
      code: true,
      title: true,
      description: true,
      leadRole: true,
      leadMembershipId: true,
      lead: { select: { user: { select: { name: true } } } },
      workstream: true,
      startDate: true,
      baselineDueDate: true,
      currentDueDate: true,
      tags: true,
      reportedStatus: true,
      reportedCommentary: true,
      reportedAt: true,
      version: true,
      priorityArea: { select: { id: true, code: true, title: true } },
      outcome: { select: { code: true, text: true } },
      assignees: { select: { membershipId: true, membership: { select: { user: { select: { name: true } } } } } },
      milestones: {
        where: { partnershipId, archivedAt: null },
        orderBy: { position: "asc" },
        select: {
          id: true,
          text: true,
          byWhenText: true,
          dueDate: true,
          baselineDueDate: true,
          frequency: true,
          recurrenceStart: true,
          recurrenceEnd: true,
          _count: { select: { evidence: true } },
          occurrences: {
            where: { partnershipId },
            orderBy: { dueDate: "asc" },
            select: {
              id: true,
              dueDate: true,
              state: true,
              note: true,
              decidedAt: true,
              decidedByName: true,
              provenance: true,
              version: true,
              _count: { select: { evidence: true } },
            },
          },
        },
      },
      updates: {
        where: { partnershipId },
        orderBy: { createdAt: "desc" },
        select: {
          id: true,
          status: true,
          commentary: true,
          authorName: true,
          provenance: true,
          createdAt: true,
          evidence: { where: { partnershipId }, select: { id: true, title: true, kind: true, url: true, text: true, date: true } },
        },
      },
      evidence: {
        where: { partnershipId },
        orderBy: { date: "desc" },
        select: { id: true, title: true, kind: true, url: true, text: true, date: true, createdByName: true, actionUpdateId: true },
      },
      changeRequests: {
        where: { partnershipId },
        orderBy: { createdAt: "desc" },
        select: {
          id: true,
          state: true,
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
          provenance: true,
          milestone: { select: { text: true } },
        },
      },
      dueDateCorrections: {
        where: { partnershipId },
        orderBy: { createdAt: "desc" },
        select: { id: true, previousDate: true, correctedDate: true, reason: true, correctedByName: true, createdAt: true, milestone: { select: { text: true } } },
      },
    },
  });
}

export type ActionDetail = NonNullable<Awaited<ReturnType<typeof getActionDetail>>>;

/**
 * Actions a member is answerable for: those they lead or are assigned to,
 * and (for priority leads) every action in the areas they lead.
 */
export async function listActionsForMember(partnershipId: string, membershipId: string, areaIds: readonly string[], everything = false) {
  return db.action.findMany({
    where: {
      partnershipId,
      archivedAt: null,
      // The programme office chases the whole plan.
      ...(everything
        ? {}
        : {
            OR: [
              { leadMembershipId: membershipId },
              { assignees: { some: { partnershipId, membershipId } } },
              ...(areaIds.length ? [{ priorityAreaId: { in: [...areaIds] } }] : []),
            ],
          }),
    },
    orderBy: [{ currentDueDate: "asc" }, { code: "asc" }],
    select: {
      id: true,
      code: true,
      title: true,
      version: true,
      startDate: true,
      baselineDueDate: true,
      currentDueDate: true,
      reportedStatus: true,
      reportedCommentary: true,
      reportedAt: true,
      // Who leads it, for "no lead" where nobody does (a lead removed without a successor).
      lead: { select: { user: { select: { name: true } } } },
      priorityArea: { select: { code: true, title: true, position: true } },
      milestones: {
        where: { partnershipId, archivedAt: null },
        orderBy: { position: "asc" },
        select: {
          id: true,
          text: true,
          frequency: true,
          dueDate: true,
          _count: { select: { evidence: true } },
          occurrences: {
            where: { partnershipId },
            orderBy: { dueDate: "asc" },
            select: { id: true, dueDate: true, state: true, version: true, _count: { select: { evidence: true } } },
          },
        },
      },
      changeRequests: {
        where: { partnershipId, state: { in: ["PENDING", "REJECTED"] } },
        select: { state: true, decidedAt: true },
      },
    },
  });
}
