// Bulk KPI values: two columns pasted from a spreadsheet, or a CSV file.
// Pure: parses and reports every problem per row; saving is separate.
import Papa from "papaparse";
import { isValid, parse } from "date-fns";
import type { KpiUnit } from "@/lib/generated/prisma/enums";
import { parseNumber } from "@/lib/numbers/parse";
import { FIRST_YEAR, LAST_YEAR, unitProblem } from "./bounds";

const PERIOD_FORMATS = ["yyyy-MM-dd", "yyyy-MM", "MMM yyyy", "MMMM yyyy", "MMM-yy", "MMM-yyyy", "MMMM-yy", "MM/yyyy", "dd/MM/yyyy", "d/M/yyyy", "yyyy/MM"];

/** A reporting month from the ways spreadsheets write one ("Jun 2025", "2025-06", "Feb-23", "01/06/2025"); null if none fits. */
export function parsePeriod(text: string): Date | null {
  const cleaned = text.trim().replace(/\s+/g, " ").replace(/(\d)(st|nd|rd|th)\b/gi, "$1");
  if (!cleaned) return null;
  for (const format of PERIOD_FORMATS) {
    const parsed = parse(cleaned, format, new Date(2000, 0, 1));
    // Round-trip on the year guards against "Jun 20251" style junk being half-read.
    if (isValid(parsed) && parsed.getFullYear() >= FIRST_YEAR && parsed.getFullYear() <= LAST_YEAR) {
      return new Date(Date.UTC(parsed.getFullYear(), parsed.getMonth(), 1));
    }
  }
  return null;
}

/** A number as people type it: "45.2%", "1,530", " 69 " (lib/numbers/parse.ts); null if it is not one. */
export function parseValue(text: string): number | null {
  const parsed = parseNumber(text);
  return parsed.ok ? parsed.value : null;
}

/** A month that has not started yet cannot have a value. */
export function futurePeriod(period: Date, today: Date): boolean {
  return period.getTime() > today.getTime();
}

export type ImportRow = {
  line: number;
  periodText: string;
  valueText: string;
  note?: string;
  period: Date | null;
  value: number | null;
  errors: string[];
};

export type ParsedImport = { rows: ImportRow[]; valid: { period: Date; value: number; note?: string }[]; errorCount: number };

/** Every row's problems: the month (readable, not in the future), the value (a number the KPI's unit allows), duplicates. */
export function parseKpiValues(text: string, context: { today: Date; unit?: KpiUnit }): ParsedImport {
  // Pasted from a spreadsheet the columns are tab-separated, and a comma inside a value ("1,530") is a thousands separator.
  const result = Papa.parse<string[]>(text.trim(), { skipEmptyLines: "greedy", delimiter: text.includes("\t") ? "\t" : "" });
  const rows: ImportRow[] = [];
  const seen = new Map<number, number>();
  result.data.forEach((cells, index) => {
    const [periodText = "", valueText = "", note] = cells.map((c) => String(c ?? "").trim());
    // A header row ("Period, Value") is allowed on the first line only.
    if (index === 0 && parsePeriod(periodText) === null && parseValue(valueText) === null && /period|month|date/i.test(periodText)) return;
    const period = parsePeriod(periodText);
    const number = parseNumber(valueText);
    const value = number.ok ? number.value : null;
    const errors: string[] = [];
    if (!periodText) errors.push("The period is missing.");
    else if (!period) errors.push(`“${periodText}” is not a month we can read. Write it like “Jun 2025” or “2025-06”, between ${FIRST_YEAR} and ${LAST_YEAR}.`);
    else if (futurePeriod(period, context.today)) errors.push(`${periodText} has not started yet: a value can only be entered for a month that has begun.`);
    if (!valueText) errors.push("The value is missing.");
    else if (!number.ok) errors.push(number.message);
    else if (context.unit && unitProblem(context.unit, number.value)) errors.push(unitProblem(context.unit, number.value)!);
    if (period) {
      const first = seen.get(period.getTime());
      if (first !== undefined) errors.push(`Duplicate period: line ${first} has the same month.`);
      else seen.set(period.getTime(), index + 1);
    }
    rows.push({ line: index + 1, periodText, valueText, note: note || undefined, period, value, errors });
  });
  const valid = rows.filter((r) => r.errors.length === 0).map((r) => ({ period: r.period!, value: r.value!, note: r.note }));
  return { rows, valid, errorCount: rows.filter((r) => r.errors.length > 0).length };
}
