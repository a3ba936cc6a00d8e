import { describe, expect, it } from "vitest";
import { describeAuditRow, type AuditRow } from "@/lib/audit/sentence";
import { vocabulary } from "@/lib/audit/vocabulary";

const row = (action: string, after: unknown): AuditRow => ({ actorName: "Olu Adeyemi (Operator)", entityType: "Partnership", entityId: "p1", action, before: null, after });

describe("the operators' audit vocabulary", () => {
  it("registers archive and restore as verbs of the partnership, beside its creation", () => {
    expect(Object.keys(vocabulary.Partnership.verbs)).toEqual(expect.arrayContaining(["create", "archive", "restore"]));
  });

  it.each([
    ["archive", "Olu Adeyemi (Operator) archived the partnership new-town: its members can read it but not change it."],
    ["restore", "Olu Adeyemi (Operator) restored the partnership new-town: its members can change it again."],
  ])("reads %s as one sentence", (action, sentence) => {
    const said = describeAuditRow(row(action, { slug: "new-town", name: "New Town SEND Partnership" }), "new-town");
    expect(said.typed).toBe(true);
    expect(said.sentence).toBe(sentence);
  });

  it("reads an operator's new partnership as the seed's", () => {
    expect(describeAuditRow(row("create", { slug: "new-town" }), "new-town").sentence).toBe("Olu Adeyemi (Operator) created the partnership new-town.");
  });
});
