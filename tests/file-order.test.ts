// The integration files' order (tests/support/file-order.ts): a seed replays
// its order, different seeds give different orders, nothing is lost or doubled.
import { describe, expect, it } from "vitest";
import { arrange, parseFileOrder } from "./support/file-order";

const names = Array.from({ length: 30 }, (_, i) => `tests/file-${String(i).padStart(2, "0")}.test.ts`);
const same = (name: string) => name;

describe("the integration files' order", () => {
  it("reads the setting, with a fresh seed only when none is given", () => {
    const fresh = () => 42;
    expect(parseFileOrder(undefined, fresh)).toEqual({ kind: "vitest" });
    expect(parseFileOrder(" ", fresh)).toEqual({ kind: "vitest" });
    expect(parseFileOrder("reverse", fresh)).toEqual({ kind: "reverse" });
    expect(parseFileOrder("shuffle", fresh)).toEqual({ kind: "shuffle", seed: 42 });
    expect(parseFileOrder("shuffle:1234", fresh)).toEqual({ kind: "shuffle", seed: 1234 });
    expect(() => parseFileOrder("random", fresh)).toThrow('STOCKTAKE_TEST_ORDER must be "shuffle", "shuffle:<seed>" or "reverse", not "random".');
  });

  it("replays a seed's order, and another seed gives another order of the same files", () => {
    const once = arrange(names, same, { kind: "shuffle", seed: 7 });
    expect(arrange([...names].reverse(), same, { kind: "shuffle", seed: 7 })).toEqual(once);
    expect([...once].sort()).toEqual(names);
    expect(once).not.toEqual(names);
    expect(arrange(names, same, { kind: "shuffle", seed: 8 })).not.toEqual(once);
  });

  it("reverses by path, and otherwise keeps vitest's order", () => {
    const shuffled = arrange(names, same, { kind: "shuffle", seed: 3 });
    expect(arrange(shuffled, same, { kind: "reverse" })).toEqual([...names].reverse());
    expect(arrange(shuffled, same, { kind: "vitest" })).toBe(shuffled);
  });
});
