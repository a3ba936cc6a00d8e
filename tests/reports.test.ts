// Highlight reports against a real PostgreSQL: the state machine and who may
// move it (DESIGN §4), every version kept, the frozen snapshot untouched by
// later changes to the plan, what is owed and where it shows. Every write is
// in a partnership of the file's own (tests/support/own-partnership.ts), so a
// second pass over the same database starts with no report of its own again;
// the seeded demo's documented reports are read, never written.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "./support/db";
import { callerFor, partnershipId } from "./support/callers";
import { OWN_ROLES, type OwnPartnership, type OwnRole } from "./support/own-partnership";
import { reportPlan, type ReportPlan } from "./support/report-plan";
import type { Caller } from "@/lib/auth/caller";
import type { MemberContext } from "@/lib/auth/guards";
import { today } from "@/lib/clock";
import { getDashboard } from "@/lib/dashboard/queries";
import { parseIsoDate } from "@/lib/dates/format";
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from "@/lib/errors";
import { updateActionStatus } from "@/lib/plan/mutations";
import { drawReport, writtenOf } from "@/lib/reports/document";
import { reviewHighlightReport, saveHighlightReport } from "@/lib/reports/mutations";
import { monthOf, owedPeriod, shiftMonth } from "@/lib/reports/period";
import { getReportSource, getSubmissionSnapshot } from "@/lib/reports/queries";
import { reviewHighlightReportSchema } from "@/lib/reports/schema";
import { parseHighlightReportSnapshot } from "@/lib/reports/snapshot";
import { getReportPage, getReportsIndex } from "@/lib/reports/view";
import { getMyUpdatesPage } from "@/lib/plan/view";

let derbyshire: string;
let own: OwnPartnership;
let ours: string;
const callers = {} as Record<OwnRole, Caller>;
let areas: ReportPlan["areas"];
let childArea: string;

const complete = { overallStatus: "OFF_TRACK" as const, statusReason: "Written for the test.", summary: "The month in brief.", impactOnFamilies: "Families were told sooner." };

/** A month well inside the twelve a report may be written for, a different one for each story below. */
const quiet = (back: number) => shiftMonth(owedPeriod(today()), -4 - back);

async function report(code: string, period: Date) {
  return db.highlightReport.findFirst({
    where: { partnershipId: ours, priorityAreaId: areas[code], period },
    select: { id: true, state: true, version: true, submissions: { orderBy: { number: "asc" }, select: { number: true, outcome: true, outcomeComment: true, snapshot: true } } },
  });
}

/** A member of Derbyshire (the demo) as a page loader receives them, for reading the demo's documented reports. */
async function demo(role: OwnRole): Promise<MemberContext> {
  const caller = await callerFor(role === "advisor" ? "advisor@dfe.demo" : `${role}@derbyshire.demo`, "derbyshire");
  return {
    partnershipId: derbyshire,
    scope: caller.scope,
    role: caller.scope.role,
    partnership: { id: derbyshire, slug: "derbyshire", name: "Derbyshire", advisorDashboardAccess: false },
  } as MemberContext;
}

beforeAll(async () => {
  derbyshire = await partnershipId("derbyshire");
  ({ own, areas, childArea } = await reportPlan("reports"));
  ours = own.id;
  for (const role of OWN_ROLES) callers[role] = await own.caller(role);
});

describe("who may write and submit", () => {
  const matrix: [OwnRole, string, boolean][] = [
    ["lead", "PIA1", true],
    ["lead", "PIA2", false],
    ["admin", "PIA2", true],
    ["board", "PIA1", false],
    ["contributor", "PIA1", false],
    ["viewer", "PIA1", false],
    ["advisor", "PIA1", false],
  ];
  it.each(matrix)("%s on %s → allowed: %s", async (role, code, allowed) => {
    const period = quiet(0);
    const existing = await report(code, period);
    const run = saveHighlightReport(ours, callers[role], { areaId: areas[code]!, period, version: existing?.version ?? 0, intent: "save", summary: `Draft by ${role}` });
    if (allowed) await expect(run).resolves.toMatchObject({ state: "DRAFT" });
    else {
      await expect(run).rejects.toBeInstanceOf(ForbiddenError);
      expect(await report(code, period)).toEqual(existing);
    }
  });
});

