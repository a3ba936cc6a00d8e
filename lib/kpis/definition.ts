// A KPI's definition as the programme office types it: the fields of DESIGN
// §2 plus two small tables pasted or typed one row per line — interim
// targets ("31 Mar 2026, 85") and benchmarks ("Jun 2025, 50.3, 48.1, 47").
// Pure: parsing and validation only.
import Papa from "papaparse";
import { isValid, parse } from "date-fns";
import { z } from "zod";
import { today } from "@/lib/clock";
import type { BenchmarkKind, KpiUnit } from "@/lib/generated/prisma/enums";
import { isoDate } from "@/lib/plan/schema";
import { parseNumber } from "@/lib/numbers/parse";
import { FIRST_YEAR, LAST_YEAR, unitProblem } from "./bounds";
import { parsePeriod } from "./import";
import { BENCHMARK_COLUMNS, KPI_DIRECTIONS, KPI_FREQUENCIES, KPI_UNITS } from "./labels";

const parseValue = (text: string) => {
  const parsed = parseNumber(text);
  return parsed.ok ? parsed.value : null;
};
const numberMessage = (text: string) => {
  const parsed = parseNumber(text);
  return parsed.ok ? null : parsed.message;
};

const DATE_FORMATS = ["yyyy-MM-dd", "d MMM yyyy", "d MMMM yyyy", "dd/MM/yyyy", "d/M/yyyy", "d-MMM-yyyy", "d-MMM-yy"];

/** A calendar date as people write one ("31 Mar 2026", "31/03/2026", "2026-03-31"); null if none fits. */
export function parseDay(text: string): Date | null {
  const cleaned = text
    .trim()
    .replace(/\s+/g, " ")
    .replace(/(\d)(st|nd|rd|th)\b/gi, "$1");
  for (const format of DATE_FORMATS) {
    const parsed = parse(cleaned, format, new Date(2000, 0, 1));
    if (isValid(parsed) && parsed.getFullYear() >= FIRST_YEAR && parsed.getFullYear() <= LAST_YEAR) {
      return new Date(Date.UTC(parsed.getFullYear(), parsed.getMonth(), parsed.getDate()));
    }
  }
  return null;
}

function tableRows(text: string): string[][] {
  const result = Papa.parse<string[]>(text.trim(), { skipEmptyLines: "greedy", delimitersToGuess: ["\t", ",", ";"] });
  return result.data.map((row) => row.map((cell) => cell.trim()));
}

const isHeader = (cell: string | undefined) => !!cell && /^(date|month|period)$/i.test(cell);

export type TrajectoryPoint = { date: Date; value: number };
export type BenchmarkPoint = { kind: BenchmarkKind; period: Date; value: number };

/** "date, value" per line → points, or the problems line by line. */
export function parseTrajectory(text: string): { points: TrajectoryPoint[]; errors: string[] } {
  const points: TrajectoryPoint[] = [];
  const errors: string[] = [];
  tableRows(text).forEach((row, index) => {
    if (index === 0 && isHeader(row[0])) return;
    const line = index + 1;
    const date = parseDay(row[0] ?? "");
    const value = parseValue(row[1] ?? "");
    if (!date) errors.push(`Line ${line}: “${row[0] ?? ""}” is not a date between ${FIRST_YEAR} and ${LAST_YEAR}; write it like 31 Mar 2026.`);
    if (value === null) errors.push(`Line ${line}: ${numberMessage(row[1] ?? "")}`);
    if (row.length > 2 && row.slice(2).some(Boolean)) errors.push(`Line ${line}: give just a date and a value.`);
    if (date && value !== null) {
      if (points.some((p) => p.date.getTime() === date.getTime())) errors.push(`Line ${line}: that date is already given on an earlier line.`);
      else points.push({ date, value });
    }
  });
  return { points: points.sort((a, b) => a.date.getTime() - b.date.getTime()), errors };
}

