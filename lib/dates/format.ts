// Dates are stored as UTC calendar dates and shown in UK format ("31 March 2025").
import { format } from "date-fns";
import { UTCDate } from "@date-fns/utc";

export function formatUkDate(date: Date | null | undefined): string {
  if (!date) return "—";
  return format(new UTCDate(date), "d MMMM yyyy");
}

export function formatUkMonth(date: Date): string {
  return format(new UTCDate(date), "MMMM yyyy");
}

export function formatUkDateTime(date: Date): string {
  return format(new UTCDate(date), "d MMMM yyyy, HH:mm");
}

/** "2025-03-31" → a Date at UTC midnight; throws on anything that is not a real calendar date. */
export function parseIsoDate(iso: string): Date {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) throw new Error(`Not an ISO date: ${iso}`);
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  if (date.toISOString().slice(0, 10) !== iso) throw new Error(`Not a calendar date: ${iso}`);
  return date;
}

export function toIsoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** One day in milliseconds: stored dates are UTC midnights, so a day is always this long. */
export const DAY_MS = 86_400_000;

/** Whole days from `from` to `to` (calendar dates, UTC). */
export function daysBetween(from: Date, to: Date): number {
  return Math.round((Date.UTC(to.getUTCFullYear(), to.getUTCMonth(), to.getUTCDate()) - Date.UTC(from.getUTCFullYear(), from.getUTCMonth(), from.getUTCDate())) / DAY_MS);
}

/** Whether an instant falls on or before the calendar day `day` (a UTC midnight): "by the end of" it. */
export function byEndOf(at: Date, day: Date): boolean {
  return at.getTime() < day.getTime() + DAY_MS;
}

/** A day of the month as people say it: "1st", "10th", "22nd". */
export function ordinal(day: number): string {
  const suffix = day % 10 === 1 && day !== 11 ? "st" : day % 10 === 2 && day !== 12 ? "nd" : day % 10 === 3 && day !== 13 ? "rd" : "th";
  return `${day}${suffix}`;
}
