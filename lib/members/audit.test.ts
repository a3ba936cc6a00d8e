import { describe, expect, it } from "vitest";
import { describeAuditRow, type AuditRow } from "@/lib/audit/sentence";
import { vocabulary } from "@/lib/audit/vocabulary";
import { heldWords, memberAudit } from "./audit";

const actorName = "Sam Whitfield (SEND Programme Office Manager)";
type Side = { parse(v: unknown): unknown };
const verbs = memberAudit.Membership.verbs as Record<string, { before: Side; after: Side }>;

function said(action: string, before: unknown, after: unknown) {
  const json = (value: unknown) => (value === undefined ? null : (JSON.parse(JSON.stringify(value)) as unknown));
  const row: AuditRow = {
    actorName,
    entityType: "Membership",
    entityId: "m1",
    action,
    before: json(verbs[action]!.before.parse(before)),
    after: json(verbs[action]!.after.parse(after)),
  };
  return describeAuditRow(row, "derbyshire");
}

const nothingHeld = { areas: 0, actionsLed: 0, actionsAssigned: 0, kpis: 0, risks: 0, mitigations: 0 };

describe("the members' audit vocabulary", () => {
  it("is in the closed vocabulary", () => {
    expect(Object.keys(vocabulary.Membership.verbs).sort()).toEqual(["change areas", "change role", "remove"]);
  });

  it("says a role change, with the member's page", () => {
    expect(said("change role", { member: "Lee Lead", role: "LEAD", areaIds: ["a1", "a2"] }, { member: "Lee Lead", role: "VIEWER", areaIds: [] })).toEqual({
      sentence: `${actorName} changed Lee Lead’s role from Priority lead to Viewer.`,
      href: "/p/derbyshire/members/m1",
      typed: true,
    });
    expect(said("change role", { member: "Vic", role: "VIEWER", areaIds: [] }, { member: "Vic", role: "CONTRIBUTOR", areaIds: ["a1"] }).sentence).toBe(
      `${actorName} changed Vic’s role from Viewer to Workstream lead / contributor, with 1 priority area.`,
    );
  });

  it("says an areas change", () => {
    expect(said("change areas", { member: "Lee Lead", role: "LEAD", areaIds: ["a1", "a2"] }, { member: "Lee Lead", role: "LEAD", areaIds: ["a1"] }).sentence).toBe(
      `${actorName} changed Lee Lead’s priority areas from 2 priority areas to 1 priority area.`,
    );
  });

  it("says a removal, what they held and who took it on, or that it was left unassigned; its link is the members page", () => {
    const before = { member: "Lena Leader", email: "lena@council.gov.uk", role: "LEAD", areaIds: ["a1"], held: { ...nothingHeld, areas: 1, actionsLed: 3, kpis: 1 } };
    expect(said("remove", before, { successor: "Cal Contributor" })).toEqual({
      sentence: `${actorName} removed Lena Leader (Priority lead) from the partnership, handing 1 priority area, 3 actions led, 1 KPI to Cal Contributor.`,
      href: "/p/derbyshire/members",
      typed: true,
    });
    expect(said("remove", before, { successor: null }).sentence).toBe(
      `${actorName} removed Lena Leader (Priority lead) from the partnership, leaving 1 priority area, 3 actions led, 1 KPI unassigned.`,
    );
    expect(said("remove", { ...before, held: nothingHeld }, { successor: null }).sentence).toBe(`${actorName} removed Lena Leader (Priority lead) from the partnership.`);
    expect(heldWords({ ...nothingHeld, risks: 2, mitigations: 1 })).toEqual(["2 risks", "1 mitigation"]);
  });

  it("refuses to store a side of the wrong shape", () => {
    expect(() => verbs["change role"]!.after.parse({ member: "x", role: "OWNER", areaIds: [] })).toThrow();
    expect(() => verbs.remove!.before.parse({ member: "x", email: "e", role: "LEAD", areaIds: [] })).toThrow();
  });
});
