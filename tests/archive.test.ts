// An archived partnership is read-only for its members, whatever the write:
// the audit table's trigger refuses the audit row every write inserts, and
// the write path turns the refusal into "<Name> is archived: it can be read
// but not changed." with nothing changed. A restore lets writes through again.
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { listMembershipsForUser } from "@/lib/auth/queries";
import type { Caller } from "@/lib/auth/caller";
import { parseIsoDate } from "@/lib/dates/format";
import { ValidationError } from "@/lib/errors";
import { archivePartnership, restorePartnership } from "@/lib/operators/mutations";
import { updateActionStatus } from "@/lib/plan/mutations";
import { createAction } from "@/lib/plan/structure/mutations/actions";
import { createArea } from "@/lib/plan/structure/mutations/areas";
import { createOutcome } from "@/lib/plan/structure/mutations/outcomes";
import { createRisk } from "@/lib/risks/mutations/register";
import { updatePartnershipDetails } from "@/lib/settings/mutations";
import { getPartnershipPicker } from "@/lib/partnerships/view";
import { db } from "./support/db";
import { ownOperator, type OwnOperator } from "./support/operator";
import { ownPartnership, type OwnPartnership } from "./support/own-partnership";

let own: OwnPartnership;
let operator: OwnOperator;
let admin: Caller;
let areaId: string;
let actionId: string;

/** Everything the partnership holds that a write could change, and its audit. */
async function snapshot() {
  const where = { partnershipId: own.id };
  const [partnership, actions, risks, audit] = await Promise.all([
    db.partnership.findFirstOrThrow({ where: { id: own.id }, select: { name: true, contactEmail: true, detailsVersion: true, dataVersion: true, archivedAt: true } }),
    db.action.findMany({ where, select: { id: true, reportedStatus: true, version: true }, orderBy: { id: "asc" } }),
    db.risk.count({ where }),
    db.auditEvent.count({ where }),
  ]);
  return { partnership, actions, risks, audit };
}

const details = async () => (await db.partnership.findFirstOrThrow({ where: { id: own.id }, select: { detailsVersion: true } })).detailsVersion;
const action = () => db.action.findFirstOrThrow({ where: { id: actionId, partnershipId: own.id }, select: { version: true } });

/** One write of each kind of domain: a status update, a new risk, a settings save. */
const writes = {
  "a status update": async () => updateActionStatus(own.id, admin, { actionId, version: (await action()).version, status: "AT_RISK", commentary: "Written while archived?" }),
  "a new risk": async () =>
    createRisk(own.id, admin, {
      title: "Risk while archived?",
      ownerRole: "Programme office",
      areaIds: [areaId],
      actionCodes: [],
      inherentLikelihood: 4,
      inherentImpact: 4,
      currentLikelihood: 3,
      currentImpact: 3,
      targetLikelihood: 1,
      targetImpact: 1,
      reviewFrequency: "MONTHLY",
      nextReviewDate: parseIsoDate("2027-01-31"),
    }),
  "a settings save": async () => updatePartnershipDetails(own.id, admin, { partnershipId: own.id, version: await details(), name: own.name, contactEmail: "office@archive.test" }),
};

beforeAll(async () => {
  own = await ownPartnership("archive");
  operator = await ownOperator("archive");
  admin = await own.caller("admin");
  areaId = (await createArea(own.id, admin, { code: "AR1", kind: "PRIORITY_ACTION", title: "Area AR1", finding: "As found.", leadRoles: [] })).id;
  const outcome = await createOutcome(own.id, admin, { priorityAreaId: areaId, code: "AR1.1", text: "Outcome AR1.1." });
  actionId = (
    await createAction(own.id, admin, {
      outcomeId: outcome.id,
      code: "AR1.1a",
      title: "Action AR1.1a",
      startDate: parseIsoDate("2026-01-05"),
      baselineDueDate: parseIsoDate("2027-06-30"),
      tags: [],
    })
  ).id;
});

// Each test starts from a partnership that is not archived, whatever the one before left.
afterEach(async () => {
  const { archivedAt } = await db.partnership.findFirstOrThrow({ where: { id: own.id }, select: { archivedAt: true } });
  if (archivedAt) await restorePartnership(own.id, operator.caller, { partnershipId: own.id });
});

