import { describe, expect, it } from "vitest";
import { readWhen, splitMeasures } from "./measures";

describe("a measures cell", () => {
  it("splits Derbyshire's measures at each By when, the when at the start of what follows", () => {
    expect(splitMeasures("Continued regular reporting on performance. By when: Monthly Annual reviews will be processed in a timely way. By when: Annually")).toEqual([
      { text: "Continued regular reporting on performance.", byWhen: "Monthly" },
      { text: "Annual reviews will be processed in a timely way.", byWhen: "Annually" },
    ]);
    expect(splitMeasures("Each agency will have a signed off plan. By when: 30 June 2025 Efficiencies identified. By when: 30 June 2025")).toEqual([
      { text: "Each agency will have a signed off plan.", byWhen: "30 June 2025" },
      { text: "Efficiencies identified.", byWhen: "30 June 2025" },
    ]);
    expect(splitMeasures("Positive evaluation feedback from training events By when: Bi-monthly (Academic Year)")).toEqual([
      { text: "Positive evaluation feedback from training events", byWhen: "Bi-monthly (Academic Year)" },
    ]);
  });

  it("takes one measure to a line when every line has its By when, as Stocktake's download writes them", () => {
    expect(splitMeasures("Audit of plans By when: 31 st March 2025\nMonthly reports to the board By when: Monthly from June 2025")).toEqual([
      { text: "Audit of plans", byWhen: "31 st March 2025" },
      { text: "Monthly reports to the board", byWhen: "Monthly from June 2025" },
    ]);
  });

  it("takes a rhythm's bracketed note with it", () => {
    expect(splitMeasures("Feedback from training By when: Bi-monthly (Academic Year) Schools report more confidence By when: Annually")).toEqual([
      { text: "Feedback from training", byWhen: "Bi-monthly (Academic Year)" },
      { text: "Schools report more confidence", byWhen: "Annually" },
    ]);
  });

  it("reads a spaced-out ordinal date as the when", () => {
    expect(splitMeasures("Plan signed off By when: 31 st March 2025 Staff trained By when: Quarterly")).toEqual([
      { text: "Plan signed off", byWhen: "31 st March 2025" },
      { text: "Staff trained", byWhen: "Quarterly" },
    ]);
  });

  it("keeps a measure with no By when whole, and nothing from a blank", () => {
    expect(splitMeasures("Fewer complaints\nabout delays")).toEqual([{ text: "Fewer complaints about delays", byWhen: "" }]);
    expect(splitMeasures("  ")).toEqual([]);
  });
});

describe("a by when", () => {
  it("reads a rhythm as a recurring milestone, with where it starts", () => {
    expect(readWhen("Quarterly")).toEqual({ kind: "recurring", frequency: "QUARTERLY", from: null, note: null });
    expect(readWhen("Six Monthly")).toMatchObject({ frequency: "SIX_MONTHLY" });
    expect(readWhen("Monthly from June 2025")).toEqual({ kind: "recurring", frequency: "MONTHLY", from: new Date("2025-06-30T00:00:00Z"), note: null });
  });

  it("reads bi-monthly as its own rhythm: every two months", () => {
    expect(readWhen("Bi-monthly (Academic Year)")).toMatchObject({ kind: "recurring", frequency: "BIMONTHLY", note: null });
    expect(readWhen("Bimonthly")).toMatchObject({ kind: "recurring", frequency: "BIMONTHLY", note: null });
    // As the plan's download writes it (FREQUENCY_LABELS), so a bi-monthly milestone comes back bi-monthly.
    expect(readWhen("Every two months from June 2025")).toMatchObject({ kind: "recurring", frequency: "BIMONTHLY", from: new Date("2025-06-30T00:00:00Z") });
  });

  it("tracks a by when that names two rhythms at the last, and says so", () => {
    expect(readWhen("Annual worker survey (DCC) Quarterly")).toEqual({
      kind: "recurring",
      frequency: "QUARTERLY",
      from: null,
      note: "names 2 rhythms (annual, quarterly): tracked quarterly, the last",
    });
  });

  it("reads a date, no date yet, or says what it could not read", () => {
    expect(readWhen("30 June 2025")).toMatchObject({ kind: "once", date: { date: new Date("2025-06-30T00:00:00Z") } });
    expect(readWhen("TBC")).toEqual({ kind: "unconfirmed", text: "TBC" });
    expect(readWhen("")).toEqual({ kind: "none" });
    expect(readWhen("When funding allows")).toMatchObject({ kind: "unreadable", text: "When funding allows" });
  });
});
