import { describe, expect, it } from "vitest";
import { parseIsoDate as d } from "@/lib/dates/format";
import type { KpiListItem } from "@/lib/kpis/queries";
import type { HighlightReportSnapshot } from "@/lib/reports/snapshot";
import { orderRisks, boardPackAsAt, packKpis, pickReports, type PackRiskInput, type SubmissionRow } from "./compute";

const at = (iso: string, hour = 10) => new Date(`${iso}T${String(hour).padStart(2, "0")}:00:00Z`);
const areas = [
  { id: "a1", code: "PIA1", title: "Leadership", leads: ["Morgan Hale"] },
  { id: "a2", code: "PIA2", title: "Identification", leads: ["Lead of PIA2"] },
  { id: "a3", code: "PIA3", title: "Health", leads: [] },
];
// The pack embeds snapshots as they are; the rules only look at the row around them.
const snap = (tag: string) => ({ tag }) as unknown as HighlightReportSnapshot;
const sub = (areaId: string, period: string, number: number, submitted: string, outcome: SubmissionRow["outcome"] = null, decided: string | null = null): SubmissionRow => ({
  areaId,
  period: d(period),
  number,
  submittedAt: at(submitted),
  outcome,
  decidedAt: decided ? at(decided, 15) : null,
  snapshot: snap(`${areaId}-${period}-v${number}`),
});

describe("boardPackAsAt: the day a pack speaks for", () => {
  it("is today while the meeting is ahead", () => {
    expect(boardPackAsAt(at("2026-11-26"), d("2026-11-20"))).toEqual(d("2026-11-20"));
  });
  it("is the meeting day once the meeting has passed", () => {
    expect(boardPackAsAt(at("2026-10-22"), d("2026-11-20"))).toEqual(d("2026-10-22"));
  });
  it("is the day itself on the meeting day", () => {
    expect(boardPackAsAt(at("2026-11-20"), d("2026-11-20"))).toEqual(d("2026-11-20"));
  });
});

describe("pickReports: each area's latest report the board may read", () => {
  const asAt = d("2026-11-20");

  it("keeps the board's area order and names a missing report instead of skipping it", () => {
    const picked = pickReports(areas, [sub("a2", "2026-10-01", 1, "2026-11-06")], asAt);
    expect(picked.map((p) => [p.areaCode, p.missing])).toEqual([
      ["PIA1", true],
      ["PIA2", false],
      ["PIA3", true],
    ]);
    const first = picked[0]!;
    expect(first.missing && first.reason).toBe("No highlight report has been submitted for this area.");
    expect(first.missing && first.leads).toEqual(["Morgan Hale"]);
  });

  it("takes the latest month, and its latest version, awaiting the board or noted", () => {
    const picked = pickReports(
      areas,
      [
        sub("a1", "2026-09-01", 1, "2026-10-06", "NOTED", "2026-10-16"),
        sub("a1", "2026-10-01", 1, "2026-11-06", "RETURNED", "2026-11-10"),
        sub("a1", "2026-10-01", 2, "2026-11-13"),
      ],
      asAt,
    );
    const first = picked[0]!;
    expect(first.missing).toBe(false);
    expect(!first.missing && first.report).toEqual(snap("a1-2026-10-01-v2"));
    expect(!first.missing && first.standing).toBe("SUBMITTED");
    expect(!first.missing && first.late).toBeNull();
    // Compared with the month before, as the report's own page compares it.
    expect(!first.missing && first.previous).toEqual(snap("a1-2026-09-01-v1"));
  });

  it("passes over a returned report to the last noted one, and says why when there is none", () => {
    const withNoted = pickReports(
      areas,
      [sub("a1", "2026-09-01", 1, "2026-10-06", "NOTED", "2026-10-16"), sub("a1", "2026-10-01", 1, "2026-11-06", "RETURNED", "2026-11-10")],
      asAt,
    );
    expect(!withNoted[0]!.missing && withNoted[0]!.report).toEqual(snap("a1-2026-09-01-v1"));
    expect(!withNoted[0]!.missing && withNoted[0]!.standing).toBe("NOTED");
    // The month owed is still named: the board reads September's report knowing October's is missing.
    expect(!withNoted[0]!.missing && withNoted[0]!.late).toBe("The October 2026 report has not been submitted; this is the latest the board has, for September 2026.");
    const onlyReturned = pickReports(areas, [sub("a1", "2026-10-01", 1, "2026-11-06", "RETURNED", "2026-11-10")], asAt);
    expect(onlyReturned[0]!.missing && onlyReturned[0]!.reason).toBe("The October 2026 report was returned to the lead on 10 November 2026 and has not been resubmitted.");
  });

  it("draws as at the pack date: later submissions and later outcomes had not happened yet", () => {
    const rows = [sub("a1", "2026-09-01", 1, "2026-10-06", "NOTED", "2026-10-16"), sub("a1", "2026-10-01", 1, "2026-11-06", "NOTED", "2026-11-18")];
    const early = pickReports(areas, rows, d("2026-10-10"));
    expect(!early[0]!.missing && early[0]!.report).toEqual(snap("a1-2026-09-01-v1"));
    // Noted on 16 October, after the pack date: on 10 October it was still awaiting the board.
    expect(!early[0]!.missing && early[0]!.standing).toBe("SUBMITTED");
    const later = pickReports(areas, rows, d("2026-11-10"));
    expect(!later[0]!.missing && later[0]!.report).toEqual(snap("a1-2026-10-01-v1"));
    expect(!later[0]!.missing && later[0]!.standing).toBe("SUBMITTED");
    // Submitted on the pack date itself counts.
    expect(pickReports(areas, rows, d("2026-11-06"))[0]!.missing).toBe(false);
  });
});

