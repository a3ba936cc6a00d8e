import { describe, expect, it } from "vitest";
import { describeAuditRow, type AuditRow } from "@/lib/audit/sentence";
import { vocabulary } from "@/lib/audit/vocabulary";
import { shortSubject, signInAudit } from "./audit";

const verbs = signInAudit.SignIn.verbs as Record<string, { before: { parse(v: unknown): unknown }; after: { parse(v: unknown): unknown } }>;

/** An entry as mutation() stores it (through the verb's schemas, then JSON), read back as the audit log reads it. */
function said(action: string, before: unknown, after: unknown) {
  const json = (value: unknown) => (value === undefined ? null : (JSON.parse(JSON.stringify(value)) as unknown));
  const row: AuditRow = {
    actorName: "Sam Whitfield (SEND Programme Office Manager)",
    entityType: "SignIn",
    entityId: "m1",
    action,
    before: json(verbs[action]!.before.parse(before)),
    after: json(verbs[action]!.after.parse(after)),
  };
  return describeAuditRow(row, "derbyshire");
}

describe("the sign-in audit vocabulary", () => {
  it("is in the closed vocabulary, linking to the member's sign-in page", () => {
    expect(vocabulary.SignIn.verbs).toHaveProperty("issue password reset");
    expect(vocabulary.SignIn.verbs).toHaveProperty("remove OpenID Connect link");
    expect(vocabulary.SignIn.link("derbyshire", "m1", { before: undefined, after: { member: "x", mailed: false } })).toBe("/p/derbyshire/members/m1/sign-in");
  });

  it.each([
    [false, "issued a password reset link for Morgan Hale (SEND Lead), shown to copy"],
    [true, "issued a password reset link for Morgan Hale (SEND Lead), to be emailed to them"],
  ])("reads an issued link (mailed: %s) as a sentence", (mailed, sentence) => {
    expect(said("issue password reset", undefined, { member: "Morgan Hale (SEND Lead)", mailed })).toMatchObject({ typed: true, sentence: expect.stringContaining(sentence) });
  });

  it("reads a removed link with its issuer and a shortened subject", () => {
    const read = said(
      "remove OpenID Connect link",
      { member: "Morgan Hale", issuer: "https://login.microsoftonline.com/abc/v2.0", subject: "00000000-aaaa-bbbb-cccc-1234567890ab" },
      undefined,
    );
    expect(read).toMatchObject({
      typed: true,
      sentence: expect.stringContaining("removed Morgan Hale’s OpenID Connect link (https://login.microsoftonline.com/abc/v2.0, subject 00000000…90ab)"),
    });
  });

  it("keeps a short subject whole", () => {
    expect(shortSubject("alice")).toBe("alice");
  });

  it("refuses an entry without the member's name", () => {
    expect(() => verbs["issue password reset"]!.after.parse({ mailed: true })).toThrow();
  });
});
