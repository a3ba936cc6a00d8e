import { describe, expect, it } from "vitest";
import { parseIsoDate as d, toIsoDate } from "@/lib/dates/format";
import { DEFAULT_PLAN_SETTINGS } from "@/lib/plan/compute";
import { DEFAULT_STATUS_LABELS } from "@/lib/plan/status";
import type { SourceAction } from "@/lib/plan/as-at/compute";
import { stocktakeSnapshotV1 } from "../snapshot";
import type { AreaSource, SourceRisk, StocktakeRow, StocktakeSource } from "../source";
import { drawAreaData, nextWindowEnd } from "./area-data";
import { drawPack, stocktakeAsAt } from "./pack";
import { dataFindings, prefillSections } from "./prefill";
import { openRisksAsAt, riskAsAt } from "./risks";

const labels = DEFAULT_STATUS_LABELS;

function action(code: string, over: Partial<SourceAction> = {}): SourceAction {
  return {
    id: `a-${code}`,
    code,
    title: `Action ${code}`,
    lead: "Lead",
    startDate: d("2026-01-01"),
    baselineDueDate: d("2026-12-31"),
    currentDueDate: d("2026-12-31"),
    reportedStatus: "ON_TRACK",
    reportedAt: null,
    completedAt: null,
    updates: [{ status: "ON_TRACK", at: d("2026-06-01") }],
    occurrences: [],
    approvedChanges: [],
    kpiIds: [],
    ...over,
  };
}

const source: AreaSource = {
  settings: DEFAULT_PLAN_SETTINGS,
  actions: [
    action("1.1a", {
      occurrences: [
        { milestoneText: "Met in the period", dueDate: d("2026-03-31"), state: "MET", decidedAt: d("2026-03-30"), note: "Evidence.", evidence: 1 },
        { milestoneText: "Passed unrecorded", dueDate: d("2026-05-31"), state: "PENDING", decidedAt: null, note: null, evidence: 0 },
        { milestoneText: "Recorded met only after the pack's day", dueDate: d("2026-06-25"), state: "MET", decidedAt: d("2026-07-10"), note: null, evidence: 0 },
        { milestoneText: "Due next", dueDate: d("2026-09-30"), state: "PENDING", decidedAt: null, note: null, evidence: 0 },
        { milestoneText: "Beyond the next window", dueDate: d("2027-02-28"), state: "PENDING", decidedAt: null, note: null, evidence: 0 },
      ],
    }),
    action("1.2a", {
      baselineDueDate: d("2026-03-31"),
      currentDueDate: d("2026-09-30"),
      approvedChanges: [{ previousDueDate: d("2026-03-31"), decidedAt: d("2026-08-01") }],
    }),
    action("1.3a", {
      updates: [
        { status: "ON_TRACK", at: d("2026-02-01") },
        { status: "COMPLETE", at: d("2026-04-02") },
      ],
      reportedStatus: "COMPLETE",
    }),
  ],
  kpis: [
    {
      id: "k1",
      code: "K1",
      name: "Timeliness",
      unit: "PERCENT",
      direction: "HIGHER_IS_BETTER",
      frequency: "MONTHLY",
      tolerance: 2,
      baseline: { date: d("2026-01-01"), value: 40 },
      target: { date: d("2026-12-01"), value: 62 },
      trajectory: [],
      values: [
        { period: d("2026-04-01"), value: 45 },
        { period: d("2026-05-01"), value: 47 },
        { period: d("2026-07-01"), value: 70 },
      ],
    },
  ],
  changeRequests: [
    {
      actionCode: "1.2a",
      milestone: null,
      previousDueDate: d("2026-03-31"),
      proposedDueDate: d("2026-09-30"),
      scopeChange: null,
      reason: "Later.",
      state: "APPROVED",
      requestedByName: "Lead",
      createdAt: d("2026-05-02"),
      decidedAt: d("2026-08-01"),
      decidedByName: "Chair",
      decisionNote: "Approved.",
      meeting: "Board, 1 August 2026",
    },
  ],
  reports: [{ period: d("2026-05-01"), state: "NOTED", overallStatus: "AT_RISK" }],
};

