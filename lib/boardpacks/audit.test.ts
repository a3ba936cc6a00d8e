import { describe, expect, it } from "vitest";
import { describeAuditRow, type AuditRow } from "@/lib/audit/sentence";
import { vocabulary } from "@/lib/audit/vocabulary";
import { boardPackAudit } from "./audit";

const slug = "derbyshire";
const actorName = "Sam Whitfield (SEND Programme Office Manager)";
const row = (action: string, before: unknown, after: unknown): AuditRow => ({ actorName, entityType: "BoardPack", entityId: "p1", action, before, after });

/** An entry as a mutation writes it, stored as mutation() stores it (the verb's schemas, then JSON). */
function stored(action: keyof (typeof boardPackAudit)["BoardPack"]["verbs"], before: unknown, after: unknown): AuditRow {
  const verb = boardPackAudit.BoardPack.verbs[action];
  const json = (value: unknown) => (value === undefined ? null : JSON.parse(JSON.stringify(value)));
  return row(action, json(verb.before.parse(before)), json(verb.after.parse(after)));
}

const meeting = "SEND Improvement and Assurance Board";
const published = { meeting, meetingDate: "2026-11-26", asAt: "2026-11-20", reports: 5, missingReports: ["PIA3", "AFI2"], risks: 10, schemaVersion: 1 };

describe("the board pack audit vocabulary", () => {
  it("is in the closed vocabulary", () => {
    for (const kind of Object.keys(boardPackAudit)) expect(vocabulary).toHaveProperty(kind);
  });

  it.each([
    ["create", null, { meeting, meetingId: "m1", coverNote: "Read the dashboard first." }, `started the board pack for “${meeting}”`, "/p/derbyshire/meetings/m1/pack"],
    [
      "update",
      { coverNote: null },
      { meeting, meetingId: "m1", coverNote: "Read the risks first." },
      `saved the covering note of the board pack for “${meeting}”`,
      "/p/derbyshire/meetings/m1/pack",
    ],
    [
      "publish",
      null,
      published,
      `published the board pack for “${meeting}” of 26 November 2026, drawn as at 20 November 2026, without highlight reports from PIA3, AFI2`,
      "/p/derbyshire/board-packs/p1",
    ],
    [
      "publish",
      null,
      { ...published, missingReports: [] },
      `published the board pack for “${meeting}” of 26 November 2026, drawn as at 20 November 2026`,
      "/p/derbyshire/board-packs/p1",
    ],
  ])("%s reads as one sentence with a link", (action, before, after, says, href) => {
    expect(describeAuditRow(row(action, before, after), slug)).toEqual({ sentence: `${actorName} ${says}.`, href, typed: true });
  });

  it("reads rows stored before the vocabulary: the meeting's day in words, no meeting id", () => {
    const publish = describeAuditRow(row("publish", null, { ...published, meetingDate: "26 November 2026", missingReports: [] }), slug);
    expect(publish).toEqual({
      sentence: `${actorName} published the board pack for “${meeting}” of 26 November 2026, drawn as at 20 November 2026.`,
      href: "/p/derbyshire/board-packs/p1",
      typed: true,
    });
    expect(describeAuditRow(row("create", null, { meeting, coverNote: null }), slug)).toMatchObject({ typed: true, href: null });
  });

  it("stores what the mutations write: the meeting's date and time as its day", () => {
    const written = stored("publish", undefined, { ...published, meetingDate: new Date(Date.UTC(2026, 10, 26, 10)) });
    expect(written.after).toEqual(published);
    expect(describeAuditRow(stored("update", { coverNote: null }, { meeting, meetingId: "m1", coverNote: null }), slug).typed).toBe(true);
  });
});
