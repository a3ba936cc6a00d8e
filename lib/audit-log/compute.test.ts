import { describe, expect, it } from "vitest";
import { DEFAULT_STATUS_LABELS, statusLabels } from "@/lib/plan/status";
import { describeRow, eventFilter, settleFilters, startOfUkDay, ukDateTime } from "./compute";
import { parseAuditQuery } from "./schema";

describe("UK time", () => {
  it("reads an instant as the clocks in the UK read it, GMT or BST", () => {
    expect(ukDateTime(new Date("2026-01-15T09:05:00Z"))).toBe("15 January 2026, 09:05");
    expect(ukDateTime(new Date("2026-07-15T23:30:00Z"))).toBe("16 July 2026, 00:30");
  });

  it("starts a UK day at UK midnight, on the days the clocks change too", () => {
    expect(startOfUkDay(new Date("2026-01-15T00:00:00Z")).toISOString()).toBe("2026-01-15T00:00:00.000Z");
    expect(startOfUkDay(new Date("2026-07-15T00:00:00Z")).toISOString()).toBe("2026-07-14T23:00:00.000Z");
    expect(startOfUkDay(new Date("2026-03-29T00:00:00Z")).toISOString()).toBe("2026-03-29T00:00:00.000Z");
    expect(startOfUkDay(new Date("2026-10-25T00:00:00Z")).toISOString()).toBe("2026-10-24T23:00:00.000Z");
  });

  it("takes in the whole of the last day of a range", () => {
    const { filters } = parseAuditQuery({ from: "2026-07-01", to: "2026-07-31" });
    expect(eventFilter(filters!)).toMatchObject({ from: new Date("2026-06-30T23:00:00Z"), until: new Date("2026-07-31T23:00:00Z") });
  });
});

describe("a row as the log reads it", () => {
  const context = {
    slug: "derbyshire",
    labels: DEFAULT_STATUS_LABELS,
    members: new Map<string, string>(),
    areas: new Map<string, string>(),
    checkedKinds: new Set(["Action", "MeetingAttendee"]),
    existing: new Set(["Action:a1"]),
  };
  const status = (entityId: string) => ({
    id: "e1",
    at: new Date("2026-11-20T10:00:00Z"),
    actorName: "Morgan Hale",
    entityType: "Action",
    entityId,
    action: "status.update",
    before: { status: "AT_RISK", commentary: null, version: 1 },
    after: { code: "1.2a", status: "ON_TRACK", commentary: "Done.", version: 2, evidence: null },
  });

  it("links an item that exists, and not one that has gone", () => {
    expect(describeRow(status("a1"), context)).toMatchObject({ href: "/p/derbyshire/plan/actions/a1", gone: false, kind: "Action", action: "Status updated" });
    expect(describeRow(status("a2"), context)).toMatchObject({ href: null, gone: true });
  });

  it("says a status in the partnership's own words, in the sentence and in what changed", () => {
    const rag = { ...context, labels: statusLabels({ ON_TRACK: "Green", AT_RISK: "Amber" }) };
    const row = describeRow(status("a1"), rag);
    expect(row.sentence).toBe("Morgan Hale updated action 1.2a’s status from Amber to Green.");
    expect(JSON.stringify(row.changes)).toContain("Amber");
  });

  it("keeps a link to the parent's page when the item (which has none of its own) has gone", () => {
    const attendee = {
      ...status("att1"),
      entityType: "MeetingAttendee",
      action: "delete",
      before: { meetingId: "m1", meeting: "Board", meetingDay: "2026-11-01", name: "Dr Patel" },
      after: null,
    };
    const row = describeRow(attendee, context);
    expect(row.gone).toBe(true);
    expect(row.href).toMatch(/^\/p\/derbyshire\/meetings\/m1/);
  });

  it("refuses a person who has no row in this log, like any value not on the list", () => {
    const people = [{ value: "u1", label: "Morgan Hale" }];
    expect(settleFilters(parseAuditQuery({ person: "u1" }), people)).toMatchObject({ errors: {}, filters: { person: "u1" } });
    expect(settleFilters(parseAuditQuery({ person: "u2" }), people)).toEqual({ filters: null, errors: { person: ["Choose a person from the list."] } });
  });
});
