import { describe, expect, it } from "vitest";
import { describeAuditRow, type AuditRow } from "@/lib/audit/sentence";
import { vocabulary } from "@/lib/audit/vocabulary";
import { parseIsoDate } from "@/lib/dates/format";
import { reportAudit } from "./audit";

const slug = "derbyshire";
const actorName = "Morgan Hale (SEND Programme Manager)";
const row = (action: string, before: unknown, after: unknown): AuditRow => ({ actorName, entityType: "HighlightReport", entityId: "r1", action, before, after });

/** An entry as a mutation writes it, stored as mutation() stores it (the verb's schemas, then JSON). */
function stored(action: keyof (typeof reportAudit)["HighlightReport"]["verbs"], before: unknown, after: unknown): AuditRow {
  const verb = reportAudit.HighlightReport.verbs[action];
  const json = (value: unknown) => (value === undefined ? null : JSON.parse(JSON.stringify(value)));
  return row(action, json(verb.before.parse(before)), json(verb.after.parse(after)));
}

const saved = { area: "PIA1", period: "2026-10-01", state: "DRAFT", overallStatus: null };
const october = "/p/derbyshire/reports/PIA1/2026-10";

describe("the highlight report audit vocabulary", () => {
  it("is in the closed vocabulary", () => {
    for (const kind of Object.keys(reportAudit)) expect(vocabulary).toHaveProperty(kind);
  });

  it.each([
    ["create", null, saved, "started the PIA1 highlight report for October 2026."],
    ["update", { state: "RETURNED" }, { ...saved, state: "RETURNED", overallStatus: "AT_RISK" }, "saved changes to the PIA1 highlight report for October 2026."],
    [
      "submit",
      { state: "DRAFT" },
      { ...saved, state: "SUBMITTED", overallStatus: "AT_RISK", submission: 2 },
      "submitted the PIA1 highlight report for October 2026 to the board as version 2, overall status “On track, some concerns”.",
    ],
    ["submit", null, { ...saved, state: "SUBMITTED", submission: 1 }, "submitted the PIA1 highlight report for October 2026 to the board as version 1."],
    [
      "note",
      { state: "SUBMITTED" },
      { area: "PIA1", period: "2026-10-01", state: "NOTED", submission: 1, comment: null },
      "noted version 1 of the PIA1 highlight report for October 2026.",
    ],
    [
      "return",
      { state: "SUBMITTED" },
      { area: "PIA1", period: "2026-10-01", state: "RETURNED", submission: 1, comment: "Say what the audit found." },
      "returned version 1 of the PIA1 highlight report for October 2026 to the lead: “Say what the audit found.”",
    ],
  ])("%s reads as one sentence with a link to the report", (action, before, after, reads) => {
    // The sentence as read after the actor's name, with its one full stop (a quoted comment keeps its own).
    expect(describeAuditRow(row(action, before, after), slug)).toEqual({ sentence: `${actorName} ${reads}`, href: october, typed: true });
  });

  it("reads rows stored before the vocabulary, with the month in words", () => {
    const old = describeAuditRow(row("note", { state: "SUBMITTED" }, { area: "APA2", state: "NOTED", period: "March 2026", comment: null, submission: 1 }), slug);
    expect(old).toEqual({ sentence: `${actorName} noted version 1 of the APA2 highlight report for March 2026.`, href: "/p/derbyshire/reports/APA2/2026-03", typed: true });
    expect(describeAuditRow(row("create", null, { area: "APA1", state: "DRAFT", period: "April 2026", overallStatus: null }), slug).typed).toBe(true);
    expect(describeAuditRow(row("create", null, { area: "APA1", state: "DRAFT", period: "Spring", overallStatus: null }), slug).typed).toBe(false);
  });

  it("stores what the mutations write: the month a Date, the before left out on a first submission", () => {
    const period = parseIsoDate("2026-10-01");
    expect(describeAuditRow(stored("create", undefined, { ...saved, period }), slug).sentence).toBe(`${actorName} started the PIA1 highlight report for October 2026.`);
    expect(stored("submit", undefined, { ...saved, period, state: "SUBMITTED", submission: 1 }).after).toEqual({ ...saved, state: "SUBMITTED", submission: 1 });
    expect(describeAuditRow(stored("return", { state: "SUBMITTED" }, { area: "PIA1", period, state: "RETURNED", submission: 1, comment: null }), slug).typed).toBe(true);
  });
});