describe("the report's life: submit, return with a comment, resubmit, note", () => {
  const period = quiet(1);

  it("refuses to submit without a status, a summary and the impact on families, and saves nothing", async () => {
    const run = saveHighlightReport(ours, callers.lead, { areaId: areas.PIA1!, period, version: 0, intent: "submit", summary: "Only a summary." });
    const error = await run.catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect(Object.keys((error as ValidationError).fieldErrors ?? {}).sort()).toEqual(["impactOnFamilies", "overallStatus"]);
    expect(await report("PIA1", period)).toBeNull();
  });

  it("asks for a reason where the lead's status differs from the suggested roll-up", async () => {
    const loaded = (await getReportSource(ours, areas.PIA1!))!;
    const suggested = drawReport(loaded, period, today(), writtenOf(null), null).prefill.suggested.status;
    const other = suggested === "ON_TRACK" ? "AT_RISK" : "ON_TRACK";
    const run = saveHighlightReport(ours, callers.lead, {
      areaId: areas.PIA1!,
      period,
      version: 0,
      intent: "submit",
      ...complete,
      overallStatus: other,
      statusReason: undefined,
    });
    const error = await run.catch((e: unknown) => e);
    expect((error as ValidationError).fieldErrors?.statusReason?.[0]).toMatch(/The suggested status is/);
    await expect(
      saveHighlightReport(ours, callers.lead, { areaId: areas.PIA1!, period, version: 0, intent: "submit", ...complete, overallStatus: suggested, statusReason: undefined }),
    ).resolves.toMatchObject({
      state: "SUBMITTED",
      submission: 1,
    });
  });

  it("lets nobody change a submitted report, and only the board and programme office answer it", async () => {
    const submitted = (await report("PIA1", period))!;
    await expect(saveHighlightReport(ours, callers.lead, { areaId: areas.PIA1!, period, version: submitted.version, intent: "save", summary: "Too late" })).rejects.toBeInstanceOf(
      ConflictError,
    );
    for (const role of ["lead", "contributor", "viewer", "advisor"] as const) {
      await expect(reviewHighlightReport(ours, callers[role], { reportId: submitted.id, version: submitted.version, decision: "NOTED" }), role).rejects.toBeInstanceOf(
        ForbiddenError,
      );
    }
    expect(await report("PIA1", period)).toEqual(submitted);
  });

  it("needs a comment to return a report", () => {
    expect(reviewHighlightReportSchema.safeParse({ reportId: "r", version: "1", decision: "RETURNED" }).success).toBe(false);
    expect(reviewHighlightReportSchema.safeParse({ reportId: "r", version: "1", decision: "NOTED" }).success).toBe(true);
  });

  it("returns it with the chair's comment; the lead revises and resubmits; the chair notes it; every version is kept", async () => {
    const submitted = (await report("PIA1", period))!;
    await expect(
      reviewHighlightReport(ours, callers.board, { reportId: submitted.id, version: submitted.version, decision: "RETURNED", comment: "Add the forum's survey." }),
    ).resolves.toMatchObject({ state: "RETURNED" });
    const returned = (await report("PIA1", period))!;
    // A stale answer (the version before the return) is refused.
    await expect(reviewHighlightReport(ours, callers.admin, { reportId: submitted.id, version: submitted.version, decision: "NOTED" })).rejects.toBeInstanceOf(ConflictError);
    // Saving a revision keeps it returned, so the comment stays in view; a stale save is refused.
    await expect(
      saveHighlightReport(ours, callers.lead, { areaId: areas.PIA1!, period, version: returned.version, intent: "save", ...complete, impactOnFamilies: "With the survey." }),
    ).resolves.toMatchObject({ state: "RETURNED" });
    await expect(saveHighlightReport(ours, callers.lead, { areaId: areas.PIA1!, period, version: returned.version, intent: "save", ...complete })).rejects.toBeInstanceOf(
      ConflictError,
    );
    const revised = (await report("PIA1", period))!;
    await expect(
      saveHighlightReport(ours, callers.lead, {
        areaId: areas.PIA1!,
        period,
        version: revised.version,
        intent: "submit",
        ...complete,
        impactOnFamilies: "With the survey: 62% felt listened to.",
      }),
    ).resolves.toMatchObject({ state: "SUBMITTED", submission: 2 });
    const resubmitted = (await report("PIA1", period))!;
    await expect(reviewHighlightReport(ours, callers.board, { reportId: resubmitted.id, version: resubmitted.version, decision: "NOTED" })).resolves.toMatchObject({
      state: "NOTED",
    });
    const noted = (await report("PIA1", period))!;
    expect(noted.state).toBe("NOTED");
    expect(noted.submissions.map((s) => [s.number, s.outcome, s.outcomeComment])).toEqual([
      [1, "RETURNED", "Add the forum's survey."],
      [2, "NOTED", null],
    ]);
    expect(noted.submissions.map((s) => parseHighlightReportSnapshot(s.snapshot).written.impactOnFamilies)).toEqual([
      complete.impactOnFamilies,
      "With the survey: 62% felt listened to.",
    ]);
    // Noted is final.
    await expect(reviewHighlightReport(ours, callers.board, { reportId: noted.id, version: noted.version, decision: "RETURNED", comment: "x" })).rejects.toBeInstanceOf(
      ConflictError,
    );
    await expect(saveHighlightReport(ours, callers.admin, { areaId: areas.PIA1!, period, version: noted.version, intent: "save" })).rejects.toBeInstanceOf(ConflictError);
  });

  it("opens only this month and the twelve before it", async () => {
    const run = saveHighlightReport(ours, callers.admin, { areaId: areas.PIA2!, period: shiftMonth(monthOf(today()), 1), version: 0, intent: "save" });
    await expect(run).rejects.toBeInstanceOf(ValidationError);
    await expect(saveHighlightReport(ours, callers.admin, { areaId: areas.PIA2!, period: shiftMonth(monthOf(today()), -13), version: 0, intent: "save" })).rejects.toBeInstanceOf(
      ValidationError,
    );
  });

  it("refuses areas of another partnership, and areas filed under another area, as not found", async () => {
    const derbyCityAdmin = await callerFor("admin@derby-city.demo", "derby-city");
    await expect(saveHighlightReport(await partnershipId("derby-city"), derbyCityAdmin, { areaId: areas.PIA1!, period, version: 0, intent: "save" })).rejects.toBeInstanceOf(
      NotFoundError,
    );
    await expect(saveHighlightReport(ours, callers.admin, { areaId: childArea, period, version: 0, intent: "save" })).rejects.toBeInstanceOf(NotFoundError);
  });
});

