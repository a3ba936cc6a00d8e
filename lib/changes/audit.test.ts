import { describe, expect, it } from "vitest";
import { describeAuditRow, type AuditRow } from "@/lib/audit/sentence";
import { vocabulary } from "@/lib/audit/vocabulary";
import { changeRequestAudit } from "./audit";

const row = (action: string, before: unknown, after: unknown): AuditRow => ({
  actorName: "Avery Lund (SEND Partnership Business Manager)",
  entityType: "ChangeRequest",
  entityId: "cr1",
  action,
  before: before ?? null,
  after: after ?? null,
});
/** What the actor did: the sentence without their name and its closing full stop. */
const said = (read: { sentence: string }) => read.sentence.replace("Avery Lund (SEND Partnership Business Manager) ", "").replace(/\.$/, "");

const raised = {
  action: "1.1a",
  milestoneId: null,
  milestone: null,
  previousDueDate: "2025-06-30",
  proposedDueDate: "2027-06-30",
  scopeChange: null,
  reason: "The provider review runs late.",
};
const decided = { decisionNote: "Agreed at the board.", meetingId: "m1", decidedWhen: "AT_MEETING", action: "1.1a" };

describe("the change request audit vocabulary", () => {
  it("is in the closed vocabulary", () => {
    for (const kind of Object.keys(changeRequestAudit)) expect(vocabulary).toHaveProperty(kind);
  });

  it.each([
    ["create", null, raised, "asked the board to move 1.1a from 30 June 2025 to 30 June 2027"],
    ["create", null, { ...raised, scopeChange: "Drop the second cohort." }, "asked the board to move 1.1a from 30 June 2025 to 30 June 2027 and change its scope"],
    [
      "create",
      null,
      { ...raised, milestoneId: "ms1", milestone: "Panel in place", proposedDueDate: null, scopeChange: "One panel, not two." },
      "asked the board to change the scope of the milestone “Panel in place” of 1.1a",
    ],
    [
      "approve",
      { state: "PENDING" },
      { ...decided, state: "APPROVED", moved: { item: "Action", entityId: "a1", from: "2025-06-30", to: "2027-06-30" } },
      "approved the change request for 1.1a: the action is now due 30 June 2027, not 30 June 2025",
    ],
    [
      "approve",
      { state: "PENDING" },
      { ...decided, state: "APPROVED", decidedWhen: "BETWEEN_MEETINGS", moved: { item: "Milestone", entityId: "ms1", from: null, to: "2027-06-30" } },
      "approved the change request for 1.1a, between meetings: the milestone is now due 30 June 2027, not no date",
    ],
    ["approve", { state: "PENDING" }, { ...decided, state: "APPROVED", moved: null }, "approved the change request for 1.1a"],
    [
      "reject",
      { state: "PENDING" },
      { ...decided, state: "REJECTED", moved: null, meetingId: null, decidedWhen: null },
      "rejected the change request for 1.1a: “Agreed at the board.”",
    ],
  ])("reads %s as one sentence with the queue's link", (verb, before, after, says) => {
    const read = describeAuditRow(row(verb, before, after), "derbyshire");
    expect({ says: said(read), href: read.href, typed: read.typed }).toEqual({ says, href: "/p/derbyshire/changes", typed: true });
  });

  it("reads rows written before the vocabulary: no action code on a decision, the moved item named by its entity type", () => {
    const approved = describeAuditRow(
      row(
        "approve",
        { state: "PENDING" },
        {
          state: "APPROVED",
          decisionNote: "x",
          meetingId: null,
          decidedWhen: null,
          moved: { entityType: "Milestone", entityId: "ms1", from: "2025-06-30T00:00:00.000Z", to: "2027-06-30T00:00:00.000Z" },
        },
      ),
      "derbyshire",
    );
    expect(said(approved)).toBe("approved a change request: the milestone is now due 30 June 2027, not 30 June 2025");
    const rejected = describeAuditRow(
      row("reject", { state: "PENDING" }, { moved: null, state: "REJECTED", meetingId: null, decidedWhen: null, decisionNote: "Registry test." }),
      "derbyshire",
    );
    expect(said(rejected)).toBe("rejected a change request: “Registry test.”");
    expect(approved.typed && rejected.typed).toBe(true);
  });

  it("stores the days a mutation hands it as ISO days", () => {
    const { approve, create } = changeRequestAudit.ChangeRequest.verbs;
    expect(create.after.parse({ ...raised, previousDueDate: new Date("2025-06-30T00:00:00.000Z"), proposedDueDate: null }).previousDueDate).toBe("2025-06-30");
    const moved = approve.after.parse({
      ...decided,
      state: "APPROVED",
      moved: { item: "Action", entityId: "a1", from: new Date("2025-06-30T00:00:00.000Z"), to: new Date("2027-06-30T00:00:00.000Z") },
    }).moved;
    expect(moved).toEqual({ item: "Action", entityId: "a1", from: "2025-06-30", to: "2027-06-30" });
  });
});
