import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";

// Each test loads the clock afresh, as a new process would: the pinned clock
// starts at the first call of a process.
async function freshClock() {
  vi.resetModules();
  return import("./clock");
}

// The run's shared start (STOCKTAKE_CLOCK_START, which npm test sets for every process) is unset
// here, as in a process started on its own; the one test of it sets its own.
const saved = { today: process.env.STOCKTAKE_TODAY, start: process.env.STOCKTAKE_CLOCK_START };
beforeEach(() => {
  process.env.STOCKTAKE_TODAY = "2026-11-15";
  delete process.env.STOCKTAKE_CLOCK_START;
});
afterEach(() => {
  vi.useRealTimers();
  for (const [name, value] of [
    ["STOCKTAKE_TODAY", saved.today],
    ["STOCKTAKE_CLOCK_START", saved.start],
  ] as const) {
    if (value === undefined) delete process.env[name];
    else process.env[name] = value;
  }
});

describe("the one clock, pinned", () => {
  it("pins today to STOCKTAKE_TODAY, and writes to that day at the real time of day", async () => {
    vi.useFakeTimers();
    vi.setSystemTime(new Date("2030-05-02T09:41:07.250Z"));
    const { now, today } = await freshClock();
    expect(today().toISOString()).toBe("2026-11-15T00:00:00.000Z");
    expect(now().toISOString()).toBe("2026-11-15T09:41:07.250Z");
  });

  it("never runs backwards when the real clock crosses midnight, and today stays the pinned day", async () => {
    vi.useFakeTimers();
    vi.setSystemTime(new Date("2030-05-02T23:59:58.000Z"));
    const { now, today } = await freshClock();
    const seen = [now()];
    for (let second = 0; second < 4; second++) {
      vi.advanceTimersByTime(1_000);
      seen.push(now());
    }
    expect(new Date().toISOString()).toBe("2030-05-03T00:00:02.000Z");
    expect(seen.map((at) => at.toISOString())).toEqual([
      "2026-11-15T23:59:58.000Z",
      "2026-11-15T23:59:59.000Z",
      "2026-11-16T00:00:00.000Z",
      "2026-11-16T00:00:01.000Z",
      "2026-11-16T00:00:02.000Z",
    ]);
    expect(today().toISOString()).toBe("2026-11-15T00:00:00.000Z");
  });

  it("passes into the next day only once the real clock has crossed midnight, however long it runs; today stays pinned", async () => {
    vi.useFakeTimers();
    vi.setSystemTime(new Date("2030-05-02T00:00:00.000Z"));
    const { now, today } = await freshClock();
    expect(now().toISOString()).toBe("2026-11-15T00:00:00.000Z");
    vi.advanceTimersByTime(86_400_000 - 1);
    expect(now().toISOString()).toBe("2026-11-15T23:59:59.999Z");
    vi.advanceTimersByTime(1 + 86_400_000);
    expect(now().toISOString()).toBe("2026-11-17T00:00:00.000Z");
    expect(today().toISOString()).toBe("2026-11-15T00:00:00.000Z");
  });

  it("does not run backwards when the system clock is set back", async () => {
    vi.useFakeTimers();
    vi.setSystemTime(new Date("2030-05-02T12:00:00.000Z"));
    const { now } = await freshClock();
    const before = now();
    vi.setSystemTime(new Date("2030-05-02T11:00:00.000Z"));
    vi.advanceTimersByTime(10);
    expect(now().getTime()).toBe(before.getTime() + 10);
  });

  it("reads the same instant in two processes started on the same real day (a signature made in one is checked in the other)", async () => {
    vi.useFakeTimers();
    vi.setSystemTime(new Date("2030-05-02T10:00:00.000Z"));
    const first = await freshClock();
    first.now();
    vi.advanceTimersByTime(5 * 60_000);
    const second = await freshClock();
    expect(second.now().toISOString()).toBe("2026-11-15T10:05:00.000Z");
    expect(first.now().toISOString()).toBe("2026-11-15T10:05:00.000Z");
  });

  it("agrees across the processes of one run even when midnight falls between their starts (STOCKTAKE_CLOCK_START)", async () => {
    vi.useFakeTimers();
    process.env.STOCKTAKE_CLOCK_START = String(Date.parse("2030-05-02T23:59:00.000Z"));
    try {
      vi.setSystemTime(new Date("2030-05-02T23:59:30.000Z"));
      const before = (await freshClock()).now();
      vi.setSystemTime(new Date("2030-05-03T00:01:00.000Z"));
      const after = (await freshClock()).now();
      expect([before.toISOString(), after.toISOString()]).toEqual(["2026-11-15T23:59:30.000Z", "2026-11-16T00:01:00.000Z"]);
      process.env.STOCKTAKE_CLOCK_START = "yesterday";
      await expect(freshClock().then((clock) => clock.now())).rejects.toThrow('STOCKTAKE_CLOCK_START must be milliseconds since 1970 (as Date.now() gives), not "yesterday".');
    } finally {
      delete process.env.STOCKTAKE_CLOCK_START; // afterEach puts back the run's own
    }
  });

  it("refuses a pinned day that is not a date, saying what it should be", async () => {
    process.env.STOCKTAKE_TODAY = "2026-02-30";
    const { now, today } = await freshClock();
    expect(() => today()).toThrow("STOCKTAKE_TODAY must be a date like 2026-11-27");
    expect(() => now()).toThrow("STOCKTAKE_TODAY must be a date like 2026-11-27");
  });
});

describe("the one clock, real", () => {
  // The one test of the real calendar: the unit project pins STOCKTAKE_TODAY (vitest.config.ts), so it unsets it here.
  it("follows the real date and time when STOCKTAKE_TODAY is unset (this test unsets the project's pin itself)", async () => {
    delete process.env.STOCKTAKE_TODAY;
    const { now, today } = await freshClock();
    const real = new Date();
    expect(today().toISOString()).toBe(`${real.toISOString().slice(0, 10)}T00:00:00.000Z`);
    expect(Math.abs(now().getTime() - real.getTime())).toBeLessThan(5_000);
  });
});
