// The one clock. Every rule that depends on "today" takes it as an argument;
// the server gets it from here. STOCKTAKE_TODAY=YYYY-MM-DD pins the day for
// tests, demos, screenshots and the benchmark, so a verdict never changes
// with the calendar.
import { parseIsoDate } from "@/lib/dates/format";

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

/**
 * The moment a write happens. On a pinned day it is that day at the current
 * time of day, so what is saved is never later than "today" and saves keep
 * their order within a run.
 */
export function now(): Date {
  const real = new Date();
  const day = pinnedDay();
  if (!day) return real;
  return new Date(day.getTime() + (real.getTime() % 86_400_000));
}
