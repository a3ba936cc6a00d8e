// The settings take effect everywhere on the next load, read through the real
// page loaders, in a partnership of the file's own: one area with one action
// (started 1 October 2026, never updated) and a milestone due 10 December
// 2026, looked at on 20 November 2026. Each save moves the partnership's data
// version by one, so the kept dashboard and plan (keyed by it) draw afresh.
import { beforeAll, describe, expect, it } from "vitest";
import type { Caller } from "@/lib/auth/caller";
import { getDashboardAccess } from "@/lib/auth/queries";
import { getDashboard } from "@/lib/dashboard/queries";
import { parseIsoDate, toIsoDate } from "@/lib/dates/format";
import { getAssessedPlan } from "@/lib/plan/model";
import { DEFAULT_STATUS_LABELS } from "@/lib/plan/status";
import { createAction } from "@/lib/plan/structure/mutations/actions";
import { createArea } from "@/lib/plan/structure/mutations/areas";
import { createMilestone } from "@/lib/plan/structure/mutations/milestones";
import { createOutcome } from "@/lib/plan/structure/mutations/outcomes";
import { getActionPage } from "@/lib/plan/view";
import { getReportSource } from "@/lib/reports/queries";
import { getReportsIndex } from "@/lib/reports/view";
import { updatePartnershipDetails, updateReportingRhythm, updateStatusLabels } from "@/lib/settings/mutations";
import { db } from "./support/db";
import { ownPartnership, type OwnPartnership } from "./support/own-partnership";

const today = parseIsoDate("2026-11-20");
let own: OwnPartnership;
let admin: Caller;
let areaId: string;
let actionId: string;

beforeAll(async () => {
  own = await ownPartnership("settings-effects");
  admin = await own.caller("admin");
  areaId = (await createArea(own.id, admin, { code: "PIA1", kind: "PRIORITY_ACTION", title: "Area PIA1", finding: "As the report words it.", leadRoles: [] })).id;
  const outcome = await createOutcome(own.id, admin, { priorityAreaId: areaId, code: "1.1", text: "Plans are issued within 20 weeks." });
  actionId = (
    await createAction(own.id, admin, {
      outcomeId: outcome.id,
      code: "1.1a",
      title: "Action 1.1a",
      startDate: parseIsoDate("2026-10-01"),
      baselineDueDate: parseIsoDate("2027-06-30"),
      tags: [],
    })
  ).id;
  await createMilestone(own.id, admin, { actionId, text: "Panel in place", schedule: { kind: "ONE_OFF", dueDate: parseIsoDate("2026-12-10") } });
  await own.leads([areaId]);
});

const versions = () =>
  db.partnership.findFirstOrThrow({ where: { id: own.id }, select: { dataVersion: true, detailsVersion: true, statusLabelsVersion: true, rhythmVersion: true } });

async function setRhythm(rhythm: { reportingCadenceDays: number; staleGraceDays: number; milestoneWarningDays: number; highlightReportDueDay: number }) {
  const before = await versions();
  await updateReportingRhythm(own.id, admin, { partnershipId: own.id, version: before.rhythmVersion, ...rhythm });
  // The save's audit row moved the data version: the kept dashboard and plan are drawn afresh on the next load.
  expect((await versions()).dataVersion).toBe(before.dataVersion + 1);
  expect((await getDashboardAccess(own.userIds.admin, own.slug))?.dataVersion).toBe(before.dataVersion + 1);
}

/** What the next load of each page says about the action's update. */
async function owedUpdate() {
  const [page, plan, dashboard] = await Promise.all([getActionPage(await own.member("viewer"), actionId, today), getAssessedPlan(own.id, today), getDashboard(own.id, today)]);
  const owed = plan.assessments.get(actionId)!.owed;
  return {
    actionPage: page!.owed,
    plan: owed ? { since: owed.since && toIsoDate(owed.since) } : null,
    dashboard: dashboard.totals.owed,
  };
}

