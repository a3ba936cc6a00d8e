// Schemas shared by the stocktake forms and their server actions (STYLE rule 6).
import { z } from "zod";
import { parseIsoDate } from "@/lib/dates/format";
import { EVIDENCE_KINDS, FIRST_YEAR, isoDate, LAST_YEAR, STATUS_VALUES } from "@/lib/plan/schema";

const id = z.string({ error: "Missing item." }).min(1, "Missing item.").max(40);
const version = z.coerce.number({ error: "Reload the page and try again." }).int().min(1);
const text = (max: number, what: string) =>
  z
    .string()
    .trim()
    .max(max, `Keep ${what} under ${max.toLocaleString("en-GB")} characters.`)
    .optional();
const required = (max: number, message: string, what: string) =>
  z
    .string({ error: message })
    .trim()
    .min(1, message)
    .max(max, `Keep ${what} under ${max.toLocaleString("en-GB")} characters.`);
const status = z.enum(STATUS_VALUES, { error: "Choose one of the statuses." }).optional();

const periodFields = {
  title: required(200, "Give the stocktake a title.", "the title"),
  periodStart: isoDate("Enter the first day of the period, for example 1 January 2026."),
  periodEnd: isoDate("Enter the last day of the period, for example 30 June 2026."),
  reviewDate: isoDate("Enter the date of the review meeting, for example 8 July 2026.").optional(),
};

function periodInOrder(value: { periodStart: Date; periodEnd: Date; reviewDate?: Date }, ctx: z.RefinementCtx) {
  // A date that did not parse has its own message already; there is nothing to compare.
  if (!(value.periodStart instanceof Date) || !(value.periodEnd instanceof Date)) return;
  if (value.periodEnd.getTime() < value.periodStart.getTime()) ctx.addIssue({ code: "custom", path: ["periodEnd"], message: "The period must end on or after the day it starts." });
  if (value.reviewDate instanceof Date && value.reviewDate.getTime() < value.periodStart.getTime())
    ctx.addIssue({ code: "custom", path: ["reviewDate"], message: "The review cannot come before the period it reviews starts." });
}

export const createStocktakeSchema = z
  .object({
    /** The published stocktake the page offered to follow (none for a first stocktake): a stale page is refused. */
    followsId: id.optional(),
    ...periodFields,
  })
  .superRefine(periodInOrder);
export type CreateStocktakeInput = z.infer<typeof createStocktakeSchema>;

export const stocktakeDetailsSchema = z
  .object({
    stocktakeId: id,
    version,
    /** Which button was pressed: keep the details, or publish the pack with them. */
    intent: z.enum(["save", "publish"], { error: "Choose to save the details or publish the stocktake." }),
    ...periodFields,
    summary: text(8000, "the covering summary"),
  })
  .superRefine(periodInOrder);
export type StocktakeDetailsInput = z.infer<typeof stocktakeDetailsSchema>;

export const deleteStocktakeSchema = z.object({ stocktakeId: id, version });
export type DeleteStocktakeInput = z.infer<typeof deleteStocktakeSchema>;

export const sectionSchema = z.object({
  sectionId: id,
  version,
  status,
  progress: text(12000, "the progress update"),
  keyFindings: text(8000, "the key findings"),
  nextSteps: text(8000, "the next steps"),
});
export type SectionInput = z.infer<typeof sectionSchema>;

export const sectionEvidenceSchema = z.object({
  sectionId: id,
  version,
  /** The ticked evidence, comma-joined (lib/actions/submit.ts withCheckboxes). */
  evidenceIds: z
    .string()
    .optional()
    .transform((value) => (value ? value.split(",").filter(Boolean) : []))
    .pipe(z.array(z.string().min(1).max(40)).max(500, "Link at most 500 items.")),
});
export type SectionEvidenceInput = z.infer<typeof sectionEvidenceSchema>;

export const addEvidenceSchema = z
  .object({
    sectionId: id,
    version,
    kind: z.enum(EVIDENCE_KINDS, { error: "Choose what kind of evidence this is." }),
    title: required(300, "Give the evidence a title (for feedback: what families said).", "the title"),
    date: isoDate("Enter the date of the evidence, for example 14 May 2026."),
    text: text(4000, "the description"),
    url: z
      .url({ protocol: /^https?$/, error: "Enter a full web address starting https://" })
      .max(2000)
      .optional(),
  })
  .superRefine((value, ctx) => {
    if (value.kind === "FEEDBACK" && !value.text) ctx.addIssue({ code: "custom", path: ["text"], message: "Say what was done about it: “you said, we did”." });
    if (value.kind !== "FEEDBACK" && !value.text && !value.url) ctx.addIssue({ code: "custom", path: ["text"], message: "Describe the evidence or give a link to it." });
  });
export type AddEvidenceInput = z.infer<typeof addEvidenceSchema>;

export const responseSchema = z.object({
  stocktakeId: id,
  findingId: id,
  /** 0 when there is no response yet. */
  version: z.coerce.number({ error: "Reload the page and try again." }).int().min(0),
  response: required(6000, "Say what has been done about this next step.", "the response"),
  status,
});
export type ResponseInput = z.infer<typeof responseSchema>;

export const FINDING_KINDS = ["KEY_FINDING", "NEXT_STEP"] as const;
export const FINDING_KIND_LABELS: Record<(typeof FINDING_KINDS)[number], string> = { KEY_FINDING: "Key finding", NEXT_STEP: "Next step" };

const findingFields = {
  kind: z.enum(FINDING_KINDS, { error: "Choose a key finding or a next step." }),
  heading: required(200, "Give it a short heading, for example “Shared data dashboard”.", "the heading"),
  text: required(6000, "Write the finding or next step.", "the text"),
};

export const recordFindingSchema = z.object({ sectionId: id, ...findingFields });
export type RecordFindingInput = z.infer<typeof recordFindingSchema>;

export const updateFindingSchema = z.object({ findingId: id, version, ...findingFields });
export type UpdateFindingInput = z.infer<typeof updateFindingSchema>;

export const deleteFindingSchema = z.object({ findingId: id, version });
export type DeleteFindingInput = z.infer<typeof deleteFindingSchema>;

/**
 * "2027-01" (a month, as letters give it) or "2027-01-20" (a day), between
 * 2000 and 2100 as every date in the app; how it stands to the review it
 * follows is checked with the stocktake in hand (nextReviewProblem).
 */
const nextReview = z
  .string()
  .trim()
  .optional()
  .transform((value, ctx) => {
    if (!value) return null;
    const month = /^(\d{4})-(\d{2})$/.exec(value);
    let given: { date: Date; monthOnly: boolean };
    try {
      given = month ? { date: parseIsoDate(`${value}-01`), monthOnly: true } : { date: parseIsoDate(value), monthOnly: false };
    } catch {
      ctx.addIssue({ code: "custom", message: "Enter the next review as a month (2027-01) or a day (2027-01-20)." });
      return z.NEVER;
    }
    const year = given.date.getUTCFullYear();
    if (year < FIRST_YEAR || year > LAST_YEAR) {
      ctx.addIssue({ code: "custom", message: `Enter a next review between ${FIRST_YEAR} and ${LAST_YEAR}.` });
      return z.NEVER;
    }
    return given;
  });

export const publishFindingsSchema = z.object({ stocktakeId: id, nextReview });
export type PublishFindingsInput = z.infer<typeof publishFindingsSchema>;
