import { z } from "zod";
import { parsePeriod, parseValue } from "./import";

export const kpiValueSchema = z.object({
  kpiId: z.string().min(1).max(40),
  period: z
    .string({ error: "Enter the month the value is for." })
    .trim()
    .min(1, "Enter the month the value is for.")
    .transform((text, ctx) => {
      const period = parsePeriod(text);
      if (!period) {
        ctx.addIssue({ code: "custom", message: "Enter a month like “Jun 2025” or “2025-06”." });
        return z.NEVER;
      }
      return period;
    }),
  value: z
    .string({ error: "Enter the value." })
    .trim()
    .min(1, "Enter the value.")
    .transform((text, ctx) => {
      const value = parseValue(text);
      if (value === null) {
        ctx.addIssue({ code: "custom", message: "Enter a number, for example 45.2." });
        return z.NEVER;
      }
      return value;
    }),
  note: z.string().trim().max(1000, "Keep the note under 1,000 characters.").optional(),
});
export type KpiValueInput = z.infer<typeof kpiValueSchema>;

export const kpiImportSchema = z.object({
  kpiId: z.string().min(1).max(40),
  data: z.string({ error: "Paste two columns: month and value." }).trim().min(1, "Paste two columns: month and value.").max(200_000, "That is too much to paste at once."),
  confirm: z.enum(["1"]).optional(),
});
export type KpiImportInput = z.infer<typeof kpiImportSchema>;
