// An action whose due date is to be confirmed (issue 20, part A), against a
// real PostgreSQL: made with no date, shown as "Due date to be confirmed" and
// never late, counted apart on the dashboard, refused a "move the due date"
// request or correction, and given its first due date in the plan editor by
// those who edit its area (baseline and current together, one audit row).
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "./support/db";
import { ownPartnership, type OwnPartnership } from "./support/own-partnership";
import { describeAuditRow } from "@/lib/audit/sentence";
import { raiseChangeRequest } from "@/lib/changes/mutations";
import { getDashboard } from "@/lib/dashboard/queries";
import { parseIsoDate, toIsoDate } from "@/lib/dates/format";
import { ForbiddenError, ValidationError } from "@/lib/errors";
import { DUE_DATE_TO_BE_CONFIRMED } from "@/lib/plan/due-date";
import { correctDueDate } from "@/lib/plan/mutations";
import { createAction, updateAction } from "@/lib/plan/structure/mutations/actions";
import { createArea } from "@/lib/plan/structure/mutations/areas";
import { createMilestone } from "@/lib/plan/structure/mutations/milestones";
import { createOutcome } from "@/lib/plan/structure/mutations/outcomes";
import { getActionPage, getPlanPage } from "@/lib/plan/view";

const day = parseIsoDate;
const today = day("2026-11-20");

let own: OwnPartnership;
let areaId: string;
let outcomeId: string;
let actionId: string;

const stored = (id: string) => db.action.findFirstOrThrow({ where: { id, partnershipId: own.id }, select: { baselineDueDate: true, currentDueDate: true, version: true } });

beforeAll(async () => {
  own = await ownPartnership("due-tbc");
  const admin = await own.caller("admin");
  areaId = (await createArea(own.id, admin, { code: "PIA1", kind: "PRIORITY_ACTION", title: "Leadership", finding: "Leaders lack a shared plan.", leadRoles: [] })).id;
  outcomeId = (await createOutcome(own.id, admin, { priorityAreaId: areaId, code: "1.1", text: "Families trust the plan." })).id;
  await own.leads([areaId]);
  const created = await createAction(own.id, admin, {
    outcomeId,
    code: "1.1a",
    title: "Agree the SEND strategy",
    tags: [],
    startDate: day("2026-01-01"),
    baselineDueDate: null,
  });
  actionId = created.id;
});

