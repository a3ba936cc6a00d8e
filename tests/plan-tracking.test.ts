// Plan tracking against a real PostgreSQL: who may do what (DESIGN §4),
// optimistic locking, one audit row per mutation, nothing half written.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "./support/db";
import { callerFor, partnershipId } from "./support/callers";
import type { Caller } from "@/lib/auth/caller";
import { decideChangeRequest, raiseChangeRequest } from "@/lib/changes/mutations";
import { ConflictError, ForbiddenError, NotFoundError } from "@/lib/errors";
import { recordMilestoneOutcome, updateActionStatus } from "@/lib/plan/mutations";
import { parseIsoDate } from "@/lib/dates/format";

let derbyshire: string;
const callers: Record<string, Caller> = {};
const ROLES = ["admin", "board", "lead", "contributor", "viewer", "advisor"] as const;

async function action(code: string) {
  return db.action.findFirstOrThrow({
    where: { partnershipId: derbyshire, code },
    select: { id: true, version: true, reportedStatus: true, currentDueDate: true, baselineDueDate: true },
  });
}

async function auditCount() {
  return db.auditEvent.count({ where: { partnershipId: derbyshire } });
}

async function pendingOccurrence(code: string) {
  return db.milestoneOccurrence.findFirstOrThrow({
    where: { partnershipId: derbyshire, state: "PENDING", milestone: { action: { code } } },
    orderBy: { dueDate: "asc" },
    select: { id: true, version: true },
  });
}

beforeAll(async () => {
  derbyshire = await partnershipId("derbyshire");
  for (const role of ROLES) {
    callers[role] = await callerFor(role === "advisor" ? "advisor@dfe.demo" : `${role}@derbyshire.demo`, "derbyshire");
  }
});

describe("updating an action's status: who may", () => {
  // 1.1a is in PIA1 (led by lead@) and assigned to contributor@; 2.1a is in PIA2, assigned to neither.
  const matrix: [role: (typeof ROLES)[number], code: string, allowed: boolean][] = [
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
    const run = updateActionStatus(derbyshire, callers[role], { actionId: before.id, version: before.version, status: "AT_RISK", commentary: `Update by ${role}` });
    if (allowed) {
      await expect(run).resolves.toMatchObject({ version: before.version + 1 });
      expect(await auditCount()).toBe(audits + 1);
      const latest = await db.actionUpdate.findFirstOrThrow({ where: { partnershipId: derbyshire, actionId: before.id }, orderBy: { createdAt: "desc" } });
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
    const historyBefore = await db.actionUpdate.count({ where: { partnershipId: derbyshire, actionId: loaded.id } });
    const audits = await auditCount();
    await updateActionStatus(derbyshire, callers.lead, {
      actionId: loaded.id,
      version: loaded.version,
      status: "ON_TRACK",
      commentary: "JSNA refresh signed off by both partners.",
    });
    const second = updateActionStatus(derbyshire, callers.contributor, {
      actionId: loaded.id,
      version: loaded.version,
      status: "OFF_TRACK",
      commentary: "Data sharing agreement not signed.",
    });
    await expect(second).rejects.toBeInstanceOf(ConflictError);
    await expect(second).rejects.toThrow(/JSNA refresh signed off by both partners/);
    const after = await action("1.1b");
    expect(after).toMatchObject({ version: loaded.version + 1, reportedStatus: "ON_TRACK" });
    expect(await db.actionUpdate.count({ where: { partnershipId: derbyshire, actionId: loaded.id } })).toBe(historyBefore + 1);
    expect(await auditCount()).toBe(audits + 1);
  });

  it("appends to the history rather than overwriting it", async () => {
    const a = await action("1.1c");
    const before = await db.actionUpdate.count({ where: { partnershipId: derbyshire, actionId: a.id } });
    const first = await updateActionStatus(derbyshire, callers.admin, { actionId: a.id, version: a.version, status: "ON_TRACK", commentary: "First" });
    await updateActionStatus(derbyshire, callers.admin, { actionId: a.id, version: first.version, status: "AT_RISK", commentary: "Second" });
    const history = await db.actionUpdate.findMany({ where: { partnershipId: derbyshire, actionId: a.id }, orderBy: { createdAt: "asc" }, select: { commentary: true } });
    expect(history).toHaveLength(before + 2);
    expect(history.slice(-2).map((h) => h.commentary)).toEqual(["First", "Second"]);
  });
});

describe("nothing half written", () => {
  it("a mutation that fails part-way leaves no trace", async () => {
    const a = await action("1.2b");
    const updates = await db.actionUpdate.count({ where: { partnershipId: derbyshire } });
    const evidence = await db.evidence.count({ where: { partnershipId: derbyshire } });
    const audits = await auditCount();
    // The evidence insert fails after the action row has been updated inside the transaction.
    const broken = { actionId: a.id, version: a.version, status: "ON_TRACK" as const, commentary: "Will roll back", evidenceTitle: "x", evidenceKind: "NOT_A_KIND" as never };
    await expect(updateActionStatus(derbyshire, callers.admin, broken)).rejects.toThrow();
    expect(await action("1.2b")).toEqual(a);
    expect(await db.actionUpdate.count({ where: { partnershipId: derbyshire } })).toBe(updates);
    expect(await db.evidence.count({ where: { partnershipId: derbyshire } })).toBe(evidence);
    expect(await auditCount()).toBe(audits);
  });

  it("saves evidence with the update, in the same transaction", async () => {
    const a = await action("1.2a");
    const result = await updateActionStatus(derbyshire, callers.lead, {
      actionId: a.id,
      version: a.version,
      status: "ON_TRACK",
      commentary: "Strategy draft shared with DPCV.",
      evidenceTitle: "DPCV feedback summary",
      evidenceKind: "FEEDBACK",
      evidenceUrl: "https://example.org/dpcv-feedback",
    });
    const evidence = await db.evidence.findFirstOrThrow({ where: { partnershipId: derbyshire, actionUpdateId: result.updateId } });
    expect(evidence).toMatchObject({ title: "DPCV feedback summary", kind: "FEEDBACK", actionId: a.id });
  });
});

