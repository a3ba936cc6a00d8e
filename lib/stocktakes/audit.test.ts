import { describe, expect, it } from "vitest";
import { describeAuditRow, type AuditRow } from "@/lib/audit/sentence";
import { vocabulary } from "@/lib/audit/vocabulary";
import { parseIsoDate } from "@/lib/dates/format";
import { stocktakeAudit } from "./audit";

const slug = "derbyshire";
const actorName = "Sam Whitfield (SEND Programme Office Manager)";
type Kind = keyof typeof stocktakeAudit;
const row = (entityType: Kind, action: string, before: unknown, after: unknown, entityId = "x1"): AuditRow => ({ actorName, entityType, entityId, action, before, after });

/** An entry as a mutation writes it (Dates and all), stored as mutation() stores it: through the verb's schemas, then JSON. */
function stored(entityType: Kind, action: string, before: unknown, after: unknown): AuditRow {
  const verb = (stocktakeAudit[entityType].verbs as Record<string, { before: { parse(v: unknown): unknown }; after: { parse(v: unknown): unknown } }>)[action]!;
  const json = (value: unknown) => (value === undefined ? null : JSON.parse(JSON.stringify(value)));
  return row(entityType, action, json(verb.before.parse(before)), json(verb.after.parse(after)));
}

const title = "Six-monthly stocktake, January 2027";
const details = { title, periodStart: "2026-07-01", periodEnd: "2026-12-31" };
const inSection = { stocktake: title, stocktakeId: "s1", section: "PIA2" };