const event = (kind: SourceRisk["history"][number]["kind"], at: string, likelihood: number, impact: number) => ({ kind, at: d(at), likelihood, impact, targetScore: 4 });
const now = (likelihood: number, impact: number, over: Partial<SourceRisk["now"]> = {}) => ({
  likelihood,
  impact,
  targetScore: 4,
  escalated: false,
  escalatedAt: null,
  state: "OPEN" as const,
  closedAt: null,
  ...over,
});

const risks: SourceRisk[] = [
  // Scored 12 when raised, 16 from a review in May; escalated in May; scored down after the pack's day.
  {
    code: "R1",
    title: "Open",
    owner: null,
    createdAt: d("2026-02-01"),
    areaIds: ["area-1"],
    now: now(2, 2, { escalated: true }),
    history: [event("CREATED", "2026-02-01", 3, 4), event("REVIEWED", "2026-05-10", 4, 4), event("ESCALATED", "2026-05-11", 4, 4), event("SCORES_CHANGED", "2026-08-01", 2, 2)],
  },
  { code: "R2", title: "Raised after", owner: null, createdAt: d("2026-07-01"), areaIds: ["area-1"], now: now(2, 2), history: [event("CREATED", "2026-07-01", 2, 2)] },
  {
    code: "R3",
    title: "Closed after",
    owner: null,
    createdAt: d("2026-01-05"),
    areaIds: ["area-1"],
    now: now(3, 3, { state: "CLOSED", closedAt: d("2026-07-01") }),
    history: [event("CREATED", "2026-01-05", 3, 3), event("CLOSED", "2026-07-01", 3, 3)],
  },
  // No history: read as it stands now.
  { code: "R4", title: "Another area's", owner: null, createdAt: d("2026-01-05"), areaIds: ["area-2"], now: now(5, 5, { escalated: true }), history: [] },
  {
    code: "R5",
    title: "Closed before, reopened after",
    owner: null,
    createdAt: d("2026-01-05"),
    areaIds: ["area-1"],
    now: now(2, 3),
    history: [event("CREATED", "2026-01-05", 2, 3), event("CLOSED", "2026-03-01", 2, 3), event("REOPENED", "2026-09-01", 2, 3)],
  },
];

describe("the pack's day and window", () => {
  it("draws as at the day of drawing, or the period's end once it has passed", () => {
    expect(toIsoDate(stocktakeAsAt(d("2026-06-30"), d("2026-06-20")))).toBe("2026-06-20");
    expect(toIsoDate(stocktakeAsAt(d("2026-06-30"), d("2026-11-20")))).toBe("2026-06-30");
    expect(toIsoDate(nextWindowEnd(d("2026-06-20")))).toBe("2026-12-31");
  });
});