describe("the frozen snapshot", () => {
  it("does not change when the plan changes after submission, while a draft drawn now does", async () => {
    const period = monthOf(today());
    await saveHighlightReport(ours, callers.lead, { areaId: areas.PIA1!, period, version: 0, intent: "submit", ...complete, statusReason: "Written for the test." });
    const stored = (await report("PIA1", period))!;
    const before = JSON.stringify(stored.submissions[0]!.snapshot);
    const frozen = parseHighlightReportSnapshot(stored.submissions[0]!.snapshot);
    expect(frozen.schemaVersion).toBe(1);

    // The plan moves on: an action of the area that was not complete is completed today.
    const action = await db.action.findFirstOrThrow({
      where: { partnershipId: ours, priorityAreaId: areas.PIA1, archivedAt: null, reportedStatus: { not: "COMPLETE" } },
      orderBy: { code: "asc" },
      select: { id: true, code: true, version: true },
    });
    expect(frozen.prefill.actions.completed.map((a) => a.code)).not.toContain(action.code);
    await updateActionStatus(ours, callers.lead, { actionId: action.id, version: action.version, status: "COMPLETE", commentary: "Completed after the report went in." });

    const live = drawReport((await getReportSource(ours, areas.PIA1!))!, period, today(), writtenOf(null), null);
    expect(live.prefill.actions.completed.map((a) => a.code)).toContain(action.code);
    const after = await getSubmissionSnapshot(ours, stored.id, 1);
    expect(JSON.stringify(after!.snapshot)).toBe(before);
    const page = await getReportPage(await own.member("viewer"), "PIA1", period, today(), null);
    expect(page?.shown?.number).toBe(1);
    expect(page?.shown?.doc.prefill.actions.completed.map((a) => a.code)).not.toContain(action.code);
  });
});

