// A partnership of a digest test file's own where each role owes what the
// digest reports: the lead an update (an action never updated), the board a
// change request to decide, the programme office an invitation not accepted;
// the viewer nothing.
import { db } from "./db";
import { ownAreas, pendingInvitation } from "./invitations";
import { ownPartnership, type OwnPartnership } from "./own-partnership";

export type DigestPartnership = { own: OwnPartnership; actionCode: string; invitedEmail: string };

export async function digestPartnership(prefix: string): Promise<DigestPartnership> {
  const own = await ownPartnership(prefix);
  const [area] = await ownAreas(own.id, ["DG1"]);
  await own.leads([area!]);
  const outcome = await db.outcome.create({ data: { partnershipId: own.id, priorityAreaId: area!, code: "DG1.1", text: "Families know where to go" }, select: { id: true } });
  const day = new Date("2027-03-31T00:00:00Z");
  const action = await db.action.create({
    data: {
      partnershipId: own.id,
      priorityAreaId: area!,
      outcomeId: outcome.id,
      code: "DG1.1a",
      title: "Publish the local offer",
      baselineDueDate: day,
      currentDueDate: day,
      leadMembershipId: own.membershipIds.lead,
    },
    select: { id: true },
  });
  await db.changeRequest.create({
    data: {
      partnershipId: own.id,
      actionId: action.id,
      previousDueDate: day,
      proposedDueDate: new Date("2027-06-30T00:00:00Z"),
      reason: "Later",
      impact: "None",
      requestedByName: "Lee Lead",
    },
  });
  const { email } = await pendingInvitation(own.id, { role: "VIEWER" });
  return { own, actionCode: "DG1.1a", invitedEmail: email };
}