describe("archiving a partnership", () => {
  it("refuses every write of its members with the archived message, changing nothing; a restore lets them write again", async () => {
    await archivePartnership(own.id, operator.caller, { partnershipId: own.id });
    const message = `${own.name} is archived: it can be read but not changed.`;
    for (const [what, write] of Object.entries(writes)) {
      const before = await snapshot();
      const refusal = await write().then(
        () => null,
        (error: unknown) => error,
      );
      expect(refusal, what).toBeInstanceOf(ValidationError);
      expect((refusal as Error).message, what).toBe(message);
      expect(await snapshot(), `${what} changed nothing`).toEqual(before);
    }
    await restorePartnership(own.id, operator.caller, { partnershipId: own.id });
    for (const [what, write] of Object.entries(writes)) {
      const audit = await db.auditEvent.count({ where: { partnershipId: own.id } });
      await write();
      expect(await db.auditEvent.count({ where: { partnershipId: own.id } }), `${what} after the restore`).toBe(audit + 1);
    }
  });

  it("makes a write that races an archive wait for it and then refuses it (the trigger takes the partnership's row lock)", async () => {
    let archived!: () => void;
    let release!: () => void;
    const done = new Promise<void>((resolve) => (archived = resolve));
    const gate = new Promise<void>((resolve) => (release = resolve));
    const archiving = db.$transaction(async (tx) => {
      await archivePartnership.core(tx, own.id, operator.caller, { partnershipId: own.id });
      archived();
      await gate;
    });
    await done;
    const before = await snapshot();
    // A status update touches the action, not the partnership: only the trigger's lock makes it wait.
    const write = writes["a status update"]().then(
      () => null,
      (error: unknown) => error,
    );
    await new Promise((resolve) => setTimeout(resolve, 300));
    release();
    await archiving;
    expect(((await write) as Error | null)?.message).toBe(`${own.name} is archived: it can be read but not changed.`);
    expect((await snapshot()).actions).toEqual(before.actions);
  });

  it("records the archive and the restore in the partnership's own audit log, as the operator, each moving the data version", async () => {
    const version = async () => (await db.partnership.findFirstOrThrow({ where: { id: own.id }, select: { dataVersion: true } })).dataVersion;
    const v0 = await version();
    await archivePartnership(own.id, operator.caller, { partnershipId: own.id });
    expect(await version()).toBe(v0 + 1);
    await restorePartnership(own.id, operator.caller, { partnershipId: own.id });
    expect(await version()).toBe(v0 + 2);
    const rows = await db.auditEvent.findMany({ where: { partnershipId: own.id, entityType: "Partnership" }, orderBy: [{ at: "desc" }, { id: "desc" }], take: 2 });
    expect(rows.map((r) => [r.action, r.actorUserId, r.actorName])).toEqual([
      ["restore", operator.userId, `${operator.name} (Operator)`],
      ["archive", operator.userId, `${operator.name} (Operator)`],
    ]);
    expect(rows[1]!.after).toEqual({ slug: own.slug, name: own.name });
  });

  it("hides an archived partnership from its members' pickers, and shows it again once restored", async () => {
    const lead = own.userIds.lead;
    await archivePartnership(own.id, operator.caller, { partnershipId: own.id });
    expect((await listMembershipsForUser(lead)).map((m) => m.partnership.slug)).not.toContain(own.slug);
    const user = { userId: lead, name: "Lee Lead", email: `lead@${own.slug}.test`, sessionVersion: 0 };
    expect(await getPartnershipPicker(user)).toMatchObject({ kind: "picker", none: true });
    // Its members still reach it by its address, read-only.
    expect((await own.member("lead")).partnership.archivedAt).toBeInstanceOf(Date);
    await restorePartnership(own.id, operator.caller, { partnershipId: own.id });
    expect(await getPartnershipPicker(user)).toMatchObject({ kind: "redirect" });
  });

  it("refuses a second archive, and a restore of a partnership that is not archived, with a sentence and nothing written", async () => {
    await archivePartnership(own.id, operator.caller, { partnershipId: own.id });
    const audit = await db.auditEvent.count({ where: { partnershipId: own.id } });
    await expect(archivePartnership(own.id, operator.caller, { partnershipId: own.id })).rejects.toThrow(`${own.name} is already archived.`);
    await restorePartnership(own.id, operator.caller, { partnershipId: own.id });
    await expect(restorePartnership(own.id, operator.caller, { partnershipId: own.id })).rejects.toThrow(`${own.name} is not archived.`);
    expect(await db.auditEvent.count({ where: { partnershipId: own.id } })).toBe(audit + 1);
  });
});
