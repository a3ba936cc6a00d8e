// The digests' pure rules: which period a digest is for, and how its subject
// counts. No I/O; "today" and "now" are passed in.
import type { DigestFrequency } from "@/lib/generated/prisma/enums";
import { toIsoDate } from "@/lib/dates/format";

/**
 * A claim older than this without a sent mark is taken to be a worker that
 * died between claiming and sending: the next run claims it again and sends.
 * Longer than any one send can take (an SMTP timeout is two minutes), so a
 * slow worker still sending is never doubled.
 */
export const STALE_CLAIM_MINUTES = 15;

/** The ISO week of a day, as "2026-W49" (weeks start on Monday; week 1 holds the year's first Thursday). */
export function isoWeek(day: Date): string {
  const thursday = new Date(Date.UTC(day.getUTCFullYear(), day.getUTCMonth(), day.getUTCDate()));
  // The week's Thursday decides its year.
  thursday.setUTCDate(thursday.getUTCDate() + 4 - (thursday.getUTCDay() || 7));
  const year = thursday.getUTCFullYear();
  const week = Math.ceil(((thursday.getTime() - Date.UTC(year, 0, 1)) / 86_400_000 + 1) / 7);
  return `${year}-W${String(week).padStart(2, "0")}`;
}

/**
 * The period a member's digest is for today, or null when they chose none.
 * Weekly: one per ISO week, sent on its Monday or by the first run after
 * (the ledger has no row for the week yet); daily: one per day.
 */
export function digestPeriod(frequency: DigestFrequency, today: Date): string | null {
  if (frequency === "OFF") return null;
  return frequency === "DAILY" ? toIsoDate(today) : isoWeek(today);
}

export const DIGEST_FREQUENCIES = ["WEEKLY", "DAILY", "OFF"] as const satisfies readonly DigestFrequency[];

export const FREQUENCY_LABELS: Record<DigestFrequency, string> = {
  WEEKLY: "Weekly (on Mondays)",
  DAILY: "Daily",
  OFF: "Off: no reminder emails",
};

/** What the member's choice means, as the page confirms it. */
export function frequencySentence(frequency: DigestFrequency): string {
  if (frequency === "OFF") return "You get no reminder emails.";
  return `You get an email ${frequency === "DAILY" ? "each day" : "each Monday"} listing what is waiting for you, when anything is.`;
}

/** "3 things to do this week", "1 thing to do today". */
export function thingsToDo(count: number, frequency: DigestFrequency): string {
  return `${count} ${count === 1 ? "thing" : "things"} to do ${frequency === "DAILY" ? "today" : "this week"}`;
}
