// Bulk KPI values: two columns pasted from a spreadsheet, or a CSV file.
// Pure: parses and reports every problem per row; saving is separate.
import Papa from "papaparse";
import { isValid, parse } from "date-fns";

const PERIOD_FORMATS = ["yyyy-MM-dd", "yyyy-MM", "MMM yyyy", "MMMM yyyy", "MMM-yy", "MMM-yyyy", "MMMM-yy", "MM/yyyy", "dd/MM/yyyy", "d/M/yyyy", "yyyy/MM"];

/** A reporting month from the ways spreadsheets write one ("Jun 2025", "2025-06", "Feb-23", "01/06/2025"); null if none fits. */
export function parsePeriod(text: string): Date | null {
  const cleaned = text.trim().replace(/\s+/g, " ").replace(/(\d)(st|nd|rd|th)\b/gi, "$1");
  if (!cleaned) return null;
  for (const format of PERIOD_FORMATS) {
    const parsed = parse(cleaned, format, new Date(2000, 0, 1));
    // Round-trip on the year guards against "Jun 20251" style junk being half-read.
    if (isValid(parsed) && parsed.getFullYear() >= 1990 && parsed.getFullYear() <= 2100) {
      return new Date(Date.UTC(parsed.getFullYear(), parsed.getMonth(), 1));
    }
  }
  return null;
}

/** A number as people type it: "45.2%", "1,530", " 69 ". */
export function parseValue(text: string): number | null {
  const cleaned = text.trim().replace(/[,%\s]/g, "");
  if (!/^-?\d+(\.\d+)?$/.test(cleaned)) return null;
  return Number(cleaned);
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

export function parseKpiValues(text: string): ParsedImport {
  const result = Papa.parse<string[]>(text.trim(), { skipEmptyLines: "greedy", delimiter: "" });
  const rows: ImportRow[] = [];
  const seen = new Map<number, number>();
  result.data.forEach((cells, index) => {
    const [periodText = "", valueText = "", note] = cells.map((c) => String(c ?? "").trim());
    // A header row ("Period, Value") is allowed on the first line only.
    if (index === 0 && parsePeriod(periodText) === null && parseValue(valueText) === null && /period|month|date/i.test(periodText)) return;
    const period = parsePeriod(periodText);
    const value = parseValue(valueText);
    const errors: string[] = [];
    if (!periodText) errors.push("The period is missing.");
    else if (!period) errors.push(`“${periodText}” is not a month we can read. Write it like “Jun 2025” or “2025-06”.`);
    if (!valueText) errors.push("The value is missing.");
    else if (value === null) errors.push(`“${valueText}” is not a number.`);
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
