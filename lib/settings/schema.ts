// Schemas shared by the settings page's forms and their server actions (STYLE rule 6).
// Each section of the page is a form of its own with a version of its own, so
// a stale edit of one section never blocks another.
import { z } from "zod";
import type { Status } from "@/lib/generated/prisma/enums";
import { DEFAULT_STATUS_LABELS, STATUSES } from "@/lib/plan/status";
import { LABEL_MAX, repeatedLabels, rhythmMessage, RHYTHM, type RhythmField } from "./compute";

/** The partnership the form was shown for: compared with the member's own, never used to choose one. */
const partnershipId = z.string({ error: "Missing item." }).min(1, "Missing item.").max(40);
const version = z.coerce.number({ error: "Reload the page and try again." }).int().min(1);

export const partnershipSettingsSchema = z.object({
  partnershipId,
  version,
  /** A checkbox: sent only when ticked. */
  advisorDashboardAccess: z
    .string()
    .optional()
    .transform((value) => value === "on"),
});
export type PartnershipSettingsInput = z.infer<typeof partnershipSettingsSchema>;

/**
 * The public page's switch. No version column of its own: the form carries
 * the state it showed, and a save from a form showing a state since changed
 * (another admin switched it) changes nothing.
 */
export const publicPageSettingsSchema = z.object({
  partnershipId,
  shownEnabled: z.enum(["on", "off"], { error: "Reload the page and try again." }).transform((value) => value === "on"),
  /** A checkbox: sent only when ticked. */
  publicPageEnabled: z
    .string()
    .optional()
    .transform((value) => value === "on"),
});
export type PublicPageSettingsInput = z.infer<typeof publicPageSettingsSchema>;

export const NAME_MAX = 120;
const EMAIL_MAX = 254;

export const partnershipDetailsSchema = z.object({
  partnershipId,
  version,
  name: z
    .string({ error: "Give the partnership’s name." })
    .trim()
    .min(1, "Give the partnership’s name.")
    .max(NAME_MAX, `Keep the name to ${NAME_MAX} characters.`)
    .transform((name) => name.replace(/\s+/g, " ")),
  /** Optional: blank removes it. */
  contactEmail: z
    .string()
    .trim()
    .max(EMAIL_MAX, `Keep the email address to ${EMAIL_MAX} characters.`)
    .pipe(z.email("Enter an email address like send.office@council.gov.uk."))
    .optional()
    .transform((email) => email ?? null),
});
export type PartnershipDetailsInput = z.infer<typeof partnershipDetailsSchema>;

const label = z
  .string({ error: "Give this status a label." })
  .trim()
  .min(1, "Give this status a label.")
  .max(LABEL_MAX, `Keep the label to ${LABEL_MAX} characters, so it fits a badge and a table.`)
  .transform((text) => text.replace(/\s+/g, " "));

/** The five labels, one field each, named by the state (COMPLETE, ON_TRACK…); no two alike. */
export const statusLabelsSchema = z
  .object({ partnershipId, version, ...(Object.fromEntries(STATUSES.map((status) => [status, label])) as Record<Status, typeof label>) })
  .superRefine((labels, ctx) => {
    for (const [status, message] of Object.entries(repeatedLabels(labels))) ctx.addIssue({ code: "custom", path: [status], message });
  });
export type StatusLabelsInput = z.infer<typeof statusLabelsSchema>;

/** "Reset to the standard labels": the version of the labels the form was shown with, and the standard labels to save. */
export const resetStatusLabelsSchema = z.object({ partnershipId, version }).transform((input): StatusLabelsInput => ({ ...input, ...DEFAULT_STATUS_LABELS }));

/** A whole number within the field's bounds, typed as digits ("28", not "28.5" or "4 weeks"). */
const rhythmValue = (field: RhythmField) =>
  z
    .string({ error: rhythmMessage(field) })
    .trim()
    .regex(/^\d{1,3}$/, rhythmMessage(field))
    .transform(Number)
    .pipe(z.number().min(RHYTHM[field].min, rhythmMessage(field)).max(RHYTHM[field].max, rhythmMessage(field)));

export const reportingRhythmSchema = z.object({
  partnershipId,
  version,
  reportingCadenceDays: rhythmValue("reportingCadenceDays"),
  staleGraceDays: rhythmValue("staleGraceDays"),
  milestoneWarningDays: rhythmValue("milestoneWarningDays"),
  highlightReportDueDay: rhythmValue("highlightReportDueDay"),
});
export type ReportingRhythmInput = z.infer<typeof reportingRhythmSchema>;
