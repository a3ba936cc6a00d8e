import { describe, expect, it } from "vitest";
import { describeAuditRow, type AuditRow } from "@/lib/audit/sentence";
import { vocabulary } from "@/lib/audit/vocabulary";
import { invitationAudit } from "./audit";

const actorName = "Sam Whitfield (SEND Programme Office Manager)";
type Side = { parse(v: unknown): unknown };
const verbs = invitationAudit.Invitation.verbs as Record<string, { before: Side; after: Side }>;

/** An entry as mutation() stores it (through the verb's schemas, then JSON), read back as the audit log reads it. */
function said(action: string, before: unknown, after: unknown) {
  const json = (value: unknown) => (value === undefined ? null : (JSON.parse(JSON.stringify(value)) as unknown));
  const row: AuditRow = {
    actorName,
    entityType: "Invitation",
    entityId: "i1",
    action,
    before: json(verbs[action]!.before.parse(before)),
    after: json(verbs[action]!.after.parse(after)),
  };
  return describeAuditRow(row, "derbyshire");
}

describe("the invitations' audit vocabulary", () => {
  it("is in the closed vocabulary", () => {
    expect(Object.keys(vocabulary.Invitation.verbs).sort()).toEqual(["accept", "create", "resend", "revoke"]);
  });

  it.each([
    ["create", undefined, { email: "lee@council.gov.uk", role: "LEAD", areaIds: ["a1", "a2"] }, "invited lee@council.gov.uk as Priority lead for 2 priority areas"],
    ["create", undefined, { email: "vic@council.gov.uk", role: "VIEWER", areaIds: [] }, "invited vic@council.gov.uk as Viewer"],
    ["revoke", { email: "vic@council.gov.uk" }, undefined, "revoked the invitation to vic@council.gov.uk"],
    [
      "resend",
      undefined,
      { email: "cal@council.gov.uk", role: "CONTRIBUTOR", areaIds: ["a1"], replaces: "i0" },
      "sent the invitation to cal@council.gov.uk again, with a new link (the old one no longer works)",
    ],
    [
      "accept",
      undefined,
      { email: "lee@council.gov.uk", role: "LEAD", areaIds: ["a1"], membershipId: "m1", newAccount: true },
      "accepted the invitation and joined as Priority lead for 1 priority area, with a new account",
    ],
  ])("%s reads as a sentence with the members page's link", (action, before, after, sentence) => {
    expect(said(action, before, after)).toEqual({ sentence: `${actorName} ${sentence}.`, href: "/p/derbyshire/members", typed: true });
  });

  it("refuses to store a side of the wrong shape", () => {
    expect(() => verbs.create!.after.parse({ email: "a@b.c", role: "OWNER", areaIds: [] })).toThrow();
    expect(() => verbs.accept!.after.parse({ email: "a@b.c", role: "LEAD", areaIds: [] })).toThrow();
  });
});
