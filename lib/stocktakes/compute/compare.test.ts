import { describe, expect, it } from "vitest";
import { DEFAULT_STATUS_LABELS } from "@/lib/plan/status";
import { changeSummary, compareStocktakes, kpiMove, trajectoryGap } from "./compare";
import type { AreaData, AreaSection, PackAction, PackChangeRequest, PackDocument, PackKpi, PackResponse, PackRisk } from "../snapshot";

const labels = DEFAULT_STATUS_LABELS;

function action(code: string, over: Partial<PackAction> = {}): PackAction {
  return {
    code,
    title: `Action ${code}`,
    lead: null,
    baselineDue: "2026-03-31",
    currentDue: "2026-03-31",
    reported: "ON_TRACK",
    computed: "ON_TRACK",
    reasons: [],
    daysLate: 0,
    completedOn: null,
    ...over,
  };
}

function kpi(code: string, latest: number | null, expected: number | null, over: Partial<PackKpi> = {}): PackKpi {
  return {
    code,
    name: `KPI ${code}`,
    unit: "PERCENT",
    direction: "HIGHER_IS_BETTER",
    status: "ON_TRACK",
    noData: false,
    reason: "",
    latest: latest === null ? null : { period: "2026-06-01", value: latest, text: `${latest}%` },
    expected: expected === null ? null : { value: expected, text: `${expected}%` },
    baseline: null,
    target: null,
    forecast: null,
    series: [],
    trajectory: [],
    ...over,
  };
}

function risk(code: string, score: [number, number], escalated = false): PackRisk {
  return {
    code,
    title: `Risk ${code}`,
    owner: null,
    likelihood: score[0],
    impact: score[1],
    score: score[0] * score[1],
    targetScore: null,
    escalated,
    state: "OPEN",
    raisedOn: "2026-01-10",
  };
}

function data(over: Partial<AreaData> = {}): AreaData {
  return {
    suggested: { status: "ON_TRACK", basis: "" },
    counts: { COMPLETE: 0, ON_TRACK: 0, AT_RISK: 0, OFF_TRACK: 0, NOT_DUE: 0 },
    actions: [],
    milestones: { met: [], missed: [], dueNext: [] },
    changeRequests: [],
    kpis: [],
    risks: [],
    reports: [],
    ...over,
  };
}

function area(code: string, status: AreaSection["written"]["status"], d: AreaData | null): AreaSection {
  return {
    key: `id-${code}`,
    code,
    title: `Area ${code}`,
    kind: "PRIORITY_ACTION",
    finding: "",
    leads: [],
    parent: null,
    linked: [],
    written: { status, progress: "x", keyFindings: null, nextSteps: null },
    data: d,
    evidence: [],
  };
}

type Pack = Pick<PackDocument, "title" | "reviewDate" | "period" | "areas" | "responses">;
const pack = (title: string, end: string, areas: AreaSection[], responses: PackResponse[] = []): Pack => ({
  title,
  reviewDate: null,
  period: { start: "2026-01-01", end },
  areas,
  responses,
});

const approved: PackChangeRequest = {
  actionCode: "1.2a",
  milestone: null,
  from: "2026-03-31",
  to: "2026-09-30",
  scope: null,
  reason: "More engagement with families first.",
  state: "APPROVED",
  raisedOn: "2026-02-01",
  decidedOn: "2026-02-20",
  decidedBy: "Chair",
  note: null,
  meeting: "Board, 20 February 2026",
};