describe("the stocktake audit vocabulary", () => {
  it("is in the closed vocabulary", () => {
    for (const kind of Object.keys(stocktakeAudit)) expect(vocabulary).toHaveProperty(kind);
  });

  it.each([
    [
      "Stocktake",
      "create",
      null,
      { ...details, follows: "Six-monthly stocktake, July 2026", sections: 25 },
      `started the stocktake “${title}” for 1 July 2026 to 31 December 2026`,
      "/p/derbyshire/stocktakes/x1",
    ],
    [
      "Stocktake",
      "update",
      { ...details, title: "Draft" },
      { ...details, reviewDate: "2027-01-20", summary: "Our assessment." },
      `changed the details of the stocktake “${title}” (was “Draft”)`,
      "/p/derbyshire/stocktakes/x1",
    ],
    ["Stocktake", "delete", { title, state: "DRAFT" }, null, `deleted the draft stocktake “${title}”`, "/p/derbyshire/stocktakes"],
    [
      "Stocktake",
      "publish",
      null,
      { ...details, areas: 23, responses: 4, asAt: "2026-12-31" },
      `published the stocktake “${title}”, its tables drawn as at 31 December 2026`,
      "/p/derbyshire/stocktakes/x1",
    ],
    [
      "Stocktake",
      "publish findings",
      null,
      { stocktake: title, findings: 3, byAdvisor: true, nextReview: { date: "2027-07-01", monthOnly: true } },
      `published 3 advisors’ findings on the stocktake “${title}”, the next review July 2027`,
      "/p/derbyshire/stocktakes/x1",
    ],
    [
      "Stocktake",
      "publish findings",
      null,
      { stocktake: title, findings: 1, byAdvisor: false, nextReview: { date: "2027-07-08", monthOnly: false } },
      `published 1 finding on the stocktake “${title}”, the next review 8 July 2027`,
      "/p/derbyshire/stocktakes/x1",
    ],
    [
      "Stocktake",
      "next steps answered",
      null,
      { answeredIn: title, nextSteps: 2 },
      `recorded 2 next steps of the stocktake as answered by “${title}”`,
      "/p/derbyshire/stocktakes/x1",
    ],
    [
      "StocktakeSection",
      "update",
      null,
      { ...inSection, status: "AT_RISK" },
      `wrote the PIA2 section of “${title}”, status “On track, some concerns”`,
      "/p/derbyshire/stocktakes/s1/sections/x1",
    ],
    [
      "StocktakeSection",
      "update",
      null,
      { ...inSection, section: "GOVERNANCE", status: null },
      `wrote the governance and accountability section of “${title}”`,
      "/p/derbyshire/stocktakes/s1/sections/x1",
    ],
    [
      "StocktakeSection",
      "link evidence",
      null,
      { ...inSection, section: "FAMILY_VOICE", evidence: 1 },
      `linked 1 item of evidence to the voice of families section of “${title}”`,
      "/p/derbyshire/stocktakes/s1/sections/x1",
    ],
    [
      "StocktakeResponse",
      "create",
      null,
      { stocktake: title, stocktakeId: "s1", nextStep: "Shared data dashboard", status: "ON_TRACK" },
      `responded to the next step “Shared data dashboard” in “${title}”, status “On track”`,
      "/p/derbyshire/stocktakes/s1",
    ],
    [
      "StocktakeResponse",
      "update",
      null,
      { stocktake: title, stocktakeId: "s1", nextStep: "Shared data dashboard", status: null },
      `changed the response to the next step “Shared data dashboard” in “${title}”`,
      "/p/derbyshire/stocktakes/s1",
    ],
    [
      "AdvisorFinding",
      "create",
      null,
      { ...inSection, kind: "NEXT_STEP", heading: "Co-production" },
      `recorded the draft next step “Co-production” on the PIA2 section of “${title}”`,
      "/p/derbyshire/stocktakes/s1/findings",
    ],
    [
      "AdvisorFinding",
      "update",
      { kind: "KEY_FINDING", heading: "Coproduction" },
      { kind: "KEY_FINDING", heading: "Co-production", stocktakeId: "s1" },
      "edited the draft key finding “Co-production” (was “Coproduction”)",
      "/p/derbyshire/stocktakes/s1/findings",
    ],
    [
      "AdvisorFinding",
      "delete",
      { kind: "KEY_FINDING", heading: "Co-production", stocktake: title, stocktakeId: "s1" },
      null,
      `deleted the draft key finding “Co-production” on “${title}”`,
      "/p/derbyshire/stocktakes/s1/findings",
    ],
    // The programme office changing a member's draft: the sentence says whose it was (issue 22).
    [
      "AdvisorFinding",
      "update",
      { kind: "KEY_FINDING", heading: "Co-production", recordedBy: "Lee Lead (Head of SEND)" },
      { kind: "KEY_FINDING", heading: "Co-production", stocktakeId: "s1" },
      "edited Lee Lead (Head of SEND)’s draft key finding “Co-production”",
      "/p/derbyshire/stocktakes/s1/findings",
    ],
    [
      "AdvisorFinding",
      "delete",
      { kind: "NEXT_STEP", heading: "Co-production", stocktake: title, stocktakeId: "s1", recordedBy: "Lee Lead (Head of SEND)" },
      null,
      `deleted Lee Lead (Head of SEND)’s draft next step “Co-production” on “${title}”`,
      "/p/derbyshire/stocktakes/s1/findings",
    ],
    [
      "Evidence",
      "create",
      null,
      { ...inSection, title: "Parents’ survey", kind: "FEEDBACK", date: "2026-10-01" },
      `recorded evidence “Parents’ survey” (feedback from families or young people, 1 October 2026) for the PIA2 section of “${title}”`,
      "/p/derbyshire/stocktakes/s1",
    ],
  ] as [Kind, string, unknown, unknown, string, string][])("%s %s reads as one sentence with a link", (kind, action, before, after, says, href) => {
    expect(describeAuditRow(row(kind, action, before, after), slug)).toEqual({ sentence: `${actorName} ${says}.`, href, typed: true });
  });

  it("reads rows stored before the vocabulary: dates as instants, sections by name, no ids for links", () => {
    const old = [
      row("Stocktake", "publish findings", null, { findings: 1, byAdvisor: false, nextReview: { date: "2027-07-01T00:00:00.000Z", monthOnly: true } }),
      row("StocktakeSection", "update", null, { status: "AT_RISK", section: "APA1", stocktake: "Registry draft" }),
      row("AdvisorFinding", "update", { kind: "KEY_FINDING", heading: "Registry finding" }, { kind: "NEXT_STEP", heading: "Registry next step" }),
      row("Evidence", "create", null, { date: "2026-10-01T00:00:00.000Z", kind: "FEEDBACK", title: "You said: the registry.", section: "APA1", stocktake: "Registry draft" }),
    ].map((r) => describeAuditRow(r, slug));
    expect(old.map((r) => r.typed)).toEqual([true, true, true, true]);
    expect(old[0]!.sentence).toBe(`${actorName} published 1 finding on the stocktake, the next review July 2027.`);
    expect(old[1]).toMatchObject({ sentence: `${actorName} wrote the APA1 section of “Registry draft”, status “On track, some concerns”.`, href: null });
    expect(old[3]!.sentence).toContain("1 October 2026");
  });

  it("stores what the mutations write: Dates as ISO days", () => {
    const written = stored(
      "Stocktake",
      "update",
      { title, periodStart: parseIsoDate("2026-07-01"), periodEnd: parseIsoDate("2026-12-31") },
      { title, periodStart: parseIsoDate("2026-07-01"), periodEnd: parseIsoDate("2026-12-31"), reviewDate: null, summary: null },
    );
    expect(written.after).toEqual({ title, periodStart: "2026-07-01", periodEnd: "2026-12-31", reviewDate: null, summary: null });
    expect(describeAuditRow(written, slug).typed).toBe(true);
    const evidence = stored("Evidence", "create", undefined, { ...inSection, title: "Survey", kind: "DATA", date: parseIsoDate("2026-10-01") });
    expect(describeAuditRow(evidence, slug).sentence).toContain("(data, 1 October 2026)");
  });
});
