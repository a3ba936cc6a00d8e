import { z } from "zod";
import { today } from "@/lib/clock";
import { KPI_UNITS } from "./labels";
import { FIRST_YEAR, LAST_YEAR, unitProblem } from "./bounds";
import { futurePeriod, parsePeriod } from "./import";
import { parseNumber } from "@/lib/numbers/parse";

const month = z
  .string({ error: "Enter the month the value is for." })
  .trim()
  .min(1, "Enter the month the value is for.")
  .max(40, "Enter a month like “Jun 2025” or “2025-06”.")
  .transform((text, ctx) => {
    const period = parsePeriod(text);
    if (!period) {
      ctx.addIssue({ code: "custom", message: `Enter a month like “Jun 2025” or “2025-06”, between ${FIRST_YEAR} and ${LAST_YEAR}.` });
      return z.NEVER;
    }
    if (futurePeriod(period, today())) {
      ctx.addIssue({ code: "custom", message: "That month has not started yet: enter values for months that have begun." });
      return z.NEVER;
    }
    return period;
  });

const figure = (missing: string) =>
  z
    .string({ error: missing })
    .trim()
    .min(1, missing)
    .max(1000, "That is too long to be a number.")
    .transform((text, ctx) => {
      const parsed = parseNumber(text);
      if (!parsed.ok) {
        ctx.addIssue({ code: "custom", message: parsed.message });
        return z.NEVER;
      }
      return parsed.value;
    });

/** The KPI's unit travels with the form so the message sits by the field; the server checks it again against the KPI itself. */
const unit = z.enum(KPI_UNITS).optional();

function valueFitsUnit(input: { unit?: (typeof KPI_UNITS)[number]; value?: number }, ctx: z.RefinementCtx) {
  const problem = input.unit && input.value !== undefined ? unitProblem(input.unit, input.value) : null;
  if (problem) ctx.addIssue({ code: "custom", path: ["value"], message: problem });
}

const reason = z.string().trim().max(1000, "Keep the reason under 1,000 characters.").optional();

export const kpiValueSchema = z
  .object({
    kpiId: z.string().min(1).max(40),
    unit,
    period: month,
    value: figure("Enter the value."),
    note: z.string().trim().max(1000, "Keep the note under 1,000 characters.").optional(),
    /** Needed only when the month already has a value: the entry is then a correction. */
    reason,
  })
  .superRefine(valueFitsUnit);
export type KpiValueInput = z.infer<typeof kpiValueSchema>;

export const kpiImportSchema = z.object({
  kpiId: z.string().min(1).max(40),
  unit,
  data: z.string({ error: "Paste two columns: month and value." }).trim().min(1, "Paste two columns: month and value.").max(200_000, "That is too much to paste at once."),
  /** Needed only when rows replace values already entered. */
  reason,
  confirm: z.enum(["1"]).optional(),
});
export type KpiImportInput = z.infer<typeof kpiImportSchema>;

/** Correct a value (a new figure) or remove it, always with a reason kept in the KPI's history. */
export const correctKpiValueSchema = z
  .object({
    kpiId: z.string().min(1).max(40),
    unit,
    /** The month of the value, as stored (yyyy-mm-dd). */
    period: z
      .string()
      .regex(/^\d{4}-\d{2}-01$/, "Missing month.")
      .transform((text) => new Date(`${text}T00:00:00Z`)),
    op: z.enum(["correct", "remove"], { error: "Choose whether to correct the value or remove it." }),
    value: z.string().optional(),
    reason: z
      .string({ error: "Say why the value is being corrected or removed." })
      .trim()
      .min(1, "Say why the value is being corrected or removed.")
      .max(1000, "Keep the reason under 1,000 characters."),
  })
  .transform((input, ctx) => {
    let value: number | undefined;
    if (input.op === "correct") {
      const parsed = input.value?.trim() ? parseNumber(input.value) : ({ ok: false, message: "Enter the corrected value." } as const);
      if (!parsed.ok) {
        ctx.addIssue({ code: "custom", path: ["value"], message: parsed.message });
        return z.NEVER;
      }
      value = parsed.value;
      const problem = input.unit ? unitProblem(input.unit, value) : null;
      if (problem) {
        ctx.addIssue({ code: "custom", path: ["value"], message: problem });
        return z.NEVER;
      }
    }
    return { kpiId: input.kpiId, unit: input.unit, period: input.period, value, reason: input.reason };
  });
export type CorrectKpiValueInput = z.infer<typeof correctKpiValueSchema>;

/** A KPI shown on the public page, or taken off it. */
export const setKpiPublicSchema = z.object({
  kpiId: z.string({ error: "Missing item." }).trim().min(1, "Missing item.").max(40),
  show: z.enum(["yes", "no"], { error: "Choose to show it or take it off." }).transform((show) => show === "yes"),
});
export type SetKpiPublicInput = z.infer<typeof setKpiPublicSchema>;