describe("the reporting rhythm, on the next load", () => {
  it("decides when an update is owed: on the action's page, the plan and the dashboard", async () => {
    // 50 days since the start. 31 + 14 = 45: owed since a cadence after the start, 1 November.
    await setRhythm({ reportingCadenceDays: 31, staleGraceDays: 14, milestoneWarningDays: 30, highlightReportDueDay: 10 });
    expect(await owedUpdate()).toMatchObject({ actionPage: "Update owed since 1 November 2026", plan: { since: "2026-11-01" }, dashboard: 1 });
    // 40 + 14 = 54 days: not owed yet.
    await setRhythm({ reportingCadenceDays: 40, staleGraceDays: 14, milestoneWarningDays: 30, highlightReportDueDay: 10 });
    expect(await owedUpdate()).toMatchObject({ actionPage: null, plan: null, dashboard: 0 });
    // 20 + 0: owed since 21 October.
    await setRhythm({ reportingCadenceDays: 20, staleGraceDays: 0, milestoneWarningDays: 30, highlightReportDueDay: 10 });
    expect(await owedUpdate()).toMatchObject({ actionPage: "Update owed since 21 October 2026", plan: { since: "2026-10-21" }, dashboard: 1 });
  });

  it("decides which milestones are close enough to put their action at risk", async () => {
    const dueSoon = async () => {
      const [page, plan] = await Promise.all([getActionPage(await own.member("viewer"), actionId, today), getAssessedPlan(own.id, today)]);
      return {
        page: page!.computed.reasons.some((r) => r.code === "MILESTONE_DUE_SOON"),
        plan: plan.assessments.get(actionId)!.computed.reasons.some((r) => r.code === "MILESTONE_DUE_SOON"),
      };
    };
    // The milestone is 20 days away.
    await setRhythm({ reportingCadenceDays: 31, staleGraceDays: 14, milestoneWarningDays: 30, highlightReportDueDay: 10 });
    expect(await dueSoon()).toEqual({ page: true, plan: true });
    await setRhythm({ reportingCadenceDays: 31, staleGraceDays: 14, milestoneWarningDays: 14, highlightReportDueDay: 10 });
    expect(await dueSoon()).toEqual({ page: false, plan: false });
  });

  it("decides when last month's highlight reports are due", async () => {
    await setRhythm({ reportingCadenceDays: 31, staleGraceDays: 14, milestoneWarningDays: 30, highlightReportDueDay: 10 });
    const early = await getReportsIndex(await own.member("lead"), today);
    expect({ day: early!.dueDay, due: toIsoDate(early!.owed.dueDate) }).toEqual({ day: "10th", due: "2026-11-10" });
    await setRhythm({ reportingCadenceDays: 31, staleGraceDays: 14, milestoneWarningDays: 30, highlightReportDueDay: 28 });
    const late = await getReportsIndex(await own.member("lead"), today);
    expect({ day: late!.dueDay, due: toIsoDate(late!.owed.dueDate) }).toEqual({ day: "28th", due: "2026-11-28" });
  });
});

describe("the status labels and the name, on the next load", () => {
  it("every page's member, and a report drawn now, read the new labels; the standard ones come back on reset", async () => {
    const rag = { ...DEFAULT_STATUS_LABELS, ON_TRACK: "Green", AT_RISK: "Amber", OFF_TRACK: "Red" };
    const before = await versions();
    await updateStatusLabels(own.id, admin, { partnershipId: own.id, version: before.statusLabelsVersion, ...rag });
    expect((await versions()).dataVersion).toBe(before.dataVersion + 1);
    for (const role of ["viewer", "advisor", "lead"] as const) expect((await own.member(role)).labels).toEqual(rag);
    expect((await getReportSource(own.id, areaId))!.labels).toEqual(rag);

    await updateStatusLabels(own.id, admin, { partnershipId: own.id, version: (await versions()).statusLabelsVersion, ...DEFAULT_STATUS_LABELS });
    expect((await own.member("viewer")).labels).toEqual(DEFAULT_STATUS_LABELS);
    expect((await getReportSource(own.id, areaId))!.labels).toEqual(DEFAULT_STATUS_LABELS);
  });

  it("every page's member reads the new name", async () => {
    const before = await versions();
    await updatePartnershipDetails(own.id, admin, { partnershipId: own.id, version: before.detailsVersion, name: `${own.slug} SEND Partnership`, contactEmail: null });
    expect((await versions()).dataVersion).toBe(before.dataVersion + 1);
    expect((await own.member("board")).partnership.name).toBe(`${own.slug} SEND Partnership`);
    expect((await getReportSource(own.id, areaId))!.partnership.name).toBe(`${own.slug} SEND Partnership`);
  });
});
