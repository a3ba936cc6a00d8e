import { describe, expect, it } from "vitest";
import { mulberry32 } from "./seeded";

describe("the seeded generator", () => {
  it("gives the same numbers in [0, 1) for the same seed, and others for another", () => {
    const take = (seed: number) => Array.from({ length: 5 }, mulberry32(seed));
    expect(take(42)).toEqual(take(42));
    expect(take(43)).not.toEqual(take(42));
    expect(take(42).every((n) => n >= 0 && n < 1)).toBe(true);
    // mulberry32's first output for seed 1, so the demo and the benchmark keep their numbers.
    expect(mulberry32(1)()).toBeCloseTo(0.6270739405881613, 15);
  });
});