describe("orderRisks: the register as the board reads it", () => {
  const risk = (code: string, escalated: boolean, score: number, trend: PackRiskInput["trend"] = "STEADY"): PackRiskInput => ({
    code,
    title: code,
    areaCodes: [],
    owner: "x",
    escalated,
    likelihood: 1,
    impact: score,
    score,
    band: "",
    targetScore: 1,
    trend,
    review: "",
  });
  it("puts escalated risks first, then the highest score, rising before steady", () => {
    const ordered = orderRisks([risk("R1", false, 20), risk("R2", true, 6), risk("R3", false, 12, "STEADY"), risk("R4", false, 12, "RISING"), risk("R5", true, 15)]);
    expect(ordered.map((r) => r.code)).toEqual(["R5", "R2", "R1", "R4", "R3"]);
  });
});

describe("packKpis: the KPI table as at the pack date", () => {
  const kpi = (code: string, values: [string, number][]): KpiListItem =>
    ({
      id: code,
      code,
      name: `KPI ${code}`,
      unit: "PERCENT",
      direction: "HIGHER_IS_BETTER",
      frequency: "MONTHLY",
      tolerance: 2,
      baselineValue: 50,
      baselineDate: d("2026-01-01"),
      targetValue: 90,
      targetDate: d("2026-12-31"),
      ownerRole: null,
      owner: null,
      areas: [{ priorityArea: { id: "a1", code: "PIA1" } }],
      trajectory: [],
      values: values.map(([p, v]) => ({ period: d(p), value: v })),
    }) as unknown as KpiListItem;

  it("leaves out values for periods after the pack date and puts the worst first", () => {
    const rows = packKpis(
      [
        kpi("K1", [
          ["2026-08-01", 80],
          ["2026-09-01", 84],
          ["2026-10-01", 88],
        ]),
        kpi("K2", [
          ["2026-09-01", 40],
          ["2026-10-01", 41],
        ]),
      ],
      d("2026-09-20"),
    );
    expect(rows.map((r) => r.code)).toEqual(["K2", "K1"]);
    const k1 = rows.find((r) => r.code === "K1")!;
    expect(k1.spark).toEqual([80, 84]);
    expect(k1.latestPeriod).toBe("September 2026");
    expect(k1.sparkLabel).toContain("last 2 values");
    expect(rows[0]!.status).toBe("OFF_TRACK");
  });
});