describe("compareStocktakes", () => {
  const july = pack("July 2026", "2026-06-30", [
    area(
      "PIA1",
      "AT_RISK",
      data({
        suggested: { status: "OFF_TRACK", basis: "" },
        actions: [action("1.1a"), action("1.2a"), action("1.3a", { currentDue: "2026-12-31", baselineDue: "2026-12-31" }), action("1.4a", { completedOn: "2026-02-01" })],
        kpis: [kpi("K1", 50, 60), kpi("K2", 70, 60), kpi("K3", 40, 50), kpi("K4", null, null)],
        risks: [risk("R1", [3, 4]), risk("R2", [2, 2]), risk("R9", [2, 3])],
      }),
    ),
    area("PIA2", "ON_TRACK", data()),
  ]);
  const january = pack(
    "January 2027",
    "2026-12-31",
    [
      area(
        "PIA1",
        "ON_TRACK",
        data({
          suggested: { status: "AT_RISK", basis: "" },
          actions: [
            action("1.1a", { completedOn: "2026-09-14", computed: "COMPLETE", reported: "COMPLETE" }),
            action("1.2a", { currentDue: "2026-09-30" }),
            action("1.3a", { currentDue: "2026-12-31", baselineDue: "2026-12-31", daysLate: 0, computed: "OFF_TRACK", reasons: ["Milestone ‘x’ was missed"] }),
            action("1.4a", { completedOn: "2026-02-01" }),
            action("1.5a", { daysLate: 12, computed: "OFF_TRACK" }),
          ],
          changeRequests: [approved],
          kpis: [kpi("K1", 58, 62), kpi("K2", 55, 62), kpi("K3", 52, 50), kpi("K4", 10, 20), kpi("K5", 1, 1)],
          risks: [risk("R1", [4, 4], true), risk("R2", [2, 2]), risk("R3", [3, 3])],
        }),
      ),
      area("PIA2", "OFF_TRACK", data()),
      area("AFI9", "ON_TRACK", null),
    ],
    [
      { section: "PIA1", heading: "Strategy", step: "Publish it.", givenBy: "Advisor", response: "Published in September.", status: "COMPLETE", by: "PO" },
      { section: "GOVERNANCE", heading: "Risk register", step: "Keep one.", givenBy: "Advisor", response: " ", status: null, by: null },
    ],
  );
  const comparison = compareStocktakes(january, july, labels);
  const pia1 = comparison.areas.find((a) => a.code === "PIA1")!;

  it("moves the partnership's status and the suggested one, in words", () => {
    expect(pia1.status).toMatchObject({ from: "AT_RISK", to: "ON_TRACK", direction: "IMPROVED" });
    expect(pia1.suggested).toMatchObject({ from: "OFF_TRACK", to: "AT_RISK", direction: "IMPROVED" });
    expect(comparison.areas.find((a) => a.code === "PIA2")!.status.direction).toBe("WORSENED");
    expect(comparison.areas.find((a) => a.code === "AFI9")!.isNew).toBe(true);
  });

  it("lists actions completed since, not those complete before", () => {
    expect(pia1.completed).toEqual([{ code: "1.1a", title: "Action 1.1a", on: "2026-09-14" }]);
  });

  it("lists slipped actions with why, and the change requests approved for them", () => {
    const slipped = Object.fromEntries(pia1.slipped.map((s) => [s.code, s]));
    expect(Object.keys(slipped).sort()).toEqual(["1.2a", "1.3a", "1.5a"]);
    expect(slipped["1.2a"]!.reasons[0]).toBe("Due date moved from 31 March 2026 to 30 September 2026");
    expect(slipped["1.2a"]!.changeRequests).toEqual([approved]);
    expect(slipped["1.3a"]!.reasons).toEqual(["Now off track: Milestone ‘x’ was missed"]);
    expect(slipped["1.5a"]!.reasons[0]).toMatch(/^Now past its due date of 31 March 2026 \(12 days late\)/);
    expect(slipped["1.5a"]!.changeRequests).toEqual([]);
  });

  it("says how each KPI moved against its trajectory", () => {
    const travel = Object.fromEntries(pia1.kpis.map((k) => [k.code, k.travel]));
    // K1: 10 short → 4 short; K2: 10 better → 7 short; K3: 10 short → 2 better; K4: no value before; K5: new.
    expect(travel).toEqual({ K1: "CLOSER", K2: "NO_LONGER_MEETS", K3: "NOW_MEETS", K4: "NO_DATA", K5: "NEW" });
    expect(pia1.kpis.find((k) => k.code === "K1")!.words).toBe(
      "Closer to its trajectory: 50% in June 2026, 10% short of the expected 60%; now 58% in June 2026, 4% short of the expected 62%.",
    );
  });

  it("lists new, escalated, higher-scoring and closed risks", () => {
    expect(pia1.risks.raised.map((r) => r.code)).toEqual(["R3"]);
    expect(pia1.risks.escalated.map((r) => r.code)).toEqual(["R1"]);
    expect(pia1.risks.worsened.map((r) => [r.code, r.from, r.score])).toEqual([["R1", 12, 16]]);
    expect(pia1.risks.closed).toEqual([{ code: "R9", title: "Risk R9" }]);
  });

  it("puts each response to the last stocktake's next steps with its area, the rest with the partnership", () => {
    expect(pia1.responses.map((r) => r.heading)).toEqual(["Strategy"]);
    expect(comparison.partnershipResponses.map((r) => r.heading)).toEqual(["Risk register"]);
  });

  it("counts it all, and says it in a sentence", () => {
    expect(comparison.totals).toEqual({
      areasImproved: 1,
      areasWorsened: 1,
      actionsCompleted: 1,
      actionsSlipped: 3,
      kpisImproved: 2,
      kpisWorsened: 1,
      risksRaised: 1,
      risksEscalated: 1,
      responses: 2,
      unanswered: 1,
    });
    expect(changeSummary(comparison)).toBe(
      "Since July 2026: 1 area improved and 1 worsened; 1 action completed and 3 slipped; 2 KPIs closer to trajectory and 1 further; 1 new risk and 1 escalated.",
    );
  });

  it("compares with nothing for the first stocktake: no slippage, moves or risks to report", () => {
    const first = compareStocktakes(july, null, labels);
    expect(first.previous).toBeNull();
    const area = first.areas.find((a) => a.code === "PIA1")!;
    expect(area.status.direction).toBe("NEW");
    expect(area.completed.map((a) => a.code)).toEqual(["1.4a"]);
    expect([area.slipped, area.kpis, area.risks.raised]).toEqual([[], [], []]);
    expect(changeSummary(first)).toMatch(/^The first stocktake/);
  });

  it("is a function of the two packs alone: the same packs always compare the same", () => {
    expect(compareStocktakes(structuredClone(january), structuredClone(july), labels)).toEqual(comparison);
  });
});

describe("trajectory", () => {
  it("measures the gap in the KPI's own direction", () => {
    expect(trajectoryGap(kpi("K", 50, 60))).toBe(10);
    expect(trajectoryGap(kpi("K", 50, 60, { direction: "LOWER_IS_BETTER" }))).toBe(-10);
    expect(trajectoryGap(kpi("K", null, 60))).toBeNull();
  });

  it("reads a lower-is-better KPI the right way round", () => {
    const before = kpi("W", 30, 20, { direction: "LOWER_IS_BETTER", unit: "WEEKS" });
    const now = kpi("W", 24, 18, { direction: "LOWER_IS_BETTER", unit: "WEEKS" });
    expect(kpiMove(now, before, labels)).toMatchObject({ travel: "CLOSER", improved: true, worsened: false });
  });
});
