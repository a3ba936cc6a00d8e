import "server-only";
import { db } from "@/lib/db";

const MEMBER_SELECT = {
  id: true,
  role: true,
  jobTitle: true,
  createdAt: true,
  user: {
    select: {
      name: true,
      email: true,
      lastSignInAt: true,
      passwordHash: true,
      oidcAccounts: { select: { issuer: true }, orderBy: { createdAt: "asc" } },
    },
  },
  areas: { select: { priorityAreaId: true, priorityArea: { select: { code: true, title: true, position: true } } } },
} as const;

/**
 * The partnership's members with what the members page shows. The password
 * hash is read only to say whether one is set; the view drops it.
 */
export function listMembers(partnershipId: string) {
  return db.membership.findMany({ where: { partnershipId }, select: MEMBER_SELECT, orderBy: [{ user: { name: "asc" } }, { id: "asc" }] });
}
export type MemberRow = Awaited<ReturnType<typeof listMembers>>[number];

export function getMemberRow(partnershipId: string, membershipId: string) {
  return db.membership.findFirst({ where: { id: membershipId, partnershipId }, select: MEMBER_SELECT });
}

/** What the member leads or owns in the plan, by name: removing them asks for a successor for these. */
export async function getMemberHoldings(partnershipId: string, membershipId: string) {
  const byCode = { code: "asc" } as const;
  const [actionsLed, actionsAssigned, kpis, risks, mitigations] = await Promise.all([
    db.action.findMany({ where: { partnershipId, leadMembershipId: membershipId }, select: { id: true, code: true, title: true }, orderBy: byCode }),
    db.actionAssignee.findMany({
      where: { partnershipId, membershipId },
      select: { action: { select: { id: true, code: true, title: true } } },
      orderBy: { action: byCode },
    }),
    db.kpi.findMany({ where: { partnershipId, ownerMembershipId: membershipId }, select: { id: true, code: true, name: true }, orderBy: byCode }),
    db.risk.findMany({ where: { partnershipId, ownerMembershipId: membershipId }, select: { id: true, code: true, title: true }, orderBy: byCode }),
    db.riskMitigation.findMany({
      where: { partnershipId, ownerMembershipId: membershipId },
      select: { id: true, text: true, risk: { select: { code: true } } },
      orderBy: { risk: byCode },
    }),
  ]);
  return { actionsLed, actionsAssigned: actionsAssigned.map((a) => a.action), kpis, risks, mitigations };
}
export type MemberHoldings = Awaited<ReturnType<typeof getMemberHoldings>>;
