import { describe, expect, it } from "vitest";
import { parseIsoDate as d } from "@/lib/dates/format";
import { DEFAULT_STATUS_LABELS } from "@/lib/plan/status";
import { reportsOwed, stateAfter, submissionProblems, type ReportEvent, type ReportState } from "./compute";

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

describe("reports owed", () => {
  const area = (code: string, state: ReportState | null) => ({ areaId: code, code, title: code, leads: ["Lead"], report: state ? { id: code, state } : null });
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
