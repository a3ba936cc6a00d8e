import { describe, expect, it } from "vitest";
import { describeAuditRow, type AuditRow } from "@/lib/audit/sentence";
import { vocabulary } from "@/lib/audit/vocabulary";
import { digestAudit } from "./audit";
import { digestPreviewPath } from "./paths";

const actorName = "Lee Lead (SEND Commissioning Lead)";
type Side = { parse(v: unknown): unknown };
const verbs = digestAudit.EmailReminders.verbs as Record<string, { before: Side; after: Side }>;

/** An entry as mutation() stores it (through the verb's schemas, then JSON), read back as the audit log reads it. */
function said(action: string, before: unknown, after: unknown) {
  const json = (value: unknown) => (value === undefined ? null : (JSON.parse(JSON.stringify(value)) as unknown));
  const row: AuditRow = {
    actorName,
    entityType: "EmailReminders",
    entityId: "m1",
    action,
    before: json(verbs[action]!.before.parse(before)),
    after: json(verbs[action]!.after.parse(after)),
  };
  return describeAuditRow(row, "derbyshire");
}

const member = "Lee Lead (SEND Commissioning Lead)";

describe("the digests' audit vocabulary", () => {
  it("is in the closed vocabulary", () => {
    expect(Object.keys(vocabulary.EmailReminders.verbs).sort()).toEqual(["change frequency", "unsubscribe"]);
    expect(vocabulary.EmailReminders.label).toBe("a member’s email reminders");
  });

  it.each([
    ["change frequency", "WEEKLY", "DAILY", "their settings", "changed their email reminders from Weekly (on Mondays) to Daily"],
    ["change frequency", "DAILY", "OFF", "their settings", "turned their email reminders off"],
    ["change frequency", "OFF", "WEEKLY", "their settings", "turned their email reminders on: Weekly (on Mondays)"],
    ["change frequency", "DAILY", "DAILY", "their settings", "left their email reminders at Daily"],
    ["change frequency", "OFF", "OFF", "their settings", "left their email reminders off"],
    ["unsubscribe", "WEEKLY", "OFF", "the unsubscribe link", "turned their email reminders off, from the unsubscribe link"],
    ["unsubscribe", "DAILY", "OFF", "one-click unsubscribe", "turned their email reminders off, with one-click unsubscribe"],
  ])("%s %s → %s via %s reads as a sentence linking the member's reminders", (action, from, to, via, sentence) => {
    expect(said(action, { frequency: from }, { member, frequency: to, via })).toEqual({
      sentence: `${actorName} ${sentence}.`,
      href: digestPreviewPath("derbyshire", "m1"),
      typed: true,
    });
  });

  it("links the programme office's view of the member's reminders", () => {
    expect(digestPreviewPath("derbyshire", "m1")).toBe("/p/derbyshire/members/m1/digest");
  });

  it("refuses to store a side of the wrong shape", () => {
    expect(() => verbs.unsubscribe!.after.parse({ member, frequency: "MONTHLY", via: "the unsubscribe link" })).toThrow();
    expect(() => verbs.unsubscribe!.after.parse({ member, frequency: "OFF", via: "a letter" })).toThrow();
    expect(() => verbs["change frequency"]!.before.parse({})).toThrow();
  });
});
