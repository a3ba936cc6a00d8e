import bcrypt from "bcrypt";
import { describe, expect, it } from "vitest";
import { HashingBusyError, verifyPassword } from "./password";

describe("checking passwords", () => {
  it("matches a bcrypt hash, and a missing hash never matches", async () => {
    const hash = await bcrypt.hash("correct horse", 4);
    expect(await verifyPassword("correct horse", hash)).toBe(true);
    expect(await verifyPassword("wrong", hash)).toBe(false);
    expect(await verifyPassword("correct horse", null)).toBe(false);
  });

  it("hashes off the request thread: the event loop keeps turning while compares run", async () => {
    const hash = await bcrypt.hash("x", 10);
    const started = performance.now();
    await verifyPassword("y", hash);
    const oneCompareMs = performance.now() - started;
    // The longest the event loop went without running a 5 ms timer.
    let last = performance.now();
    let longestStallMs = 0;
    const timer = setInterval(() => {
      const at = performance.now();
      longestStallMs = Math.max(longestStallMs, at - last);
      last = at;
    }, 5);
    await Promise.all(Array.from({ length: 4 }, () => verifyPassword("y", hash)));
    await new Promise((resolve) => setTimeout(resolve, 20));
    clearInterval(timer);
    // On the event loop, the four compares would stall it for four times as long as one takes.
    expect(longestStallMs).toBeLessThan(Math.max(2 * oneCompareMs, 50));
  }, 30_000);

  it("refuses at once, rather than queueing without bound, when too many compares wait", async () => {
    const hash = await bcrypt.hash("x", 4);
    const results = await Promise.allSettled(Array.from({ length: 60 }, () => verifyPassword("y", hash)));
    const busy = results.filter((r) => r.status === "rejected" && r.reason instanceof HashingBusyError).length;
    expect(busy).toBeGreaterThan(0);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(60 - busy);
  }, 30_000);
});
