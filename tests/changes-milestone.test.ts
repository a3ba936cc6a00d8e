// Change requests on a milestone (lib/changes/mutations.ts), in a partnership
// of the file's own: approving a date move moves a one-off milestone and its
// pending occurrence (never the action, never the baseline) and says so in the
// decision's audit row; a recurring milestone has no single date to move, so
// such a request is refused and nothing is written.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "./support/db";
import { ownPartnership, type OwnPartnership } from "./support/own-partnership";
import type { Caller } from "@/lib/auth/caller";
import { decideChangeRequest, raiseChangeRequest } from "@/lib/changes/mutations";
import { parseIsoDate } from "@/lib/dates/format";
import { ValidationError } from "@/lib/errors";
import { createAction } from "@/lib/plan/structure/mutations/actions";
import { createArea } from "@/lib/plan/structure/mutations/areas";
import { createMilestone } from "@/lib/plan/structure/mutations/milestones";
import { createOutcome } from "@/lib/plan/structure/mutations/outcomes";

let own: OwnPartnership;
let admin: Caller;
let lead: Caller;
let board: Caller;
let actionId: string;
const ACTION_DUE = parseIsoDate("2027-06-30");

beforeAll(async () => {
  own = await ownPartnership("changes-milestone");
  admin = await own.caller("admin");
  const area = await createArea(own.id, admin, { code: "PIA1", kind: "PRIORITY_ACTION", title: "Timeliness", finding: "Plans are late.", leadRoles: ["Head of SEND"] });
  await own.leads([area.id]);
  [lead, board] = await Promise.all([own.caller("lead"), own.caller("board")]);
  const outcome = await createOutcome(own.id, admin, { priorityAreaId: area.id, code: "1.1", text: "Plans are issued within 20 weeks." });
  const action = await createAction(own.id, admin, {
    outcomeId: outcome.id,
    code: "1.1a",
    title: "Recruit caseworkers",
    startDate: parseIsoDate("2026-09-01"),
    baselineDueDate: ACTION_DUE,
    tags: [],
  });
  actionId = action.id;
});

const oneOff = async (text: string, due: string) => (await createMilestone(own.id, admin, { actionId, text, schedule: { kind: "ONE_OFF", dueDate: parseIsoDate(due) } })).id;

const milestoneRow = (id: string) =>
  db.milestone.findFirstOrThrow({
    where: { id, partnershipId: own.id },
    select: { dueDate: true, baselineDueDate: true, version: true, occurrences: { select: { dueDate: true, state: true, version: true }, orderBy: { dueDate: "asc" } } },
  });
const actionRow = () => db.action.findFirstOrThrow({ where: { id: actionId, partnershipId: own.id }, select: { currentDueDate: true, baselineDueDate: true, version: true } });
const audits = () => db.auditEvent.count({ where: { partnershipId: own.id } });

