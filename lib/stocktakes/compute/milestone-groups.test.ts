import { describe, expect, it } from "vitest";
import { actionCodeRuns, groupMilestones } from "./milestone-groups";

const plan = ["1.1a", "1.1b", "1.1c", "1.1d", "1.2a", "1.2b"];

describe("groupMilestones", () => {
  it("makes one row of a milestone that several actions share on the same date, naming the actions in the plan's order", () => {
    const groups = groupMilestones(
      [
        { actionCode: "1.2a", text: "Monthly highlight report to the board", due: "2026-09-01", note: null },
        { actionCode: "1.1a", text: "Monthly highlight report to the board", due: "2026-09-01", note: null },
        { actionCode: "1.1b", text: "Training plan agreed", due: "2026-09-10", note: "Agreed at the workforce board" },
        { actionCode: "1.1c", text: "Monthly highlight report to the board", due: "2026-10-01", note: null },
      ],
      plan,
    );
    expect(groups).toEqual([
      { text: "Monthly highlight report to the board", due: "2026-09-01", note: null, actionCodes: ["1.1a", "1.2a"] },
      { text: "Training plan agreed", due: "2026-09-10", note: "Agreed at the workforce board", actionCodes: ["1.1b"] },
      { text: "Monthly highlight report to the board", due: "2026-10-01", note: null, actionCodes: ["1.1c"] },
    ]);
  });

  it("keeps apart what the reader would see differently: another note, or a miss recorded against one passed unrecorded", () => {
    const groups = groupMilestones(
      [
        { actionCode: "1.1a", text: "Audit", due: "2026-09-01", note: null, recorded: false },
        { actionCode: "1.1b", text: "Audit", due: "2026-09-01", note: null, recorded: true },
        { actionCode: "1.1c", text: "Audit", due: "2026-09-01", note: "Deferred by the panel", recorded: true },
        { actionCode: "1.1d", text: "Audit", due: "2026-09-01", note: null, recorded: false },
      ],
      plan,
    );
    expect(groups.map((g) => [g.actionCodes, g.recorded, g.note])).toEqual([
      [["1.1a", "1.1d"], false, null],
      [["1.1b"], true, null],
      [["1.1c"], true, "Deferred by the panel"],
    ]);
  });

  it("loses no line: every action of every line is named once in its group", () => {
    const lines = plan.flatMap((code, i) => [
      { actionCode: code, text: "Monthly report", due: "2026-09-01", note: null },
      { actionCode: code, text: i % 2 ? "Odd" : "Even", due: "2026-09-02", note: null },
    ]);
    const groups = groupMilestones(lines, plan);
    expect(groups.reduce((n, g) => n + g.actionCodes.length, 0)).toBe(lines.length);
    expect(groups).toHaveLength(3);
  });
});

describe("actionCodeRuns", () => {
  it("shortens three or more neighbouring actions of the plan to a range and lists the rest", () => {
    expect(actionCodeRuns(["1.1a", "1.1b", "1.1c", "1.1d", "1.2b"], plan)).toBe("1.1a–1.1d, 1.2b");
    expect(actionCodeRuns(["1.1a", "1.1b", "1.2a"], plan)).toBe("1.1a, 1.1b, 1.2a");
    expect(actionCodeRuns(["1.1a", "1.1c", "1.2a"], plan)).toBe("1.1a, 1.1c, 1.2a");
    expect(actionCodeRuns([], plan)).toBe("");
  });

  it("lists codes the plan does not know as they are", () => {
    expect(actionCodeRuns(["9.9z", "1.1a", "1.1b", "1.1c"], plan)).toBe("9.9z, 1.1a–1.1c");
  });
});
