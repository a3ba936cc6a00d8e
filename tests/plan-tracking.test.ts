// Plan tracking against a real PostgreSQL: who may do what (DESIGN §4),
// optimistic locking, one audit row per mutation, nothing half written. In a
// partnership of the file's own (tests/support/own-partnership.ts), built to
// the demo's shape where these rules bite: what it marks met, raises and
// approves is nobody else's, and a second pass over the same database gets a
// fresh partnership with its milestones pending and no request open.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "./support/db";
import { callerFor, partnershipId } from "./support/callers";
import { OWN_ROLES as ROLES, ownPartnership, type OwnPartnership, type OwnRole } from "./support/own-partnership";
import type { Caller } from "@/lib/auth/caller";
import { decideChangeRequest, raiseChangeRequest } from "@/lib/changes/mutations";
import { ConflictError, ForbiddenError, NotFoundError } from "@/lib/errors";
import { recordMilestoneOutcome, updateActionStatus } from "@/lib/plan/mutations";
import { createAction } from "@/lib/plan/structure/mutations/actions";
import { createArea } from "@/lib/plan/structure/mutations/areas";
import { createMilestone } from "@/lib/plan/structure/mutations/milestones";
import { createOutcome } from "@/lib/plan/structure/mutations/outcomes";
import { parseIsoDate } from "@/lib/dates/format";

let own: OwnPartnership;
let ours: string;
const callers = {} as Record<OwnRole, Caller>;

/**
 * The plan: PIA1 is led by lead@; in it 1.1a, 1.1b and 1.1c are assigned to
 * contributor@ (1.1c with a one-off milestone still ahead), 1.2a and 1.2b are
 * not. PIA2 and PIA3 are led by nobody here; 3.2a has a milestone ahead.
 */
const PLAN: { area: string; outcome: string; actions: { code: string; contributor?: true; milestone?: string }[] }[] = [
  {
    area: "PIA1",
    outcome: "1.1",
    actions: [
      { code: "1.1a", contributor: true },
      { code: "1.1b", contributor: true },
      { code: "1.1c", contributor: true, milestone: "2027-01-31" },
    ],
  },
  { area: "PIA1", outcome: "1.2", actions: [{ code: "1.2a" }, { code: "1.2b" }] },
  { area: "PIA2", outcome: "2.1", actions: [{ code: "2.1a" }] },
  { area: "PIA3", outcome: "3.1", actions: [{ code: "3.1a" }] },
  { area: "PIA3", outcome: "3.2", actions: [{ code: "3.2a", milestone: "2027-02-28" }, { code: "3.2b" }] },
  { area: "PIA3", outcome: "3.3", actions: [{ code: "3.3a" }] },
];

async function action(code: string) {
  return db.action.findFirstOrThrow({
    where: { partnershipId: ours, code },
    select: { id: true, version: true, reportedStatus: true, currentDueDate: true, baselineDueDate: true },
  });
}

async function auditCount() {
  return db.auditEvent.count({ where: { partnershipId: ours } });
}

async function pendingOccurrence(code: string) {
  return db.milestoneOccurrence.findFirstOrThrow({
    where: { partnershipId: ours, state: "PENDING", milestone: { action: { code } } },
    orderBy: { dueDate: "asc" },
    select: { id: true, version: true },
  });
}

beforeAll(async () => {
  own = await ownPartnership("plan-tracking");
  ours = own.id;
  const admin = await own.caller("admin");
  const areas: Record<string, string> = {};
  for (const code of ["PIA1", "PIA2", "PIA3"]) {
    areas[code] = (await createArea(ours, admin, { code, kind: "PRIORITY_ACTION", title: `Area ${code}`, finding: "As the report words it.", leadRoles: [] })).id;
  }
  for (const { area, outcome: outcomeCode, actions } of PLAN) {
    const outcome = await createOutcome(ours, admin, { priorityAreaId: areas[area]!, code: outcomeCode, text: `Outcome ${outcomeCode} for children.` });
    for (const item of actions) {
      const created = await createAction(ours, admin, {
        outcomeId: outcome.id,
        code: item.code,
        title: `Action ${item.code}`,
        startDate: parseIsoDate("2026-01-05"),
        baselineDueDate: parseIsoDate("2027-06-30"),
        leadMembershipId: item.contributor ? own.membershipIds.contributor : undefined,
        tags: [],
      });
      if (item.milestone) {
        await createMilestone(ours, admin, { actionId: created.id, text: `Milestone of ${item.code}`, schedule: { kind: "ONE_OFF", dueDate: parseIsoDate(item.milestone) } });
      }
    }
  }
  await own.leads([areas.PIA1!]);
  for (const role of ROLES) callers[role] = await own.caller(role);
});
describe("updating an action's status: who may", () => {
  // 1.1a is in PIA1 (led by lead@) and assigned to contributor@; 2.1a is in PIA2, assigned to neither.
  const matrix: [role: OwnRole, code: string, allowed: boolean][] = [
    ["admin", "2.1a", true],
    ["lead", "1.2a", true],
    ["lead", "2.1a", false],
    ["contributor", "1.1a", true],
    ["contributor", "1.2b", false],
    ["contributor", "2.1a", false],
    ["board", "1.1a", false],
    ["viewer", "1.1a", false],
    ["advisor", "1.1a", false],
  ];
  it.each(matrix)("%s on %s → allowed: %s", async (role, code, allowed) => {
    const before = await action(code);
    const audits = await auditCount();
    const run = updateActionStatus(ours, callers[role], { actionId: before.id, version: before.version, status: "AT_RISK", commentary: `Update by ${role}` });
    if (allowed) {
      await expect(run).resolves.toMatchObject({ version: before.version + 1 });
      expect(await auditCount()).toBe(audits + 1);
      const latest = await db.actionUpdate.findFirstOrThrow({ where: { partnershipId: ours, actionId: before.id }, orderBy: { createdAt: "desc" } });
      expect(latest).toMatchObject({ status: "AT_RISK", commentary: `Update by ${role}` });
    } else {
      await expect(run).rejects.toBeInstanceOf(ForbiddenError);
      expect(await action(code)).toEqual(before);
      expect(await auditCount()).toBe(audits);
    }
  });
});