describe("drawAreaData", () => {
  const data = drawAreaData(source, risks, ["area-1"], d("2026-01-01"), d("2026-06-20"), labels);

  it("replays milestones as they stood: met and missed in the period, and the next set due", () => {
    expect(data.milestones.met.map((m) => m.text)).toEqual(["Met in the period"]);
    expect(data.milestones.missed.map((m) => [m.text, m.recorded])).toEqual([["Passed unrecorded", false]]);
    expect(data.milestones.dueNext.map((m) => m.text)).toEqual(["Recorded met only after the pack's day", "Due next"]);
  });

  it("shows due dates, change requests and completion as they were on the day", () => {
    const byCode = Object.fromEntries(data.actions.map((a) => [a.code, a]));
    // The change to 1.2a was approved in August: on 20 June it was still due 31 March, and late.
    expect(byCode["1.2a"]).toMatchObject({ currentDue: "2026-03-31", daysLate: 81, computed: "OFF_TRACK" });
    expect(data.changeRequests).toEqual([expect.objectContaining({ actionCode: "1.2a", state: "PENDING", decidedOn: null, meeting: null })]);
    expect(byCode["1.3a"]).toMatchObject({ completedOn: "2026-04-02", computed: "COMPLETE" });
  });

  it("judges KPIs on the values up to the pack's month, with the trajectory for the chart", () => {
    const [k1] = data.kpis;
    expect(k1!.latest).toMatchObject({ period: "2026-05-01", value: 47 });
    expect(k1!.series.map((v) => v.value)).toEqual([45, 47]);
    expect(k1!.trajectory.map((p) => p.date)).toEqual(["2026-01-01", "2026-12-01"]);
    expect(k1!.expected!.value).toBeCloseTo(40 + (22 * 120) / 334, 5);
  });

  it("keeps the area's risks as they stood on the day: open, scored and escalated then, highest first", () => {
    expect(data.risks.map((r) => [r.code, r.score, r.escalated])).toEqual([
      ["R1", 16, true],
      ["R3", 9, false],
    ]);
    expect(openRisksAsAt(risks, d("2026-07-02")).map((r) => r.code)).toEqual(["R1", "R2", "R4"]);
    expect(openRisksAsAt(risks, d("2026-09-02")).map((r) => r.code)).toEqual(["R1", "R2", "R4", "R5"]);
    expect(riskAsAt(risks[0]!, d("2026-04-01"))).toEqual({ likelihood: 3, impact: 4, targetScore: 4, escalated: false });
    expect(riskAsAt(risks[0]!, d("2026-11-20"))).toEqual({ likelihood: 2, impact: 2, targetScore: 4, escalated: true });
  });

  it("ends a risk's escalation when it is closed, and dates an escalation the register kept no history for", () => {
    const reopened: SourceRisk = {
      ...risks[0]!,
      history: [event("CREATED", "2026-02-01", 3, 4), event("ESCALATED", "2026-03-01", 3, 4), event("CLOSED", "2026-04-01", 3, 4), event("REOPENED", "2026-05-01", 3, 4)],
    };
    expect(riskAsAt(reopened, d("2026-03-15"))?.escalated).toBe(true);
    expect(riskAsAt(reopened, d("2026-04-15"))).toBeNull();
    expect(riskAsAt(reopened, d("2026-05-15"))?.escalated).toBe(false);
    const undated: SourceRisk = { ...risks[3]!, now: now(5, 5, { escalated: true, escalatedAt: d("2026-06-01") }) };
    expect(riskAsAt(undated, d("2026-05-31"))?.escalated).toBe(false);
    expect(riskAsAt(undated, d("2026-06-01"))?.escalated).toBe(true);
  });

  it("gives each month of the period's highlight report", () => {
    expect(data.reports.map((r) => [r.period, r.state, r.status])).toEqual([
      ["2026-01-01", null, null],
      ["2026-02-01", null, null],
      ["2026-03-01", null, null],
      ["2026-04-01", null, null],
      ["2026-05-01", "NOTED", "AT_RISK"],
      ["2026-06-01", null, null],
    ]);
  });

  it("says where the area stands in numbers, as a first draft of its key findings", () => {
    expect(dataFindings(data, "2026-06-20", labels)).toBe(
      [
        "As at 20 June 2026: 1 of 3 actions complete; 2 off track and 0 on track, some concerns by the plan’s rules.",
        "Milestones in the period: 1 met, 1 missed or not recorded; 2 fall due in the next six months.",
        "Change requests: 1 in the period, 0 approved by the board.",
        "KPIs: 0 of 1 with a value and a trajectory meet it.",
        "Risks: 2 open risks, 1 escalated to the board.",
      ].join("\n"),
    );
  });
});

