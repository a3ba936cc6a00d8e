// A date cell as council plans write it, read the way a person would: "Feb-23",
// "May- 24", "31 st March 2025", "August 2024", "24-Apr" in a column of
// month-and-year dates, "TBC", two dates in one cell, a value doubled by a
// copy-paste. chrono-node's British parser reads full dates (its default
// parser reads "Feb-23" as 23 February); the rules around it are here, pure.
// A date is a UTC midnight, as the app stores days.
import * as chrono from "chrono-node";
import { formatUkDate, formatUkMonth } from "@/lib/dates/format";
import { cleanCell } from "./cells";

/** Which end of a month a month-and-year date stands for: a start is its first day, a due date its last. */
export type DateSide = "start" | "due";

export type DateReading =
  | { kind: "blank" }
  | { kind: "date"; date: Date; precision: "day" | "month"; notes: string[] }
  | { kind: "unconfirmed"; text: string }
  | { kind: "unreadable"; text: string; reason: string };

const MONTH = String.raw`(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?`;
const GAP = String.raw`[\s\-/'’,.]*`;
/** "Feb-23", "May- 24", "August 2024", "Sept '25": a month and a year. */
const MONTH_YEAR = new RegExp(`^${MONTH}${GAP}(\\d{4}|\\d{2})$`, "i");
/** The same inside a longer cell, for a cell holding two of them. */
const MONTH_YEAR_ANYWHERE = new RegExp(`\\b${MONTH}${GAP}(\\d{4}|\\d{2})\\b`, "gi");
/** "24-Apr": Excel's year-first spelling, a month-and-year only where the column's other cells are. */
const YEAR_MONTH = new RegExp(`^(\\d{2}|\\d{4})${GAP}${MONTH}$`, "i");
/** What may sit between two dates in one cell: "Jan-23 Sep-24", "Jan-23 to Sep-24", "Jan-23 – Sep-24". */
const BETWEEN_DATES = /^[\s\-–—,;/&]*(?:to|and|until|then)?[\s\-–—,;/&]*$/i;

/** Words that say there is no agreed date yet: imported with no date and a warning, never as a date. */
const NOT_YET =
  /^(?:tbc|tbd|tba|t\.b\.c\.?|to be (?:confirmed|agreed|decided|determined)|not yet (?:agreed|known|set)|ongoing|on-going|continuous|as required|as needed|n\/?a|none|various|-+|\?+)$/i;

const MONTH_INDEX: Record<string, number> = { jan: 0, feb: 1, mar: 2, apr: 3, may: 4, jun: 5, jul: 6, aug: 7, sep: 8, oct: 9, nov: 10, dec: 11 };

function monthDate(monthWord: string, yearDigits: string, side: DateSide): Date {
  const month = MONTH_INDEX[monthWord.slice(0, 3).toLowerCase()]!;
  const year = yearDigits.length === 2 ? 2000 + Number(yearDigits) : Number(yearDigits);
  return side === "start" ? new Date(Date.UTC(year, month, 1)) : new Date(Date.UTC(year, month + 1, 0));
}

/** "31 st March 2025" → "31st March 2025"; "May- 24" stays for the month-year rule. */
function tidied(text: string): string {
  return text.replace(/\b(\d{1,2})\s+(st|nd|rd|th)\b/gi, "$1$2");
}

type One = { date: Date; precision: "day" | "month"; note?: string } | { reason: string };

/** One date, the whole of the text. */
function readOne(text: string, side: DateSide, monthYearColumn: boolean): One {
  const monthYear = MONTH_YEAR.exec(text);
  if (monthYear) return { date: monthDate(monthYear[1]!, monthYear[2]!, side), precision: "month" };
  const yearMonth = YEAR_MONTH.exec(text);
  if (yearMonth) {
    if (!monthYearColumn) return { reason: `“${text}” could be a day of a month with no year: write the year, e.g. “${yearMonth[2]} 20${yearMonth[1]!.slice(-2)}”` };
    const date = monthDate(yearMonth[2]!, yearMonth[1]!, side);
    return { date, precision: "month", note: `“${text}” read as ${formatUkMonth(date)}, as the column's other dates are months and years` };
  }
  const found = chrono.en.GB.parse(text, new Date(Date.UTC(2000, 0, 1)));
  const only = found.length === 1 ? found[0]! : undefined;
  if (!only || only.text.length < text.replace(/[.,;]+$/, "").length) return { reason: `“${text}” is not a date this import can read` };
  if (!only.start.isCertain("year")) return { reason: `“${text}” has no year` };
  if (only.end) return { reason: `“${text}” holds a range of dates` };
  return dayOrMonth(only.start, side);
}