describe("who reads what", () => {
  it("shows a writer the live draft, and others only submitted versions", async () => {
    // Last month's PIA5 report is a draft (seeded): its writer (the programme office) sees it, others do not.
    const period = owedPeriod(today());
    const admin = await getReportPage(await demo("admin"), "PIA5", period, today(), null);
    expect(admin?.shown?.number).toBeNull();
    expect(admin?.shown?.doc.submission).toBeNull();
    for (const role of ["board", "viewer", "contributor", "advisor", "lead"] as const) {
      const page = await getReportPage(await demo(role), "PIA5", period, today(), null);
      expect(page?.shown ?? null, role).toBeNull();
    }
    // A submitted one (PIA3, awaiting the board) reads for everyone who reads the live plan.
    for (const role of OWN_ROLES) {
      const page = await getReportPage(await demo(role), "PIA3", period, today(), null);
      expect(page?.shown?.number, role).toBe(1);
    }
    // A version that does not exist is a 404.
    expect(await getReportPage(await demo("board"), "PIA3", period, today(), 9)).toBeNull();
  });

  it("keeps advisors out where the partnership does not share its live dashboard", async () => {
    const advisor = await demo("advisor");
    const closed = { ...advisor, scope: { ...advisor.scope, advisorDashboardAccess: false } } as MemberContext;
    expect(await getReportPage(closed, "PIA3", owedPeriod(today()), today(), null)).toBeNull();
  });
});

describe("reports owed", () => {
  it("names last month's missing reports on the dashboard once the due day has passed, with their leads", async () => {
    const after = await getDashboard(derbyshire, parseIsoDate("2026-11-20"));
    expect(after.overdueReports.month).toBe("October 2026");
    expect(after.overdueReports.due).toBe("10 November 2026");
    const owed = Object.fromEntries(after.overdueReports.reports.map((r) => [r.code, r]));
    expect(Object.keys(owed).sort()).toEqual(["PIA1", "PIA5", "PIA6"]);
    expect(owed.PIA1!.leads).toEqual([expect.stringContaining("Morgan Hale")]);
    expect(owed.PIA5!.state).toBe("Draft");
    const before = await getDashboard(derbyshire, parseIsoDate("2026-11-10"));
    expect(before.overdueReports.reports).toEqual([]);
  });

  it("asks a new partnership for nothing from before its areas existed, and for the month an area joined the plan", async () => {
    // Areas added today (the pinned 20 November) owe no October report: not on the dashboard, in My updates or on the reports index.
    const fresh = await reportPlan("reports-new");
    const day = today();
    const owed = async () => {
      const [dashboard, mine, index] = await Promise.all([
        getDashboard(fresh.own.id, day),
        getMyUpdatesPage(await fresh.own.member("admin"), day),
        getReportsIndex(await fresh.own.member("lead"), day),
      ]);
      const pia1 = index!.areas.find((a) => a.code === "PIA1")!;
      return {
        dashboard: dashboard.overdueReports.reports.map((r) => r.code),
        myUpdates: mine!.owedReports.map((r) => r.code),
        index: index!.mine.map((r) => r.code),
        // The index's November, October and September for PIA1.
        cells: pia1.cells.slice(0, 3).map((c) => `${c.label}: ${c.empty}`),
      };
    };
    expect(await owed()).toEqual({
      dashboard: [],
      myUpdates: [],
      index: [],
      cells: ["November 2026: Not due yet", "October 2026: Not in the plan yet", "September 2026: Not in the plan yet"],
    });
    // PIA1 in the plan since October (the last day of the month counts): its October report is owed, and overdue after the 10th.
    await db.priorityArea.update({ where: { id: fresh.areas.PIA1!, partnershipId: fresh.own.id }, data: { createdAt: new Date("2026-10-31T23:30:00Z") } });
    expect(await owed()).toEqual({
      dashboard: ["PIA1"],
      myUpdates: ["PIA1"],
      index: ["PIA1"],
      cells: ["November 2026: Not due yet", "October 2026: Not submitted", "September 2026: Not in the plan yet"],
    });
  });
});

describe("the illustrative demo reports", () => {
  it("mix noted, submitted, returned-and-resubmitted and owed, each marked and each snapshot valid", async () => {
    const rows = await db.highlightReport.findMany({
      where: { partnershipId: derbyshire, provenance: { not: null } },
      select: { state: true, provenance: true, submissions: { select: { outcome: true, snapshot: true } } },
    });
    const states = new Set(rows.map((r) => r.state));
    expect([...states].sort()).toEqual(["DRAFT", "NOTED", "SUBMITTED"]);
    expect(rows.some((r) => r.submissions.some((s) => s.outcome === "RETURNED") && r.state === "NOTED")).toBe(true);
    for (const row of rows) {
      expect(row.provenance).toMatch(/^Illustrative/);
      for (const submission of row.submissions) expect(parseHighlightReportSnapshot(submission.snapshot).provenance).toMatch(/^Illustrative/);
    }
  });
});
