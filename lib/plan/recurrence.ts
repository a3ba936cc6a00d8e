// Recurring milestones ("Monthly", "Bi-monthly", "Quarterly", "Six Monthly", "Annually",
// "Monthly from June 2025") expand into dated occurrences. Pure: no I/O.
import { addMonths, isLastDayOfMonth, lastDayOfMonth } from "date-fns";
import { UTCDate } from "@date-fns/utc";
import type { Frequency } from "@/lib/generated/prisma/enums";

export const MONTHS_PER: Record<Frequency, number> = {
  MONTHLY: 1,
  BIMONTHLY: 2,
  QUARTERLY: 3,
  SIX_MONTHLY: 6,
  ANNUALLY: 12,
};

export const FREQUENCY_LABELS: Record<Frequency, string> = {
  MONTHLY: "Monthly",
  BIMONTHLY: "Every two months",
  QUARTERLY: "Quarterly",
  SIX_MONTHLY: "Six monthly",
  ANNUALLY: "Annually",
};

/**
 * The due dates of a recurring milestone from `start` to `end` inclusive.
 * A start on the last day of a month keeps to month ends (28 Feb → 31 Mar →
 * 30 Apr), so "monthly at month end" never drifts to the 28th; any other day
 * is kept, clamped to short months (31 Jan → 28 Feb → 31 Mar).
 */
export function occurrenceDates(frequency: Frequency, start: Date, end: Date): Date[] {
  const step = MONTHS_PER[frequency];
  const first = new UTCDate(start);
  const monthEnd = isLastDayOfMonth(first);
  const dates: Date[] = [];
  for (let i = 0; i < 1000; i++) {
    const shifted = addMonths(first, i * step);
    const due = monthEnd ? lastDayOfMonth(shifted) : shifted;
    if (due.getTime() > end.getTime()) break;
    dates.push(new Date(due.getTime()));
  }
  return dates;
}
