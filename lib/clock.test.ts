import { afterEach, describe, expect, it } from "vitest";
import { now, today } from "./clock";

const saved = process.env.STOCKTAKE_TODAY;
afterEach(() => {
  if (saved === undefined) delete process.env.STOCKTAKE_TODAY;
  else process.env.STOCKTAKE_TODAY = saved;
});

describe("the one clock", () => {
  it("pins today and the time of writes to STOCKTAKE_TODAY", () => {
    process.env.STOCKTAKE_TODAY = "2026-11-15";
    expect(today().toISOString()).toBe("2026-11-15T00:00:00.000Z");
    expect(now().toISOString().slice(0, 10)).toBe("2026-11-15");
  });

  it("follows the real calendar when nothing is pinned", () => {
    delete process.env.STOCKTAKE_TODAY;
    const real = new Date();
    expect(today().toISOString().slice(0, 10)).toBe(real.toISOString().slice(0, 10));
    expect(Math.abs(now().getTime() - real.getTime())).toBeLessThan(5_000);
  });

  it("refuses a pinned day that is not a date, saying what it should be", () => {
    process.env.STOCKTAKE_TODAY = "2026-02-30";
    expect(() => today()).toThrow("STOCKTAKE_TODAY must be a date like 2026-11-27");
  });
});
