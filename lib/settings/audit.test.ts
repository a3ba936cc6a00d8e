import { describe, expect, it } from "vitest";
import { fieldChanges } from "@/lib/audit-log/changes";
import { describeAuditRow, type AuditRow } from "@/lib/audit/sentence";
import { vocabulary } from "@/lib/audit/vocabulary";
import { DEFAULT_STATUS_LABELS } from "@/lib/plan/status";
import { settingsAudit } from "./audit";
import { labelsAudit } from "./audit-sections";

const actorName = "Sam Whitfield (SEND Programme Office Manager)";
const verbs = settingsAudit.Partnership.verbs as Record<string, { before: { parse(v: unknown): unknown }; after: { parse(v: unknown): unknown } }>;

/** An entry as mutation() stores it (through the verb's schemas, then JSON), read back as the audit log reads it. */
function said(action: string, before: unknown, after: unknown) {
  const json = (value: unknown) => JSON.parse(JSON.stringify(value)) as unknown;
  const row: AuditRow = {
    actorName,
    entityType: "Partnership",
    entityId: "p1",
    action,
    before: json(verbs[action]!.before.parse(before)),
    after: json(verbs[action]!.after.parse(after)),
  };
  return describeAuditRow(row, "derbyshire");
}

const rag = { ...DEFAULT_STATUS_LABELS, ON_TRACK: "Green", AT_RISK: "Amber", OFF_TRACK: "Red" };
const rhythm = { reportingCadenceDays: 31, staleGraceDays: 14, milestoneWarningDays: 30, highlightReportDueDay: 10 };

describe("the settings audit vocabulary", () => {
  it("is in the closed vocabulary", () => {
    expect(vocabulary.Partnership.verbs).toHaveProperty("update details");
    expect(vocabulary.Partnership.verbs).toHaveProperty("update status labels");
    expect(vocabulary.Partnership.verbs).toHaveProperty("update reporting rhythm");
  });

  it.each([
    [
      "renamed the partnership from “Derbyshire SEND” to “Derbyshire Local Area SEND Partnership”",
      { name: "Derbyshire SEND", contactEmail: "office@derbyshire.gov.uk" },
      { name: "Derbyshire Local Area SEND Partnership", contactEmail: "office@derbyshire.gov.uk" },
    ],
    ["set the partnership’s contact email to send@derbyshire.gov.uk", { name: "D", contactEmail: null }, { name: "D", contactEmail: "send@derbyshire.gov.uk" }],
    [
      "renamed the partnership from “D” to “E” and changed the partnership’s contact email from a@d.gov.uk to b@d.gov.uk",
      { name: "D", contactEmail: "a@d.gov.uk" },
      { name: "E", contactEmail: "b@d.gov.uk" },
    ],
    ["removed the partnership’s contact email (was a@d.gov.uk)", { name: "D", contactEmail: "a@d.gov.uk" }, { name: "D", contactEmail: null }],
    ["saved the partnership’s name and contact email without changing them", { name: "D", contactEmail: null }, { name: "D", contactEmail: null }],
  ])("the name and email: %s", (sentence, before, after) => {
    expect(said("update details", before, after)).toEqual({ sentence: `${actorName} ${sentence}.`, href: "/p/derbyshire/settings", typed: true });
  });

  it.each([
    ["renamed the status “Amber” to “On track some concerns”", labelsAudit(rag), labelsAudit({ ...rag, AT_RISK: "On track some concerns" })],
    [
      "renamed the statuses “Green” to “On track no concerns”, “Amber” to “On track some concerns” and “Red” to “Off track”",
      labelsAudit(rag),
      labelsAudit({ ...rag, ON_TRACK: "On track no concerns", AT_RISK: "On track some concerns", OFF_TRACK: "Off track" }),
    ],
    [
      "reset the status labels to the standard ones: renamed the statuses “Green” to “On track”, “Amber” to “On track, some concerns” and “Red” to “Off track”",
      labelsAudit(rag),
      labelsAudit(DEFAULT_STATUS_LABELS),
    ],
    ["saved the status labels without changing them", labelsAudit(rag), labelsAudit(rag)],
  ])("the status labels: %s", (sentence, before, after) => {
    expect(said("update status labels", before, after).sentence).toBe(`${actorName} ${sentence}.`);
  });

  it.each([
    ["changed the update cadence from 31 to 28 days", rhythm, { ...rhythm, reportingCadenceDays: 28 }],
    [
      "changed the grace before an update is owed from 14 to 1 day, the milestone warning window from 30 to 21 days and the highlight report due day from the 10th to the 22nd of the month",
      rhythm,
      { ...rhythm, staleGraceDays: 1, milestoneWarningDays: 21, highlightReportDueDay: 22 },
    ],
    ["saved the reporting rhythm without changing it", rhythm, rhythm],
  ])("the reporting rhythm: %s", (sentence, before, after) => {
    expect(said("update reporting rhythm", before, after).sentence).toBe(`${actorName} ${sentence}.`);
  });

  it.each([
    ["turned the public page on", false, true],
    ["turned the public page off", true, false],
    ["left the public page off", false, false],
  ])("the public page: %s", (sentence, before, after) => {
    expect(said("update public page", { publicPageEnabled: before }, { publicPageEnabled: after })).toEqual({
      sentence: `${actorName} ${sentence}.`,
      href: "/p/derbyshire/settings",
      typed: true,
    });
  });

  it("reads in the audit log's before → after as each changed field, in words", () => {
    const names = { labels: DEFAULT_STATUS_LABELS, members: new Map<string, string>(), areas: new Map<string, string>() };
    expect(fieldChanges(labelsAudit(rag), labelsAudit({ ...rag, AT_RISK: "On track some concerns" }), names)).toEqual([
      { field: "At risk", before: "Amber", after: "On track some concerns" },
    ]);
    expect(fieldChanges(labelsAudit(rag), labelsAudit(DEFAULT_STATUS_LABELS), names).map((c) => c.field)).toEqual(["On track", "At risk", "Off track", "Standard labels"]);
    expect(fieldChanges(rhythm, { ...rhythm, reportingCadenceDays: 28 }, names)).toEqual([{ field: "Reporting cadence days", before: "31", after: "28" }]);
    expect(fieldChanges({ name: "D", contactEmail: null }, { name: "D", contactEmail: "a@d.gov.uk" }, names)).toEqual([
      { field: "Contact email", before: "none", after: "a@d.gov.uk" },
    ]);
  });

  it("refuses to store a side of the wrong shape", () => {
    expect(() => verbs["update reporting rhythm"]!.after.parse({ ...rhythm, reportingCadenceDays: "28" })).toThrow();
    expect(() => verbs["update status labels"]!.after.parse({ ...labelsAudit(rag), notDue: undefined })).toThrow();
  });
});
