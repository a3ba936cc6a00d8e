import { describe, expect, it } from "vitest";
import { auditDay, quote, sayDay } from "./define";
import { describeAuditRow, type AuditRow } from "./sentence";
import { domainVocabularies, vocabulary, type AuditEntry } from "./vocabulary";

const row = (over: Partial<AuditRow>): AuditRow => ({
  actorName: "Morgan Hale (SEND Programme Manager)",
  entityType: "Partnership",
  entityId: "p1",
  action: "update settings",
  before: null,
  after: null,
  ...over,
});

describe("the audit vocabulary", () => {
  it("registers each kind once, across every domain", () => {
    const names = Object.values(domainVocabularies).flatMap((kinds) => Object.keys(kinds));
    expect(new Set(names).size).toBe(names.length);
    expect(Object.keys(vocabulary).sort()).toEqual([...names].sort());
  });

  it("gives every kind a label with its article", () => {
    const unlabelled = Object.entries(vocabulary).filter(([, kind]) => !/^(a|an|the) \S/.test(kind.label));
    expect(unlabelled.map(([name]) => name)).toEqual([]);
  });

  it("refuses, at compile time, an entry outside the vocabulary", () => {
    const entries: AuditEntry[] = [
      { kind: "Partnership", verb: "update settings", entityId: "p1", before: { advisorDashboardAccess: false }, after: { advisorDashboardAccess: true } },
      // @ts-expect-error a verb the kind does not have
      { kind: "Partnership", verb: "delete", entityId: "p1" },
      // @ts-expect-error a kind nobody registered
      { kind: "Spreadsheet", verb: "create", entityId: "p1" },
      // @ts-expect-error a before of the wrong shape
      { kind: "Partnership", verb: "update settings", entityId: "p1", before: { advisorDashboardAccess: "yes" }, after: { advisorDashboardAccess: true } },
      // @ts-expect-error a creation records no before
      { kind: "Partnership", verb: "create", entityId: "p1", before: { slug: "x" }, after: { slug: "x" } },
    ];
    expect(entries).toHaveLength(5);
  });
});

describe("an audit row as a sentence", () => {
  it("reads a typed row through its verb, with the item's link", () => {
    const read = describeAuditRow(row({ before: { advisorDashboardAccess: false }, after: { advisorDashboardAccess: true } }), "derbyshire");
    expect(read).toEqual({
      sentence: "Morgan Hale (SEND Programme Manager) changed the partnership’s settings: let advisors read the live dashboard, plan and KPIs.",
      href: "/p/derbyshire/settings",
      typed: true,
    });
  });

  it("ends with one full stop, also after quoted words that end their own sentence", async () => {
    const { changeRequestAudit } = await import("@/lib/changes/audit");
    expect(Object.keys(changeRequestAudit.ChangeRequest.verbs)).toContain("reject");
    const rejected = describeAuditRow(
      row({
        entityType: "ChangeRequest",
        entityId: "c1",
        action: "reject",
        before: { state: "PENDING" },
        after: { moved: null, state: "REJECTED", meetingId: null, decidedWhen: null, decisionNote: "Registry test." },
      }),
      "x",
    );
    expect(rejected.typed).toBe(true);
    expect(rejected.sentence).toMatch(/“Registry test\.”$/);
  });

  it("reads a row its schemas refuse (an older shape) as a plain sentence, never as JSON", () => {
    const read = describeAuditRow(row({ before: { access: "on" }, after: "free text" }), "derbyshire");
    expect(read).toEqual({ sentence: "Morgan Hale (SEND Programme Manager) updated the settings of the partnership.", href: null, typed: false });
  });

  it("reads a kind or verb the vocabulary no longer knows in plain words", () => {
    expect(describeAuditRow(row({ entityType: "SpreadsheetImport", action: "create" }), "x").sentence).toBe("Morgan Hale (SEND Programme Manager) created a spreadsheet import.");
    expect(describeAuditRow(row({ entityType: "Action", action: "status.update" }), "x").sentence).toMatch(/updated the status of an? action\.$/);
    expect(describeAuditRow(row({ action: "archive" }), "x").sentence).toBe("Morgan Hale (SEND Programme Manager) archived the partnership.");
  });
});

describe("audit field helpers", () => {
  it("stores a day as its ISO calendar date, from a Date or a stored timestamp", () => {
    expect(auditDay.parse(new Date(Date.UTC(2025, 2, 31)))).toBe("2025-03-31");
    expect(auditDay.parse("2025-03-31T00:00:00.000Z")).toBe("2025-03-31");
    expect(auditDay.safeParse("March").success).toBe(false);
  });

  it("shows days and quoted text as a sentence needs them", () => {
    expect(sayDay("2025-03-31")).toBe("31 March 2025");
    expect(sayDay(null)).toBe("no date");
    expect(quote("  two\n lines ")).toBe("“two lines”");
    expect(quote("x".repeat(100), 10)).toBe("“xxxxxxxxx…”");
    expect(quote(null)).toBe("nothing");
  });
});