/** "month, national, regional, statistical neighbours" per line (blank where not published) → points. */
export function parseBenchmarks(text: string): { points: BenchmarkPoint[]; errors: string[] } {
  const points: BenchmarkPoint[] = [];
  const errors: string[] = [];
  const seen = new Set<number>();
  tableRows(text).forEach((row, index) => {
    if (index === 0 && isHeader(row[0])) return;
    const line = index + 1;
    const period = parsePeriod(row[0] ?? "");
    if (!period) {
      errors.push(`Line ${line}: “${row[0] ?? ""}” is not a month between ${FIRST_YEAR} and ${LAST_YEAR}; write it like Jun 2025.`);
      return;
    }
    if (seen.has(period.getTime())) {
      errors.push(`Line ${line}: that month is already given on an earlier line.`);
      return;
    }
    seen.add(period.getTime());
    if (row.length > 4) errors.push(`Line ${line}: give at most three benchmarks: national, regional, statistical neighbours.`);
    const cells = row.slice(1, 4);
    if (!cells.some(Boolean)) errors.push(`Line ${line}: give at least one benchmark value.`);
    cells.forEach((cell, column) => {
      if (!cell) return;
      const value = parseValue(cell);
      if (value === null) errors.push(`Line ${line}: ${numberMessage(cell)}`);
      else points.push({ kind: BENCHMARK_COLUMNS[column]!, period, value });
    });
  });
  return { points, errors };
}

const required = (message: string, max: number) =>
  z
    .string({ error: message })
    .trim()
    .min(1, message)
    .max(max, `Keep this under ${max.toLocaleString("en-GB")} characters.`);
const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, `Keep this under ${max.toLocaleString("en-GB")} characters.`)
    .optional();
const optionalNumber = (message: string) =>
  z
    .string()
    .optional()
    .transform((text, ctx) => {
      if (text === undefined || text.trim() === "") return undefined;
      const parsed = parseNumber(text);
      if (!parsed.ok) {
        ctx.addIssue({ code: "custom", message: `${message} ${parsed.message}` });
        return z.NEVER;
      }
      return parsed.value;
    });
const table = <T>(parseTable: (text: string) => { points: T[]; errors: string[] }) =>
  z
    .string()
    .max(20_000, "That is too much for one table.")
    .optional()
    .transform((text, ctx) => {
      const parsed = parseTable(text ?? "");
      if (parsed.errors.length) {
        ctx.addIssue({ code: "custom", message: parsed.errors.slice(0, 5).join(" ") + (parsed.errors.length > 5 ? ` …and ${parsed.errors.length - 5} more.` : "") });
        return z.NEVER;
      }
      return parsed.points;
    });

const definitionFields = {
  code: z
    .string({ error: "Give a code, for example K01." })
    .trim()
    .min(1, "Give a code, for example K01.")
    .max(20, "Keep the code to 20 characters or fewer.")
    .regex(/^[A-Za-z0-9]+(?:[.-][A-Za-z0-9]+)*$/, "Use letters and numbers, for example K01 or PIA4.2."),
  name: required("Give the KPI a name.", 300),
  definition: required("Say exactly what is counted, so that two people would get the same number.", 4000),
  unit: z.enum(KPI_UNITS, { error: "Choose the unit." }),
  direction: z.enum(KPI_DIRECTIONS, { error: "Choose whether higher or lower is better." }),
  frequency: z.enum(KPI_FREQUENCIES, { error: "Choose how often it is reported." }),
  ownerMembershipId: z.string().max(40).optional(),
  ownerRole: optionalText(300),
  dataSource: optionalText(500),
  baselineValue: optionalNumber("Enter the baseline as a number, for example 46."),
  baselineDate: isoDate("Enter the date of the baseline, for example 31 March 2025.", {
    notFuture: "The baseline is a measured value: its date cannot be in the future.",
  }).optional(),
  targetValue: optionalNumber("Enter the target as a number, for example 90."),
  targetDate: isoDate().optional(),
  tolerance: z
    .string()
    .optional()
    .transform((text, ctx) => {
      const value = text === undefined || text.trim() === "" ? 0 : parseValue(text);
      if (value === null || value < 0) {
        ctx.addIssue({ code: "custom", message: "Enter the tolerance as a number of zero or more, in the KPI's unit." });
        return z.NEVER;
      }
      return value;
    }),
  /** Comma-separated ids from the area checkboxes. */
  areaIds: z
    .string({ error: "Choose at least one priority area this KPI evidences." })
    .transform((text) => [
      ...new Set(
        text
          .split(",")
          .map((s) => s.trim())
          .filter(Boolean),
      ),
    ])
    .refine((ids) => ids.length > 0, "Choose at least one priority area this KPI evidences.")
    .refine((ids) => ids.length <= 30, "Choose at most 30 areas."),
  /** Action codes, as people quote them: "1.1a, 2.3b". */
  actionCodes: z
    .string()
    .max(2000, "Keep this under 2,000 characters.")
    .optional()
    .transform((text) => [
      ...new Set(
        (text ?? "")
          .split(/[\s,;]+/)
          .map((s) => s.trim())
          .filter(Boolean),
      ),
    ])
    .refine((codes) => codes.length <= 50, "Link at most 50 actions."),
  trajectory: table(parseTrajectory),
  benchmarks: table(parseBenchmarks),
};