describe("drawPack and prefillSections", () => {
  const stocktakeSource: StocktakeSource = {
    partnership: { name: "Partnership", slug: "p", localAuthority: "Council", icb: "ICB", improvementNoticeDate: d("2025-01-14") },
    labels,
    settings: DEFAULT_PLAN_SETTINGS,
    areas: [
      { id: "area-1", code: "PIA1", title: "One", kind: "PRIORITY_ACTION", finding: "Finding.", leads: ["Lead"], parentId: null },
      { id: "area-2", code: "AFI1", title: "Filed under one", kind: "IMPROVEMENT", finding: "Finding.", leads: [], parentId: "area-1" },
    ],
    areaSources: new Map([["area-1", source]]),
    risks,
    governance: { boards: [{ name: "Board", chair: "Chair", reportsTo: null, areaIds: [] }], meetings: [], changeRequests: [], impactLog: [] },
  };
  const row: StocktakeRow = {
    id: "s",
    title: "Six-monthly stocktake, July 2026",
    periodStart: d("2026-01-01"),
    periodEnd: d("2026-06-30"),
    reviewDate: d("2026-07-08"),
    summary: "Summary.",
    provenance: null,
    previous: null,
    sections: [],
    steps: [{ findingId: "f", sectionKey: "GOVERNANCE", heading: "Risk register", text: "Keep one.", givenBy: "Advisor", response: null }],
  };
  const doc = drawPack(stocktakeSource, row, d("2026-06-20"));

  it("draws a section for every area, the filed-under one without data of its own, and validates as a snapshot once published", () => {
    expect(doc.areas.map((a) => [a.code, a.data !== null, a.parent?.code ?? null])).toEqual([
      ["PIA1", true, null],
      ["AFI1", false, "PIA1"],
    ]);
    expect(doc.responses).toEqual([expect.objectContaining({ section: "GOVERNANCE", response: null })]);
    expect(() => stocktakeSnapshotV1.parse({ ...doc, publication: { publishedAt: "2026-06-20T16:00:00.000Z", publishedBy: "PO" } })).not.toThrow();
  });

  it("prefills status, progress and next steps from the period's highlight reports, and links the period's evidence", () => {
    const sections = prefillSections(
      doc,
      stocktakeSource.areas,
      [
        { areaId: "area-1", period: d("2026-04-01"), overallStatus: "OFF_TRACK", summary: "April's summary.", impactOnFamilies: "Older impact.", nextPeriod: "Old plan." },
        {
          areaId: "area-1",
          period: d("2026-05-01"),
          overallStatus: "AT_RISK",
          summary: "May's summary.",
          impactOnFamilies: "Families noticed.",
          nextPeriod: "Finish the strategy.",
        },
      ],
      [
        { id: "e1", kind: "DATA", date: d("2026-03-01"), areaIds: ["area-1"] },
        { id: "e2", kind: "FEEDBACK", date: d("2026-04-01"), areaIds: ["area-1"] },
        { id: "e3", kind: "DOCUMENT", date: d("2025-12-31"), areaIds: ["area-1"] },
      ],
      { start: d("2026-01-01"), end: d("2026-06-30") },
      labels,
    );
    const [pia1, afi1, governance, families] = sections;
    expect(pia1).toMatchObject({
      key: "area-1",
      status: "AT_RISK",
      progress: "April 2026: April's summary.\n\nMay 2026: May's summary.",
      nextSteps: "Finish the strategy.",
      evidenceIds: ["e1", "e2"],
    });
    expect(pia1!.keyFindings).toMatch(/^As at 20 June 2026: 1 of 3 actions complete/);
    expect(afi1).toMatchObject({ key: "area-2", status: null, progress: null, keyFindings: null, evidenceIds: [] });
    expect(governance).toMatchObject({ key: "GOVERNANCE", kind: "GOVERNANCE" });
    expect(governance!.progress).toMatch(/^Boards: Board \(chair: Chair\)\.\nMeetings in the period: 0 held/);
    expect(families).toMatchObject({ key: "FAMILY_VOICE", evidenceIds: ["e2"] });
    expect(families!.progress).toBe("What the leads reported to the board about the difference for families:\n\nPIA1 (May 2026): Families noticed.");
  });
});
