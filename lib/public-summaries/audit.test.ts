import { describe, expect, it } from "vitest";
import { describeAuditRow, type AuditRow } from "@/lib/audit/sentence";
import { vocabulary } from "@/lib/audit/vocabulary";

const actorName = "Sam Whitfield (SEND Programme Office Manager)";
type Parser = { parse(v: unknown): unknown };

/** An entry as mutation() stores it (through the verb's schemas, then JSON), read back as the audit log reads it. */
function said(kind: "PublicSummary" | "Evidence" | "Kpi", action: string, before: unknown, after: unknown) {
  const verbs = vocabulary[kind].verbs as Record<string, { before: Parser; after: Parser }>;
  const json = (value: unknown) => (value === undefined ? null : (JSON.parse(JSON.stringify(value)) as unknown));
  const row: AuditRow = { actorName, entityType: kind, entityId: "e1", action, before: json(verbs[action]!.before.parse(before)), after: json(verbs[action]!.after.parse(after)) };
  return describeAuditRow(row, "derbyshire");
}

const text = { area: "APA1", areaId: "area-1", whatWeAreDoing: "We are training staff.", whatHasChanged: "Plans are on time.", whatIsNext: "A new guide in spring." };

describe("the public page's audit vocabulary", () => {
  it.each([
    ["create", `${actorName} started a draft of the public summary of APA1.`],
    ["update", `${actorName} edited the draft of the public summary of APA1.`],
    ["submit", `${actorName} sent the public summary of APA1 to the programme office for approval.`],
  ])("reads a summary's %s as a sentence linking to the area's summary", (verb, sentence) => {
    const read = said("PublicSummary", verb, undefined, text);
    expect(read).toMatchObject({ typed: true, sentence, href: "/p/derbyshire/public-page/area-1" });
  });

  it("reads an approval with the status in the standard words, and a return with its comment", () => {
    expect(said("PublicSummary", "approve", undefined, { area: "APA1", areaId: "area-1", status: "AT_RISK" })).toMatchObject({
      typed: true,
      sentence: `${actorName} approved the public summary of APA1 for the public page (status: On track, some concerns).`,
      href: "/p/derbyshire/public-page/area-1",
    });
    expect(said("PublicSummary", "return", undefined, { area: "APA1", areaId: "area-1", comment: "Say when the guide comes." })).toMatchObject({
      typed: true,
      sentence: `${actorName} returned the public summary of APA1 to its lead: “Say when the guide comes.”`,
    });
  });

  it("reads feedback shown on the public page or taken off it, linking to the public page's screen", () => {
    expect(said("Evidence", "make public", { public: false }, { title: "Letters were unclear", public: true })).toMatchObject({
      typed: true,
      sentence: `${actorName} showed the feedback “Letters were unclear” on the public page.`,
      href: "/p/derbyshire/public-page",
    });
    expect(said("Evidence", "make private", { public: true }, { title: "Letters were unclear", public: false })).toMatchObject({
      typed: true,
      sentence: `${actorName} took the feedback “Letters were unclear” off the public page.`,
    });
  });

  it("reads a KPI put on the public page or taken off it, linking to the KPI", () => {
    expect(said("Kpi", "make public", { isPublic: false }, { code: "K1", name: "EHC plans in 20 weeks", isPublic: true })).toMatchObject({
      typed: true,
      sentence: `${actorName} put KPI K1, “EHC plans in 20 weeks”, on the public page.`,
      href: "/p/derbyshire/kpis/e1",
    });
    expect(said("Kpi", "make private", { isPublic: true }, { code: "K1", name: "EHC plans in 20 weeks", isPublic: false })).toMatchObject({
      typed: true,
      sentence: `${actorName} took KPI K1, “EHC plans in 20 weeks”, off the public page.`,
    });
  });
});