type Pairs = {
  unit: KpiUnit;
  baselineValue?: number;
  baselineDate?: Date;
  targetValue?: number;
  targetDate?: Date;
  tolerance: number;
  trajectory: TrajectoryPoint[];
  benchmarks: BenchmarkPoint[];
};

/** A value without its date (or the other way round) cannot be charted or judged. */
function pairs(value: Pairs, ctx: z.RefinementCtx) {
  if ((value.baselineValue === undefined) !== (value.baselineDate === undefined)) {
    ctx.addIssue({
      code: "custom",
      path: [value.baselineValue === undefined ? "baselineValue" : "baselineDate"],
      message: "Give the baseline's value and its date together, or neither.",
    });
  }
  if ((value.targetValue === undefined) !== (value.targetDate === undefined)) {
    ctx.addIssue({
      code: "custom",
      path: [value.targetValue === undefined ? "targetValue" : "targetDate"],
      message: "Give the target's value and the date it is due together, or neither.",
    });
  }
  if (value.baselineDate && value.targetDate && value.targetDate.getTime() <= value.baselineDate.getTime()) {
    ctx.addIssue({ code: "custom", path: ["targetDate"], message: "The target date must be after the baseline date." });
  }
  // Every figure of the definition fits the KPI's unit: a percentage within 0–100, a count whole, nothing negative.
  const check = (field: string, figure: number | undefined, what = "") => {
    const problem = figure === undefined ? null : unitProblem(value.unit, figure);
    if (problem) ctx.addIssue({ code: "custom", path: [field], message: `${what}${problem}` });
  };
  check("baselineValue", value.baselineValue);
  check("targetValue", value.targetValue);
  if (value.unit === "PERCENT" && value.tolerance > 100) ctx.addIssue({ code: "custom", path: ["tolerance"], message: "A tolerance in percentage points is at most 100." });
  const badPoint = value.trajectory.find((p) => unitProblem(value.unit, p.value));
  if (badPoint) check("trajectory", badPoint.value, `${badPoint.value}: `);
  const badBenchmark = value.benchmarks.find((b) => unitProblem(value.unit, b.value));
  if (badBenchmark) check("benchmarks", badBenchmark.value, `${badBenchmark.value}: `);
  const futureBenchmark = value.benchmarks.find((b) => b.period.getTime() > today().getTime());
  if (futureBenchmark) ctx.addIssue({ code: "custom", path: ["benchmarks"], message: "A benchmark is a published figure: its month cannot be in the future." });
}

export const createKpiSchema = z.object(definitionFields).superRefine(pairs);
export type KpiDefinitionInput = z.infer<typeof createKpiSchema>;

export const updateKpiSchema = z
  .object({
    id: z.string({ error: "Missing KPI." }).min(1).max(40),
    version: z.coerce.number({ error: "Reload the page and try again." }).int().min(1),
    ...definitionFields,
  })
  .superRefine(pairs);
export type UpdateKpiInput = z.infer<typeof updateKpiSchema>;

/** Archive (archived=1) or restore (archived=0) a KPI. */
export const archiveKpiSchema = z.object({
  id: z.string({ error: "Missing KPI." }).min(1).max(40),
  version: z.coerce.number({ error: "Reload the page and try again." }).int().min(1),
  archived: z.enum(["1", "0"]).transform((v) => v === "1"),
});
export type ArchiveKpiInput = z.infer<typeof archiveKpiSchema>;