describe("milestone occurrences", () => {
  it("the assigned contributor marks one met; the board cannot; a stale save conflicts", async () => {
    // 1.1c is assigned to the contributor; its milestone, moved by an approved change request, is still ahead.
    const occurrence = await pendingOccurrence("1.1c");
    await expect(
      recordMilestoneOutcome(derbyshire, callers.board, { occurrenceId: occurrence.id, version: occurrence.version, outcome: "MET", note: "Minutes published" }),
    ).rejects.toBeInstanceOf(ForbiddenError);
    const audits = await auditCount();
    await recordMilestoneOutcome(derbyshire, callers.contributor, {
      occurrenceId: occurrence.id,
      version: occurrence.version,
      outcome: "MET",
      note: "Minutes published on the Local Offer",
      evidenceUrl: "https://example.org/minutes",
    });
    expect(await auditCount()).toBe(audits + 1);
    expect(await db.milestoneOccurrence.findFirstOrThrow({ where: { id: occurrence.id, partnershipId: derbyshire } })).toMatchObject({ state: "MET" });
    await expect(
      recordMilestoneOutcome(derbyshire, callers.admin, { occurrenceId: occurrence.id, version: occurrence.version, outcome: "MISSED", note: "Late" }),
    ).rejects.toBeInstanceOf(ConflictError);
    expect(await auditCount()).toBe(audits + 1);
  });

  it("a lead cannot record a milestone outside their area", async () => {
    const occurrence = await pendingOccurrence("3.2a");
    await expect(
      recordMilestoneOutcome(derbyshire, callers.lead, { occurrenceId: occurrence.id, version: occurrence.version, outcome: "MISSED", note: "x" }),
    ).rejects.toBeInstanceOf(ForbiddenError);
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
    const run = raiseChangeRequest(derbyshire, callers[role], {
      actionId: a.id,
      proposedDueDate: parseIsoDate("2026-03-31"),
      reason: "Banding consultation extended",
      impact: "Three months",
    });
    if (allowed) {
      const { changeRequestId } = await run;
      expect(await auditCount()).toBe(audits + 1);
      // Withdraw it so the next role can raise its own (only one may be open per item).
      await db.changeRequest.updateMany({ where: { id: changeRequestId, partnershipId: derbyshire }, data: { state: "WITHDRAWN" } });
    } else {
      await expect(run).rejects.toBeInstanceOf(ForbiddenError);
      expect(await auditCount()).toBe(audits);
    }
  });

  it("approval moves the current due date, keeps the baseline, and writes one audit row", async () => {
    const a = await action("3.2b");
    const { changeRequestId } = await raiseChangeRequest(derbyshire, callers.admin, {
      actionId: a.id,
      proposedDueDate: parseIsoDate("2026-06-30"),
      reason: "Recruitment to the QA post delayed",
      impact: "Quality assurance cycle starts a term later",
    });
    const request = await db.changeRequest.findFirstOrThrow({ where: { id: changeRequestId, partnershipId: derbyshire } });
    for (const role of ["lead", "contributor", "viewer", "advisor"] as const) {
      await expect(decideChangeRequest(derbyshire, callers[role], { changeRequestId, version: request.version, decision: "APPROVED", decisionNote: "x" })).rejects.toBeInstanceOf(
        ForbiddenError,
      );
    }
    const audits = await auditCount();
    await decideChangeRequest(derbyshire, callers.board, { changeRequestId, version: request.version, decision: "APPROVED", decisionNote: "Agreed at the board" });
    expect(await auditCount()).toBe(audits + 1);
    const after = await action("3.2b");
    expect(after.currentDueDate.toISOString().slice(0, 10)).toBe("2026-06-30");
    expect(after.baselineDueDate).toEqual(a.baselineDueDate);
    // Deciding again is a conflict, and changes nothing.
    await expect(decideChangeRequest(derbyshire, callers.admin, { changeRequestId, version: request.version, decision: "REJECTED", decisionNote: "No" })).rejects.toBeInstanceOf(
      ConflictError,
    );
    expect(await auditCount()).toBe(audits + 1);
  });

  it("refuses a second open request for the same item", async () => {
    const a = await action("3.3a");
    await raiseChangeRequest(derbyshire, callers.lead, { actionId: a.id, scopeChange: "Narrow to EHCP QA only", reason: "Capacity", impact: "Less QA" });
    await expect(raiseChangeRequest(derbyshire, callers.lead, { actionId: a.id, scopeChange: "Again", reason: "Again", impact: "Again" })).rejects.toThrow(
      /already a change request/,
    );
  });

  it("treats another partnership's request as not found", async () => {
    const derbyCityAdmin = await callerFor("admin@derby-city.demo", "derby-city");
    const derbyshireRequest = await db.changeRequest.findFirstOrThrow({ where: { partnershipId: derbyshire } });
    await expect(
      decideChangeRequest(await partnershipId("derby-city"), derbyCityAdmin, {
        changeRequestId: derbyshireRequest.id,
        version: derbyshireRequest.version,
        decision: "APPROVED",
        decisionNote: "x",
      }),
    ).rejects.toBeInstanceOf(NotFoundError);
  });
});
