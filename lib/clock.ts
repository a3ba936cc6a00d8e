// The one clock. Every rule that depends on "today" takes it as an argument;
// the server gets it from here. STOCKTAKE_TODAY=YYYY-MM-DD pins the day for
// tests, demos, screenshots and the benchmark, so a verdict never changes
// with the calendar.
import { parseIsoDate } from "@/lib/dates/format";

const DAY_MS = 86_400_000;

function pinnedDay(): Date | null {
  const pinned = process.env.STOCKTAKE_TODAY?.trim();
  if (!pinned) return null;
  try {
    return parseIsoDate(pinned);
  } catch {
    throw new Error(`STOCKTAKE_TODAY must be a date like 2026-11-27, not "${pinned}".`);
  }
}

/** Today as a UTC calendar date: status rules compare dates, not times. */
export function today(): Date {
  const now = new Date();
  return pinnedDay() ?? new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
}

/** Where this process's pinned clock started: the pinned day at the real time of day of the first call. */
let anchor: { day: number; at: number; elapsedFrom: number } | null = null;

/**
 * The moment a write happens. On a pinned day it never runs backwards within
 * a process: the first call pins the pinned day at the real time of day, and
 * every later call adds the real time elapsed since (performance.now(), which
 * a change of the system clock does not move), so saves keep their order even
 * when a run crosses midnight.
 *
 * Why the real time of day and not the day's start: processes agree. The app
 * server, a test file and the benchmark each have their own clock, and a
 * print signature made in one is checked in another against a one-minute
 * expiry (lib/pdf/signature.ts); started on the same real day, they read the
 * same instant, and rows written by one file stay after those of the file
 * before. The day's start would put every process at 00:00 whenever it began.
 *
 * The price: today() stays the pinned day however long a process runs (it is
 * pinned), while now() passes into the next day once the real clock has
 * crossed midnight since the process first asked (at most 24 h of running,
 * less if it started late in the day): writes then carry the next day's date.
 */
export function now(): Date {
  const day = pinnedDay();
  if (!day) return new Date();
  const elapsed = performance.now();
  if (anchor?.day !== day.getTime()) {
    const real = Date.now();
    const start = runStart(real);
    anchor = { day: day.getTime(), at: day.getTime() + (start % DAY_MS) + (real - start), elapsedFrom: elapsed };
  }
  return new Date(anchor.at + (elapsed - anchor.elapsedFrom));
}

/**
 * The real instant a run of several processes began: STOCKTAKE_CLOCK_START
 * (milliseconds since 1970), which `npm test` and `npm run bench` set once
 * for every process they start. Each process then reads the pinned day at
 * that start's time of day plus the real time since, so they agree even when
 * midnight falls between their starts (a test file begun at 00:01 still
 * writes after one begun at 23:59). Unset, a process starts its own clock.
 */
function runStart(firstCall: number): number {
  const text = process.env.STOCKTAKE_CLOCK_START?.trim();
  if (!text) return firstCall;
  const start = Number(text);
  if (!Number.isSafeInteger(start) || start <= 0) throw new Error(`STOCKTAKE_CLOCK_START must be milliseconds since 1970 (as Date.now() gives), not "${text}".`);
  return start;
}
