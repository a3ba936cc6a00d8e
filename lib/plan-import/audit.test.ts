import { describe, expect, it } from "vitest";
import { describeAuditRow, type AuditRow } from "@/lib/audit/sentence";
import { vocabulary } from "@/lib/audit/vocabulary";
import { planImportAudit } from "./audit";

const verbs = planImportAudit.PlanImportUpload.verbs as Record<string, { after: { parse(v: unknown): unknown } }>;

/** An entry as mutation() stores it (through the verb's schema, then JSON), read back as the audit log reads it. */
function said(action: string, after: unknown) {
  const row: AuditRow = {
    actorName: "Ada Office (Programme Manager)",
    entityType: "PlanImportUpload",
    entityId: "u1",
    action,
    before: null,
    after: JSON.parse(JSON.stringify(verbs[action]!.after.parse(after))) as unknown,
  };
  return describeAuditRow(row, "hull");
}

const summary = { fileName: "plan.xlsx", areas: 3, outcomes: 9, actions: { new: 12, updated: 3, unchanged: 49 }, milestones: 20 };

describe("the plan import's audit vocabulary", () => {
  it("is in the closed vocabulary", () => {
    expect(Object.keys(vocabulary.PlanImportUpload.verbs)).toEqual(["upload", "import"]);
  });

  it("says an upload, linking its page", () => {
    expect(said("upload", { fileName: "plan.xlsx", bytes: 20480 })).toEqual({
      sentence: "Ada Office (Programme Manager) uploaded plan.xlsx to import.",
      href: "/p/hull/plan/import/u1",
      typed: true,
    });
  });

  it("says an import with what it made, linking the upload's result", () => {
    expect(said("import", { ...summary, commandLine: false })).toEqual({
      sentence: "Ada Office (Programme Manager) imported plan.xlsx: 12 new actions, 3 updated, 49 unchanged (3 new priority areas, 9 new outcomes, 20 new milestones).",
      href: "/p/hull/plan/import/u1",
      typed: true,
    });
  });

  it("says a re-import that changed nothing, and links the plan for one made on the command line (no upload kept)", () => {
    const nothing = { fileName: "plan.csv", areas: 0, outcomes: 0, actions: { new: 0, updated: 0, unchanged: 64 }, milestones: 0, commandLine: true };
    expect(said("import", nothing)).toEqual({
      sentence: "Ada Office (Programme Manager) imported plan.csv: 0 new actions, 0 updated, 64 unchanged.",
      href: "/p/hull/plan",
      typed: true,
    });
  });

  it("reads a summary stored without the command-line flag", () => {
    expect(said("import", { ...summary, actions: { new: 1, updated: 0, unchanged: 0 }, areas: 1, outcomes: 1, milestones: 1 }).sentence).toBe(
      "Ada Office (Programme Manager) imported plan.xlsx: 1 new action, 0 updated, 0 unchanged (1 new priority area, 1 new outcome, 1 new milestone).",
    );
  });
});
