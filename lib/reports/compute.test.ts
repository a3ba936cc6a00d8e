import { describe, expect, it } from "vitest";
import { parseIsoDate as d } from "@/lib/dates/format";
import { DEFAULT_STATUS_LABELS } from "@/lib/plan/status";
import { reportsOnPeriod, reportsOwed, stateAfter, submissionProblems, type ReportEvent, type ReportState } from "./compute";

describe("the highlight report's states", () => {
  const table: [ReportState | null, ReportEvent, ReportState | null][] = [
    [null, "save", "DRAFT"],
    [null, "submit", "SUBMITTED"],
    [null, "note", null],
    ["DRAFT", "save", "DRAFT"],
    ["DRAFT", "submit", "SUBMITTED"],
    ["DRAFT", "return", null],
    ["SUBMITTED", "save", null],
    ["SUBMITTED", "submit", null],
    ["SUBMITTED", "note", "NOTED"],
    ["SUBMITTED", "return", "RETURNED"],
    // A returned report stays returned while revised, and is resubmitted.
    ["RETURNED", "save", "RETURNED"],
    ["RETURNED", "submit", "SUBMITTED"],
    ["RETURNED", "note", null],
    ["NOTED", "save", null],
    ["NOTED", "submit", null],
    ["NOTED", "return", null],
  ];
  it.each(table)("%s + %s → %s", (state, event, next) => {
    expect(stateAfter(state, event)).toBe(next);
  });
});

describe("what a report needs before it goes to the board", () => {
  const labels = { ...DEFAULT_STATUS_LABELS, AT_RISK: "Amber", OFF_TRACK: "Red" };
  const complete = { overallStatus: "AT_RISK" as const, summary: "A month of progress.", impactOnFamilies: "Families waited less." };

  it("needs the status, a summary and the impact on children and families", () => {
    expect(Object.keys(submissionProblems({}, null, labels)).sort()).toEqual(["impactOnFamilies", "overallStatus", "summary"]);
    expect(submissionProblems({ ...complete, impactOnFamilies: "   " }, null, labels).impactOnFamilies?.[0]).toMatch(/children, young people and families/);
    expect(submissionProblems(complete, "AT_RISK", labels)).toEqual({});
  });

  it("needs a reason where the status differs from the suggested roll-up, naming both", () => {
    expect(submissionProblems(complete, "OFF_TRACK", labels)).toEqual({ statusReason: ["The suggested status is Red. Say why you report Amber instead."] });
    expect(submissionProblems({ ...complete, statusReason: "Two red actions are already recovering." }, "OFF_TRACK", labels)).toEqual({});
    // Unknown suggestion (the form's own check): no reason demanded yet.
    expect(submissionProblems(complete, null, labels)).toEqual({});
  });
});

const area = (code: string, state: ReportState | null, createdAt = d("2025-01-14")) => ({
  areaId: code,
  code,
  title: code,
  leads: ["Lead"],
  report: state ? { id: code, state } : null,
  createdAt,
});

describe("reports owed", () => {
  const areas = [area("A1", null), area("A2", "DRAFT"), area("A3", "SUBMITTED"), area("A4", "RETURNED"), area("A5", "NOTED")];

  it("lists areas with no report, a draft, or a returned report, with the due date", () => {
    const owed = reportsOwed(areas, d("2026-10-01"), 10, d("2026-11-05"));
    expect(owed.map((o) => o.code)).toEqual(["A1", "A2", "A4"]);
    expect(owed.every((o) => !o.overdue && o.dueDate.toISOString().startsWith("2026-11-10"))).toBe(true);
  });

  it("marks them overdue once the due day has passed", () => {
    expect(reportsOwed(areas, d("2026-10-01"), 10, d("2026-11-11")).every((o) => o.overdue)).toBe(true);
  });
});

describe("the months an area reports on", () => {
  const october = d("2026-10-01");

  it("are the months that end after it joined the plan, compared by calendar month", () => {
    expect(reportsOnPeriod({ createdAt: new Date("2026-09-30T23:59:59Z") }, october)).toBe(true);
    // Added on the month's first or last day, at any time: it reports on that month.
    expect(reportsOnPeriod({ createdAt: new Date("2026-10-01T00:00:00Z") }, october)).toBe(true);
    expect(reportsOnPeriod({ createdAt: new Date("2026-10-31T23:59:59Z") }, october)).toBe(true);
    // Added after the month ended: nothing owed for it.
    expect(reportsOnPeriod({ createdAt: new Date("2026-11-01T00:00:00Z") }, october)).toBe(false);
    expect(reportsOnPeriod({ createdAt: new Date("2026-11-20T09:30:00Z") }, october)).toBe(false);
  });

  it("leave a new partnership's areas owing nothing for the months before they existed", () => {
    const areas = [
      area("OLD", null, d("2025-01-01")),
      area("OCT", null, new Date("2026-10-15T12:00:00Z")),
      area("NEW", null, new Date("2026-11-02T08:00:00Z")),
      area("NEWDRAFT", "DRAFT", d("2026-11-20")),
    ];
    const owed = reportsOwed(areas, october, 10, d("2026-11-20"));
    expect(owed.map((o) => o.code)).toEqual(["OLD", "OCT"]);
    expect(owed.every((o) => o.overdue)).toBe(true);
    // The month it joined is owed in its turn.
    expect(reportsOwed(areas, d("2026-11-01"), 10, d("2026-12-11")).map((o) => o.code)).toEqual(["OLD", "OCT", "NEW", "NEWDRAFT"]);
  });
});