describe("a date move on a one-off milestone", () => {
  it("approved, moves the milestone and its pending occurrence, not the baseline nor the action, and the decision's audit row says what moved", async () => {
    const milestoneId = await oneOff("Caseworkers in post", "2027-01-31");
    const action = await actionRow();
    const { changeRequestId } = await raiseChangeRequest(own.id, lead, {
      actionId,
      milestoneId,
      proposedDueDate: parseIsoDate("2027-03-31"),
      reason: "Recruitment round failed.",
      impact: "Plans stay late for two more months.",
    });
    expect(await db.changeRequest.findFirstOrThrow({ where: { id: changeRequestId, partnershipId: own.id } })).toMatchObject({
      milestoneId,
      previousDueDate: parseIsoDate("2027-01-31"),
      proposedDueDate: parseIsoDate("2027-03-31"),
      state: "PENDING",
    });
    // Raised, nothing has moved yet.
    expect((await milestoneRow(milestoneId)).dueDate).toEqual(parseIsoDate("2027-01-31"));

    await decideChangeRequest(own.id, board, { changeRequestId, version: 1, decision: "APPROVED", decisionNote: "Agreed: second round in February." });

    expect(await milestoneRow(milestoneId)).toEqual({
      dueDate: parseIsoDate("2027-03-31"),
      baselineDueDate: parseIsoDate("2027-01-31"),
      version: 2,
      occurrences: [{ dueDate: parseIsoDate("2027-03-31"), state: "PENDING", version: 2 }],
    });
    expect(await actionRow()).toEqual(action);
    const audit = await db.auditEvent.findFirstOrThrow({ where: { partnershipId: own.id, entityType: "ChangeRequest", entityId: changeRequestId, action: "approve" } });
    expect(audit).toMatchObject({
      actorName: expect.stringContaining("Bea Board"),
      before: { state: "PENDING" },
      after: {
        state: "APPROVED",
        action: "1.1a",
        moved: { item: "Milestone", entityId: milestoneId, from: "2027-01-31", to: "2027-03-31" },
      },
    });
  });

  it("approved, leaves an occurrence already met where it was", async () => {
    const milestoneId = await oneOff("Caseworker induction", "2026-11-01");
    await db.milestoneOccurrence.updateMany({ where: { milestoneId, partnershipId: own.id }, data: { state: "MET", note: "Inducted." } });
    const { changeRequestId } = await raiseChangeRequest(own.id, lead, {
      actionId,
      milestoneId,
      proposedDueDate: parseIsoDate("2026-12-15"),
      reason: "Record the real date.",
      impact: "None.",
    });
    await decideChangeRequest(own.id, board, { changeRequestId, version: 1, decision: "APPROVED", decisionNote: "Agreed." });
    expect(await milestoneRow(milestoneId)).toMatchObject({
      dueDate: parseIsoDate("2026-12-15"),
      occurrences: [{ dueDate: parseIsoDate("2026-11-01"), state: "MET", version: 1 }],
    });
  });

  it("rejected, moves nothing", async () => {
    const milestoneId = await oneOff("Caseworkers trained", "2027-02-28");
    const before = await milestoneRow(milestoneId);
    const { changeRequestId } = await raiseChangeRequest(own.id, lead, {
      actionId,
      milestoneId,
      proposedDueDate: parseIsoDate("2027-04-30"),
      reason: "Trainer unavailable.",
      impact: "A month's delay.",
    });
    await decideChangeRequest(own.id, board, { changeRequestId, version: 1, decision: "REJECTED", decisionNote: "Find another trainer." });
    expect(await milestoneRow(milestoneId)).toEqual(before);
  });
});

describe("a recurring milestone", () => {
  let recurringId: string;

  beforeAll(async () => {
    recurringId = (
      await createMilestone(own.id, admin, {
        actionId,
        text: "Monthly caseload review",
        schedule: { kind: "RECURRING", frequency: "MONTHLY", start: parseIsoDate("2026-12-01"), end: parseIsoDate("2027-03-01") },
      })
    ).id;
  });

  it("refuses a date move with a message saying why, and writes nothing", async () => {
    const before = await milestoneRow(recurringId);
    expect(before.occurrences).toHaveLength(4);
    const action = await actionRow();
    const auditsBefore = await audits();
    const error = await raiseChangeRequest(own.id, lead, {
      actionId,
      milestoneId: recurringId,
      proposedDueDate: parseIsoDate("2027-01-15"),
      reason: "Move the reviews.",
      impact: "None.",
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).message).toBe("A recurring milestone has no single due date to move; propose a scope change instead.");
    expect((error as ValidationError).fieldErrors).toEqual({ proposedDueDate: ["A recurring milestone has no single due date to move."] });
    expect(await db.changeRequest.count({ where: { partnershipId: own.id, milestoneId: recurringId } })).toBe(0);
    expect(await milestoneRow(recurringId)).toEqual(before);
    expect(await actionRow()).toEqual(action);
    expect(await audits()).toBe(auditsBefore);
  });

  it("takes a scope change instead, whose approval moves no date", async () => {
    const before = await milestoneRow(recurringId);
    const action = await actionRow();
    const { changeRequestId } = await raiseChangeRequest(own.id, lead, {
      actionId,
      milestoneId: recurringId,
      scopeChange: "Review caseloads every other month.",
      reason: "Capacity.",
      impact: "Fewer reviews.",
    });
    await decideChangeRequest(own.id, board, { changeRequestId, version: 1, decision: "APPROVED", decisionNote: "Agreed." });
    expect(await milestoneRow(recurringId)).toEqual(before);
    expect(await actionRow()).toEqual(action);
    const audit = await db.auditEvent.findFirstOrThrow({ where: { partnershipId: own.id, entityId: changeRequestId, action: "approve" } });
    expect(audit.after).toMatchObject({ state: "APPROVED", moved: null });
  });
});