describe("optimistic locking", () => {
  it("two people load, both save: one conflict that shows the winner's update; nothing lost; one audit row", async () => {
    const loaded = await action("1.1b");
    const historyBefore = await db.actionUpdate.count({ where: { partnershipId: ours, actionId: loaded.id } });
    const audits = await auditCount();
    await updateActionStatus(ours, callers.lead, {
      actionId: loaded.id,
      version: loaded.version,
      status: "ON_TRACK",
      commentary: "JSNA refresh signed off by both partners.",
    });
    const second = updateActionStatus(ours, callers.contributor, {
      actionId: loaded.id,
      version: loaded.version,
      status: "OFF_TRACK",
      commentary: "Data sharing agreement not signed.",
    });
    await expect(second).rejects.toBeInstanceOf(ConflictError);
    await expect(second).rejects.toThrow(/JSNA refresh signed off by both partners/);
    const after = await action("1.1b");
    expect(after).toMatchObject({ version: loaded.version + 1, reportedStatus: "ON_TRACK" });
    expect(await db.actionUpdate.count({ where: { partnershipId: ours, actionId: loaded.id } })).toBe(historyBefore + 1);
    expect(await auditCount()).toBe(audits + 1);
  });

  it("appends to the history rather than overwriting it", async () => {
    const a = await action("1.1c");
    const before = await db.actionUpdate.count({ where: { partnershipId: ours, actionId: a.id } });
    const first = await updateActionStatus(ours, callers.admin, { actionId: a.id, version: a.version, status: "ON_TRACK", commentary: "First" });
    await updateActionStatus(ours, callers.admin, { actionId: a.id, version: first.version, status: "AT_RISK", commentary: "Second" });
    const history = await db.actionUpdate.findMany({ where: { partnershipId: ours, actionId: a.id }, orderBy: { createdAt: "asc" }, select: { commentary: true } });
    expect(history).toHaveLength(before + 2);
    expect(history.slice(-2).map((h) => h.commentary)).toEqual(["First", "Second"]);
  });
});

describe("nothing half written", () => {
  it("a mutation that fails part-way leaves no trace", async () => {
    const a = await action("1.2b");
    const updates = await db.actionUpdate.count({ where: { partnershipId: ours } });
    const evidence = await db.evidence.count({ where: { partnershipId: ours } });
    const audits = await auditCount();
    // The evidence insert fails after the action row has been updated inside the transaction.
    const broken = { actionId: a.id, version: a.version, status: "ON_TRACK" as const, commentary: "Will roll back", evidenceTitle: "x", evidenceKind: "NOT_A_KIND" as never };
    await expect(updateActionStatus(ours, callers.admin, broken)).rejects.toThrow();
    expect(await action("1.2b")).toEqual(a);
    expect(await db.actionUpdate.count({ where: { partnershipId: ours } })).toBe(updates);
    expect(await db.evidence.count({ where: { partnershipId: ours } })).toBe(evidence);
    expect(await auditCount()).toBe(audits);
  });

  it("saves evidence with the update, in the same transaction", async () => {
    const a = await action("1.2a");
    const result = await updateActionStatus(ours, callers.lead, {
      actionId: a.id,
      version: a.version,
      status: "ON_TRACK",
      commentary: "Strategy draft shared with DPCV.",
      evidenceTitle: "DPCV feedback summary",
      evidenceKind: "FEEDBACK",
      evidenceUrl: "https://example.org/dpcv-feedback",
    });
    const evidence = await db.evidence.findFirstOrThrow({ where: { partnershipId: ours, actionUpdateId: result.updateId } });
    expect(evidence).toMatchObject({ title: "DPCV feedback summary", kind: "FEEDBACK", actionId: a.id });
  });
});