function dayOrMonth(start: chrono.ParsedComponents, side: DateSide): One {
  const year = start.get("year")!;
  const month = start.get("month")! - 1;
  if (start.isCertain("day")) return { date: new Date(Date.UTC(year, month, start.get("day")!)), precision: "day" };
  return { date: side === "start" ? new Date(Date.UTC(year, month, 1)) : new Date(Date.UTC(year, month + 1, 0)), precision: "month" };
}

/** Several dates in one cell: each month-and-year, or each date chrono finds, when nothing else is there. */
function readSeveral(text: string, side: DateSide): { dates: Date[]; precision: "day" | "month" } | null {
  const tokens = [...text.matchAll(MONTH_YEAR_ANYWHERE)];
  if (tokens.length >= 2 && BETWEEN_DATES.test(text.replace(MONTH_YEAR_ANYWHERE, " "))) return { dates: tokens.map((t) => monthDate(t[1]!, t[2]!, side)), precision: "month" };
  const parts = chrono.en.GB.parse(text, new Date(Date.UTC(2000, 0, 1)));
  if (parts.length < 2 && !parts[0]?.end) return null;
  let rest = text;
  const dates: Date[] = [];
  let precision: "day" | "month" = "month";
  for (const part of parts) {
    for (const end of part.end ? [part.start, part.end] : [part.start]) {
      if (!end.isCertain("year")) return null;
      const one = dayOrMonth(end, side);
      if (!("date" in one)) return null;
      dates.push(one.date);
      if (one.precision === "day") precision = "day";
    }
    rest = rest.replace(part.text, " ");
  }
  return BETWEEN_DATES.test(rest) ? { dates, precision } : null;
}

const spoken = (date: Date, precision: "day" | "month") => (precision === "month" ? formatUkMonth(date) : formatUkDate(date));

/**
 * A date cell. `side` says which day a month-and-year stands for; where a
 * cell holds two dates, a start takes the earlier and a due date the later,
 * and the reading says which it took. `monthYearColumn` (see
 * `isMonthYearColumn`) lets "24-Apr" be April 2024. An XLSX date cell is a
 * date, whatever its format.
 */
export function readDateCell(cell: string | Date | null | undefined, side: DateSide, monthYearColumn = false): DateReading {
  if (cell instanceof Date) {
    if (Number.isNaN(cell.getTime())) return { kind: "unreadable", text: "", reason: "the spreadsheet's date cell holds no date" };
    return { kind: "date", date: new Date(Date.UTC(cell.getUTCFullYear(), cell.getUTCMonth(), cell.getUTCDate())), precision: "day", notes: [] };
  }
  const { text: cleaned, doubled } = cleanCell(cell);
  if (!cleaned) return { kind: "blank" };
  if (NOT_YET.test(cleaned)) return { kind: "unconfirmed", text: cleaned };
  const text = tidied(cleaned);
  const notes = doubled ? [`“${cleaned}” was written twice; read once`] : [];
  const one = readOne(text, side, monthYearColumn);
  if ("date" in one) return { kind: "date", date: one.date, precision: one.precision, notes: one.note ? [...notes, one.note] : notes };
  const several = readSeveral(text, side);
  if (several) {
    const { precision } = several;
    const sorted = [...new Set(several.dates.map((d) => d.getTime()))].sort((a, b) => a - b).map((t) => new Date(t));
    const took = side === "start" ? sorted[0]! : sorted.at(-1)!;
    if (sorted.length === 1) return { kind: "date", date: took, precision, notes: [...notes, `“${cleaned}” holds the same date twice; read once`] };
    return {
      kind: "date",
      date: took,
      precision,
      notes: [...notes, `“${cleaned}” holds ${sorted.length} dates: took ${spoken(took, precision)}, the ${side === "start" ? "earliest" : "latest"}`],
    };
  }
  return { kind: "unreadable", text: cleaned, reason: one.reason };
}

/**
 * Whether a column writes its dates as months and years: most of its cells
 * that hold a date do ("Feb-23", "August 2024"). In such a column "24-Apr" is
 * April 2024, the way Excel shows a month-year cell typed year first.
 */
export function isMonthYearColumn(cells: readonly (string | Date | null | undefined)[]): boolean {
  let monthYears = 0;
  let dated = 0;
  for (const cell of cells) {
    if (cell instanceof Date) {
      dated++;
      continue;
    }
    const { text } = cleanCell(cell);
    if (!text || NOT_YET.test(text)) continue;
    dated++;
    if (MONTH_YEAR.test(text) || text.split(" ").every((word) => MONTH_YEAR.test(word))) monthYears++;
  }
  return dated > 0 && monthYears * 2 > dated;
}
