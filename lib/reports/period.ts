// Reporting periods are calendar months (STYLE rule 15). A highlight report
// for a month covers that month; it is owed during the month after and due
// by the partnership's due day of that month, so a report always covers a
// whole month and no month falls between two reports. Pure: "today" is passed in.
import { addMonths, getDaysInMonth, lastDayOfMonth } from "date-fns";
import { UTCDate } from "@date-fns/utc";
import { formatUkMonth, parseIsoDate, toIsoDate } from "@/lib/dates/format";

/** The first day of the month `date` falls in. */
export function monthOf(date: Date): Date {
  return new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), 1));
}

export function shiftMonth(period: Date, months: number): Date {
  return new Date(addMonths(new UTCDate(monthOf(period)), months).getTime());
}

/** The last day of the period's month. */
export function periodEnd(period: Date): Date {
  const last = lastDayOfMonth(new UTCDate(period));
  return new Date(Date.UTC(last.getFullYear(), last.getMonth(), last.getDate()));
}

/** Whether a calendar date falls within the period's month. */
export function inPeriod(date: Date, period: Date): boolean {
  return date.getUTCFullYear() === period.getUTCFullYear() && date.getUTCMonth() === period.getUTCMonth();
}

/**
 * The day the report's tables are drawn as at: the period's last day, or
 * today while the month is still running (a lead may draft, and even submit,
 * before the month ends; the tables then say "as at" that day).
 */
export function asAtDate(period: Date, today: Date): Date {
  const end = periodEnd(period);
  return today.getTime() < end.getTime() ? today : end;
}

/** The month whose reports are owed today: last month's. */
export function owedPeriod(today: Date): Date {
  return shiftMonth(monthOf(today), -1);
}

/** The day a period's report is due: the partnership's due day of the following month (the 31st means the month's last day). */
export function reportDueDate(period: Date, dueDay: number): Date {
  const next = shiftMonth(period, 1);
  const day = Math.min(Math.max(1, Math.trunc(dueDay)), getDaysInMonth(new UTCDate(next)));
  return new Date(Date.UTC(next.getUTCFullYear(), next.getUTCMonth(), day));
}

/** Past its due day: missing reports show on the dashboard by name. */
export function isPastDue(period: Date, dueDay: number, today: Date): boolean {
  return today.getTime() > reportDueDate(period, dueDay).getTime();
}

/** How far back a report can be written: a year of months, up to the current one. */
export const PERIODS_OPEN = 12;

/** Months a report may be written for today, newest first: this month and the twelve before it. */
export function openPeriods(today: Date): Date[] {
  const current = monthOf(today);
  return Array.from({ length: PERIODS_OPEN + 1 }, (_, i) => shiftMonth(current, -i));
}

export function isOpenPeriod(period: Date, today: Date): boolean {
  return openPeriods(today).some((p) => p.getTime() === period.getTime());
}

/** "2026-10" — how a period appears in URLs and forms. */
export function periodKey(period: Date): string {
  return toIsoDate(period).slice(0, 7);
}

/** "2026-10" → 1 October 2026, or null for anything that is not a real month. */
export function parsePeriodKey(key: string): Date | null {
  if (!/^\d{4}-\d{2}$/.test(key)) return null;
  try {
    return parseIsoDate(`${key}-01`);
  } catch {
    return null;
  }
}

/** "October 2026" */
export function periodLabel(period: Date): string {
  return formatUkMonth(period);
}
