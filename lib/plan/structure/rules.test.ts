import { describe, expect, it } from "vitest";
import { ValidationError } from "@/lib/errors";
import { assertArchivable, assertParentArea, reorder } from "./rules";

const siblings = (...positions: number[]) => positions.map((position, i) => ({ id: `s${i}`, position }));

describe("moving an item one place", () => {
  it("swaps it with its neighbour, writing only the two that change", () => {
    expect(reorder(siblings(0, 1, 2), "s2", "up", "action 1.1c")).toEqual({
      writes: [
        { id: "s2", position: 1 },
        { id: "s1", position: 2 },
      ],
      from: 2,
      to: 1,
    });
    expect(reorder(siblings(0, 5, 9), "s0", "down", "action 1.1a")).toEqual({
      writes: [
        { id: "s1", position: 0 },
        { id: "s0", position: 5 },
      ],
      from: 0,
      to: 5,
    });
  });

  it("renumbers tied positions first, so a move always moves", () => {
    expect(reorder(siblings(0, 0, 0), "s1", "down", "outcome 1.2")).toEqual({
      writes: [
        { id: "s2", position: 1 },
        { id: "s1", position: 2 },
      ],
      from: 0,
      to: 2,
    });
  });

  it("refuses to move the first up or the last down, naming the item", () => {
    expect(() => reorder(siblings(0, 1), "s0", "up", "action 1.1a")).toThrow("Action 1.1a is already first in its list.");
    expect(() => reorder(siblings(0, 1), "s1", "down", "action 1.1b")).toThrow("Action 1.1b is already last in its list.");
  });
});

describe("archiving and restoring", () => {
  const archived = { archivedAt: new Date("2026-11-20") };
  const live = { archivedAt: null };

  it("archives a live item and restores an archived one", () => {
    expect(() => assertArchivable("archive", live, "outcome 1.1")).not.toThrow();
    expect(() => assertArchivable("restore", archived, "outcome 1.1")).not.toThrow();
  });

  it("refuses twice the same, or for the item's own reason once its state fits", () => {
    expect(() => assertArchivable("archive", archived, "outcome 1.1")).toThrow("Outcome 1.1 is already archived.");
    expect(() => assertArchivable("restore", live, "outcome 1.1")).toThrow("Outcome 1.1 is not archived.");
    expect(() => assertArchivable("restore", archived, "outcome 1.1", "Restore priority area PIA1 first.")).toThrow("Restore priority area PIA1 first.");
  });
});

describe("linking an area under another", () => {
  const parent = { id: "p", code: "PIA1", parentId: null, archivedAt: null };

  it("allows a live, top-level parent", () => {
    expect(() => assertParentArea(parent, { id: "a", children: [] })).not.toThrow();
  });

  it("refuses itself, an archived parent, a nested parent, or an area with linked areas of its own", () => {
    const refused = (run: () => void) => {
      try {
        run();
      } catch (error) {
        return error instanceof ValidationError ? error.fieldErrors?.parentId?.[0] : "not a field error";
      }
      return "allowed";
    };
    expect(refused(() => assertParentArea(parent, { id: "p", children: [] }))).toBe("An area cannot be linked under itself.");
    expect(refused(() => assertParentArea({ ...parent, archivedAt: new Date() }, null))).toMatch(/PIA1 is archived/);
    expect(refused(() => assertParentArea({ ...parent, parentId: "q" }, null))).toMatch(/PIA1 is itself linked under another area/);
    expect(refused(() => assertParentArea(parent, { id: "a", children: [{ code: "AFI2" }] }))).toMatch(/\(AFI2\), so it must stay top-level/);
  });
});
