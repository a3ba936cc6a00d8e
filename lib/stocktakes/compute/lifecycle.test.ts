import { describe, expect, it } from "vitest";
import { parseIsoDate as d, toIsoDate } from "@/lib/dates/format";
import { defaultTitle, findingCredit, findingVisible, nextPeriod, nextReviewProblem, nextReviewWords, publishProblems } from "./lifecycle";

const written = (status: "ON_TRACK" | null, progress: string | null) => ({ status, progress, keyFindings: null, nextSteps: null });
const area = (code: string, status: "ON_TRACK" | null, progress: string | null) => ({ code, written: written(status, progress) });

describe("publishProblems", () => {
  const ready = {
    reviewDate: "2027-01-20",
    summary: "The period in brief.",
    areas: [area("PIA1", "ON_TRACK", "Progress."), area("AFI1", "ON_TRACK", "Reported with PIA4.")],
    governance: { written: { status: null, progress: "The board met monthly.", keyFindings: null, nextSteps: null } },
    families: { written: { status: null, progress: "Families said…", keyFindings: null, nextSteps: null } },
    responses: [{ section: "PIA1", heading: "Strategy", step: "Publish it.", givenBy: "Advisor", response: "Done.", status: "COMPLETE" as const, by: "PO" }],
  };

  it("lets a complete draft be published", () => {
    expect(publishProblems(ready)).toEqual([]);
  });

  it("needs the review date, the summary, every area's status and progress, both partnership-wide sections and a response to every next step", () => {
    const problems = publishProblems({
      ...ready,
      reviewDate: null,
      summary: "  ",
      areas: [area("PIA1", null, "Progress."), area("AFI1", "ON_TRACK", "")],
      governance: { ...ready.governance, written: written(null, null) },
      families: { ...ready.families, written: written(null, " ") },
      responses: [
        { ...ready.responses[0]!, response: null },
        { ...ready.responses[0]!, section: "GOVERNANCE", heading: "Risk register", response: "" },
      ],
    });
    expect(problems.map((p) => p.section)).toEqual([null, null, "PIA1", "AFI1", "GOVERNANCE", "FAMILY_VOICE", "PIA1", "GOVERNANCE"]);
    expect(problems.at(-1)!.message).toBe("Respond to the last stocktake’s next step “Risk register” (governance).");
  });
});

describe("findingVisible", () => {
  it("shows a draft to its own side only, and a published finding to everyone", () => {
    const draftByAdvisor = { byAdvisor: true, publishedAt: null };
    const draftByPartnership = { byAdvisor: false, publishedAt: null };
    const published = { byAdvisor: true, publishedAt: d("2026-07-22") };
    expect([findingVisible(draftByAdvisor, true), findingVisible(draftByAdvisor, false)]).toEqual([true, false]);
    expect([findingVisible(draftByPartnership, true), findingVisible(draftByPartnership, false)]).toEqual([false, true]);
    expect([findingVisible(published, true), findingVisible(published, false)]).toEqual([true, true]);
  });
});

describe("nextPeriod", () => {
  const iso = (p: ReturnType<typeof nextPeriod>) => ({ start: toIsoDate(p.start), end: toIsoDate(p.end), review: p.reviewDate && toIsoDate(p.reviewDate) });

  it("follows the last stocktake and ends the day before the next review", () => {
    expect(iso(nextPeriod({ periodEnd: d("2026-06-30"), nextReviewDate: d("2027-01-01") }, d("2025-01-14"), d("2026-11-20")))).toEqual({
      start: "2026-07-01",
      end: "2026-12-31",
      review: "2027-01-01",
    });
  });

  it("runs six months when no next review is given, and starts a first one at the improvement notice", () => {
    expect(iso(nextPeriod({ periodEnd: d("2026-06-30"), nextReviewDate: null }, null, d("2026-11-20")))).toEqual({ start: "2026-07-01", end: "2026-12-31", review: null });
    expect(iso(nextPeriod(null, d("2025-01-14"), d("2026-11-20")))).toEqual({ start: "2025-01-14", end: "2025-07-13", review: null });
    expect(iso(nextPeriod(null, null, d("2026-11-20")))).toEqual({ start: "2026-05-20", end: "2026-11-19", review: null });
  });
});

describe("words", () => {
  it("names a stocktake after its review and gives the next review as the letter does", () => {
    expect(defaultTitle(d("2027-01-20"), d("2026-12-31"))).toBe("Six-monthly stocktake, January 2027");
    expect(defaultTitle(null, d("2026-12-31"))).toBe("Six-monthly stocktake, December 2026");
    expect(nextReviewWords(d("2026-01-01"), true)).toBe("January 2026");
    expect(nextReviewWords(d("2026-01-21"), false)).toBe("21 January 2026");
    expect(nextReviewWords(null, false)).toBeNull();
  });
});

describe("findingCredit", () => {
  const lead = "Lee Lead (Head of SEND)";
  const office = "Ada Office (Programme Manager)";
  const draft = { authorName: lead, editedByName: null, publishedAt: null, publishedByName: null };

  it("credits the author, who last edited it when someone else did, and who published it when not its last writer", () => {
    expect(findingCredit(draft)).toBe(lead);
    expect(findingCredit({ ...draft, editedByName: lead })).toBe(lead);
    expect(findingCredit({ ...draft, editedByName: office })).toBe(`${lead}, edited by ${office}`);
    expect(findingCredit({ ...draft, publishedAt: d("2026-12-03"), publishedByName: lead })).toBe(`${lead}, published 3 December 2026`);
    expect(findingCredit({ ...draft, editedByName: office, publishedAt: d("2026-12-03"), publishedByName: office })).toBe(
      `${lead}, edited by ${office}, published 3 December 2026`,
    );
    expect(findingCredit({ ...draft, publishedAt: d("2026-12-03"), publishedByName: office })).toBe(`${lead}, published 3 December 2026 by ${office}`);
  });
});

describe("nextReviewProblem", () => {
  const stocktake = { reviewDate: d("2026-07-08"), periodEnd: d("2026-06-30") };

  it("wants a next review after the review and within two years of it", () => {
    expect(nextReviewProblem(d("2026-07-09"), stocktake)).toBeNull();
    expect(nextReviewProblem(d("2027-01-01"), stocktake)).toBeNull();
    expect(nextReviewProblem(d("2028-07-08"), stocktake)).toBeNull();
    expect(nextReviewProblem(d("2026-07-08"), stocktake)).toBe("Give a next review after the review of 8 July 2026: a later month (August 2026) or day.");
    expect(nextReviewProblem(d("2026-07-01"), stocktake)).toMatch(/^Give a next review after the review of 8 July 2026/);
    expect(nextReviewProblem(d("2028-07-09"), stocktake)).toBe("Give a next review within two years of the review of 8 July 2026.");
    expect(nextReviewProblem(d("2031-01-01"), stocktake)).toMatch(/within two years/);
  });

  it("counts from the end of the period when the review has no date", () => {
    expect(nextReviewProblem(d("2026-06-30"), { reviewDate: null, periodEnd: d("2026-06-30") })).toMatch(/after the review of 30 June 2026/);
    expect(nextReviewProblem(d("2026-07-01"), { reviewDate: null, periodEnd: d("2026-06-30") })).toBeNull();
  });
});
