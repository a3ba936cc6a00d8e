// Schemas shared by the plan's forms and server actions (STYLE rule 6).
import { z } from "zod";
import { today } from "@/lib/clock";
import { parseIsoDate } from "@/lib/dates/format";

/** Dates outside these years are typing slips (1900 for 2025, 2205 for 2025): refused, never saved. */
export const FIRST_YEAR = 2000;
export const LAST_YEAR = 2100;

export const STATUS_VALUES = ["COMPLETE", "ON_TRACK", "AT_RISK", "OFF_TRACK", "NOT_DUE"] as const;
export const EVIDENCE_KINDS = ["DATA", "FEEDBACK", "DOCUMENT", "CASE_STUDY"] as const;

export const EVIDENCE_KIND_LABELS: Record<(typeof EVIDENCE_KINDS)[number], string> = {
  DATA: "Data",
  FEEDBACK: "Feedback from families or young people",
  DOCUMENT: "Document",
  CASE_STUDY: "Case study",
};

/**
 * A yyyy-mm-dd date from an <input type="date">, as a UTC date, between 2000
 * and 2100; with `notFuture`, also not after today (evidence, baselines).
 */
export const isoDate = (message = "Enter a real date, for example 31 March 2026.", options: { notFuture?: string } = {}) =>
  z
    .string({ error: message })
    .regex(/^\d{4}-\d{2}-\d{2}$/, message)
    .refine((value) => {
      try {
        parseIsoDate(value);
        return true;
      } catch {
        return false;
      }
    }, message)
    .transform((value) => parseIsoDate(value))
    .refine((date) => date.getUTCFullYear() >= FIRST_YEAR && date.getUTCFullYear() <= LAST_YEAR, `Enter a date between ${FIRST_YEAR} and ${LAST_YEAR}.`)
    .refine((date) => !options.notFuture || date.getTime() <= today().getTime(), options.notFuture ?? "");

const id = z.string({ error: "Missing item." }).min(1, "Missing item.").max(40);
const version = z.coerce.number({ error: "Reload the page and try again." }).int().min(1);

const evidenceFields = {
  evidenceTitle: z.string().trim().max(200, "Keep the title under 200 characters.").optional(),
  evidenceKind: z.enum(EVIDENCE_KINDS, { error: "Choose what kind of evidence this is." }).optional(),
  evidenceDate: isoDate(undefined, { notFuture: "Evidence cannot be dated in the future: give the date it was produced." }).optional(),
  evidenceUrl: z
    .url({ protocol: /^https?$/, error: "Enter a full web address starting https://" })
    .max(2000)
    .optional(),
  evidenceText: z.string().trim().max(4000, "Keep the evidence under 4,000 characters.").optional(),
};

/** Evidence is optional, but once any of it is given it needs a title and a kind. */
function evidenceComplete(value: { evidenceTitle?: string; evidenceKind?: string; evidenceUrl?: string; evidenceText?: string; evidenceDate?: Date }, ctx: z.RefinementCtx) {
  const given = value.evidenceTitle || value.evidenceUrl || value.evidenceText || value.evidenceDate || value.evidenceKind;
  if (!given) return;
  if (!value.evidenceTitle) ctx.addIssue({ code: "custom", path: ["evidenceTitle"], message: "Give the evidence a title." });
  if (!value.evidenceKind) ctx.addIssue({ code: "custom", path: ["evidenceKind"], message: "Choose what kind of evidence this is." });
  if (!value.evidenceUrl && !value.evidenceText) ctx.addIssue({ code: "custom", path: ["evidenceText"], message: "Add a link or describe the evidence." });
}

export const statusUpdateSchema = z
  .object({
    actionId: id,
    version,
    status: z.enum(STATUS_VALUES, { error: "Choose a status." }),
    commentary: z
      .string({ error: "Say why the action has this status." })
      .trim()
      .min(1, "Say why the action has this status.")
      .max(4000, "Keep the commentary under 4,000 characters."),
    ...evidenceFields,
  })
  .superRefine(evidenceComplete);
export type StatusUpdateInput = z.infer<typeof statusUpdateSchema>;

export const occurrenceOutcomeSchema = z.object({
  occurrenceId: id,
  version,
  outcome: z.enum(["MET", "MISSED"], { error: "Choose met or missed." }),
  note: z.string({ error: "Say what shows it was met, or why it was missed." }).trim().min(1, "Say what shows it was met, or why it was missed.").max(4000),
  evidenceUrl: evidenceFields.evidenceUrl,
});
export type OccurrenceOutcomeInput = z.infer<typeof occurrenceOutcomeSchema>;

/**
 * The programme office corrects a mistyped due date (of the action, or of one
 * of its one-off milestones). Not a change request: the plan did not change,
 * its record was wrong. The reason shows in the action's history.
 */
export const correctDueDateSchema = z.object({
  actionId: id,
  version,
  milestoneId: z.string().min(1).max(40).optional(),
  dueDate: isoDate("Enter the correct due date, for example 31 March 2026."),
  reason: z.string({ error: "Say what was wrong with the date." }).trim().min(1, "Say what was wrong with the date.").max(1000, "Keep the reason under 1,000 characters."),
});
export type CorrectDueDateInput = z.infer<typeof correctDueDateSchema>;