describe("an action with no agreed due date", () => {
  it("is stored with neither date, and its audit row says the date is to be confirmed", async () => {
    expect(await stored(actionId)).toMatchObject({ baselineDueDate: null, currentDueDate: null });
    const row = await db.auditEvent.findFirstOrThrow({
      where: { partnershipId: own.id, entityType: "Action", entityId: actionId, action: "create" },
      select: { actorName: true, entityType: true, entityId: true, action: true, before: true, after: true },
    });
    expect(describeAuditRow(row, own.slug)).toMatchObject({ typed: true, sentence: expect.stringMatching(/with its due date to be confirmed\.$/) });
  });

  it("reads as to be confirmed on the plan and its page, never late, and is what the plan's due=tbc filter finds", async () => {
    const admin = await own.member("admin");
    const plan = await getPlanPage(admin, { open: "all" }, today);
    if (!plan.shared) throw new Error("The admin reads the plan.");
    const shown = plan.tree.flatMap((a) => a.outcomes.flatMap((o) => o.actions)).find((a) => a.id === actionId);
    expect(shown).toMatchObject({ due: DUE_DATE_TO_BE_CONFIRMED, baseline: null, daysLate: 0 });
    expect(shown?.computed).not.toBe("OFF_TRACK");

    const tbc = await getPlanPage(admin, { due: "tbc" }, today);
    const overdue = await getPlanPage(admin, { due: "overdue" }, today);
    const ids = (page: Awaited<ReturnType<typeof getPlanPage>>) => (page.shared ? page.tree.flatMap((a) => a.outcomes.flatMap((o) => o.actions.map((x) => x.id))) : []);
    expect(ids(tbc)).toEqual([actionId]);
    expect(ids(overdue)).toEqual([]);

    const page = await getActionPage(admin, actionId, today);
    expect(page?.slip).toEqual({ daysLate: 0, slippedDays: 0 });
    expect(page?.computed.reasons.map((r) => r.code)).not.toContain("OVERDUE");
    expect(page?.may.setDueDate).toBe(true);
    expect((await getActionPage(await own.member("viewer"), actionId, today))?.may.setDueDate).toBe(false);
  });

  it("is counted on the dashboard apart from the late actions", async () => {
    const model = await getDashboard(own.id, today);
    expect(model.totals).toMatchObject({ noDueDate: 1, overdueActions: 0 });
  });

  it("has no due date to move or correct: the request and the correction are refused, and say so", async () => {
    const lead = await own.caller("lead");
    const move = raiseChangeRequest(own.id, lead, { actionId, proposedDueDate: day("2027-03-31"), reason: "Later", impact: "None" });
    await expect(move).rejects.toBeInstanceOf(ValidationError);
    await expect(move).rejects.toThrow(/no agreed due date yet/);
    const admin = await own.caller("admin");
    const { version } = await stored(actionId);
    await expect(correctDueDate(own.id, admin, { actionId, version, dueDate: day("2027-03-31"), reason: "Typo" })).rejects.toMatchObject({
      fieldErrors: { dueDate: [expect.stringMatching(/no due date to correct yet/)] },
    });
    expect(await db.changeRequest.count({ where: { partnershipId: own.id } })).toBe(0);
  });

  it("keeps an undated milestone undated: no occurrence, no invented date", async () => {
    const admin = await own.caller("admin");
    const milestone = await createMilestone(own.id, admin, { actionId, text: "Strategy signed off", schedule: { kind: "ONE_OFF", dueDate: null } });
    expect(milestone.occurrences).toBe(0);
    expect(await db.milestone.findFirstOrThrow({ where: { id: milestone.id, partnershipId: own.id }, select: { dueDate: true, baselineDueDate: true } })).toEqual({
      dueDate: null,
      baselineDueDate: null,
    });
  });

  it("gets its first due date from those who edit its area: baseline and current together, in the update's audit row", async () => {
    const fields = { id: actionId, outcomeId, code: "1.1a", title: "Agree the SEND strategy", tags: [], startDate: day("2026-01-01") };
    const viewer = await own.caller("viewer");
    await expect(updateAction(own.id, viewer, { ...fields, version: (await stored(actionId)).version, baselineDueDate: day("2027-03-31") })).rejects.toBeInstanceOf(ForbiddenError);
    expect(await stored(actionId)).toMatchObject({ currentDueDate: null });

    // Before the start is refused, as on creation.
    const lead = await own.caller("lead");
    await expect(updateAction(own.id, lead, { ...fields, version: (await stored(actionId)).version, baselineDueDate: day("2025-12-31") })).rejects.toMatchObject({
      fieldErrors: { startDate: [expect.stringMatching(/on or before the due date/)] },
    });

    await updateAction(own.id, lead, { ...fields, version: (await stored(actionId)).version, baselineDueDate: day("2027-03-31") });
    const after = await stored(actionId);
    expect([after.baselineDueDate, after.currentDueDate].map((d) => d && toIsoDate(d))).toEqual(["2027-03-31", "2027-03-31"]);
    const row = await db.auditEvent.findFirstOrThrow({
      where: { partnershipId: own.id, entityType: "Action", entityId: actionId, action: "update" },
      orderBy: { at: "asc" },
      select: { actorName: true, entityType: true, entityId: true, action: true, before: true, after: true },
    });
    expect(describeAuditRow(row, own.slug)).toMatchObject({ typed: true, sentence: "Lee Lead (Head of SEND) edited action 1.1a, setting its first due date to 31 March 2027." });

    // Once agreed, the date moves only through a change request; saving the form without one changes nothing of it.
    await expect(updateAction(own.id, lead, { ...fields, version: after.version, baselineDueDate: day("2027-06-30") })).rejects.toMatchObject({
      fieldErrors: { baselineDueDate: [expect.stringMatching(/raise a change request/)] },
    });
    await updateAction(own.id, lead, { ...fields, title: "Agree and publish the SEND strategy", version: after.version, baselineDueDate: null });
    expect(await stored(actionId)).toMatchObject({ baselineDueDate: day("2027-03-31"), currentDueDate: day("2027-03-31") });
    expect((await getDashboard(own.id, today)).totals.noDueDate).toBe(0);
  });
});