describe("milestone occurrences", () => {
  it("the assigned contributor marks one met; the board cannot; a stale save conflicts", async () => {
    // 1.1c is assigned to the contributor; its one-off milestone is still ahead.
    const occurrence = await pendingOccurrence("1.1c");
    await expect(
      recordMilestoneOutcome(ours, callers.board, { occurrenceId: occurrence.id, version: occurrence.version, outcome: "MET", note: "Minutes published" }),
    ).rejects.toBeInstanceOf(ForbiddenError);
    const audits = await auditCount();
    await recordMilestoneOutcome(ours, callers.contributor, {
      occurrenceId: occurrence.id,
      version: occurrence.version,
      outcome: "MET",
      note: "Minutes published on the Local Offer",
      evidenceUrl: "https://example.org/minutes",
    });
    expect(await auditCount()).toBe(audits + 1);
    expect(await db.milestoneOccurrence.findFirstOrThrow({ where: { id: occurrence.id, partnershipId: ours } })).toMatchObject({ state: "MET" });
    await expect(recordMilestoneOutcome(ours, callers.admin, { occurrenceId: occurrence.id, version: occurrence.version, outcome: "MISSED", note: "Late" })).rejects.toBeInstanceOf(
      ConflictError,
    );
    expect(await auditCount()).toBe(audits + 1);
  });

  it("a lead cannot record a milestone outside their area", async () => {
    const occurrence = await pendingOccurrence("3.2a");
    await expect(recordMilestoneOutcome(ours, callers.lead, { occurrenceId: occurrence.id, version: occurrence.version, outcome: "MISSED", note: "x" })).rejects.toBeInstanceOf(
      ForbiddenError,
    );
  });
});

describe("change requests", () => {
  it.each([
    ["admin", true],
    ["lead", true],
    ["contributor", true],
    ["board", false],
    ["viewer", false],
    ["advisor", false],
  ] as const)("raising one as %s → allowed: %s", async (role, allowed) => {
    const a = await action("3.1a");
    const audits = await auditCount();
    const run = raiseChangeRequest(ours, callers[role], {
      actionId: a.id,
      proposedDueDate: parseIsoDate("2026-03-31"),
      reason: "Banding consultation extended",
      impact: "Three months",
    });
    if (allowed) {
      const { changeRequestId } = await run;
      expect(await auditCount()).toBe(audits + 1);
      // Withdraw it so the next role can raise its own (only one may be open per item).
      await db.changeRequest.updateMany({ where: { id: changeRequestId, partnershipId: ours }, data: { state: "WITHDRAWN" } });
    } else {
      await expect(run).rejects.toBeInstanceOf(ForbiddenError);
      expect(await auditCount()).toBe(audits);
    }
  });

  it("approval moves the current due date, keeps the baseline, and writes one audit row", async () => {
    const a = await action("3.2b");
    const { changeRequestId } = await raiseChangeRequest(ours, callers.admin, {
      actionId: a.id,
      proposedDueDate: parseIsoDate("2026-06-30"),
      reason: "Recruitment to the QA post delayed",
      impact: "Quality assurance cycle starts a term later",
    });
    const request = await db.changeRequest.findFirstOrThrow({ where: { id: changeRequestId, partnershipId: ours } });
    for (const role of ["lead", "contributor", "viewer", "advisor"] as const) {
      await expect(decideChangeRequest(ours, callers[role], { changeRequestId, version: request.version, decision: "APPROVED", decisionNote: "x" })).rejects.toBeInstanceOf(
        ForbiddenError,
      );
    }
    const audits = await auditCount();
    await decideChangeRequest(ours, callers.board, { changeRequestId, version: request.version, decision: "APPROVED", decisionNote: "Agreed at the board" });
    expect(await auditCount()).toBe(audits + 1);
    const after = await action("3.2b");
    expect(after.currentDueDate?.toISOString().slice(0, 10)).toBe("2026-06-30");
    expect(after.baselineDueDate).toEqual(a.baselineDueDate);
    // Deciding again is a conflict, and changes nothing.
    await expect(decideChangeRequest(ours, callers.admin, { changeRequestId, version: request.version, decision: "REJECTED", decisionNote: "No" })).rejects.toBeInstanceOf(
      ConflictError,
    );
    expect(await auditCount()).toBe(audits + 1);
  });

  it("refuses a second open request for the same item", async () => {
    const a = await action("3.3a");
    await raiseChangeRequest(ours, callers.lead, { actionId: a.id, scopeChange: "Narrow to EHCP QA only", reason: "Capacity", impact: "Less QA" });
    await expect(raiseChangeRequest(ours, callers.lead, { actionId: a.id, scopeChange: "Again", reason: "Again", impact: "Again" })).rejects.toThrow(/already a change request/);
  });

  it("treats another partnership's request as not found", async () => {
    const derbyCityAdmin = await callerFor("admin@derby-city.demo", "derby-city");
    const ourRequest = await db.changeRequest.findFirstOrThrow({ where: { partnershipId: ours } });
    await expect(
      decideChangeRequest(await partnershipId("derby-city"), derbyCityAdmin, {
        changeRequestId: ourRequest.id,
        version: ourRequest.version,
        decision: "APPROVED",
        decisionNote: "x",
      }),
    ).rejects.toBeInstanceOf(NotFoundError);
  });
});
