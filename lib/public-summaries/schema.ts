// Schemas shared by the public summary forms and their server actions (STYLE rule 6).
// A summary is three short plain-English answers for families; a draft may
// leave some blank, a summary sent for approval answers all three.
import { z } from "zod";

const id = z.string({ error: "Missing item." }).trim().min(1, "Missing item.").max(40);
const version = z.coerce.number({ error: "Reload the page and try again." }).int().min(0);

/** Each answer's limit: a paragraph a parent reads on a phone without scrolling far. */
export const ANSWER_MAX = 600;

export const SUMMARY_FIELDS = ["whatWeAreDoing", "whatHasChanged", "whatIsNext"] as const;
export type SummaryField = (typeof SUMMARY_FIELDS)[number];

/** Each field's question, and the hint shown under it (what to write, for whom). */
export const SUMMARY_QUESTIONS: Record<SummaryField, { label: string; hint: string }> = {
  whatWeAreDoing: {
    label: "What we are doing",
    hint: "What the partnership is doing in this area, in two or three short sentences. Say it as you would to a parent.",
  },
  whatHasChanged: {
    label: "What has changed",
    hint: "What families can notice already: a change they will see, a number that moved, a service that started.",
  },
  whatIsNext: {
    label: "What is next",
    hint: "What happens next, and roughly when (a month or a term, not a code).",
  },
};

const answer = (field: SummaryField) =>
  z
    .string()
    .trim()
    .max(ANSWER_MAX, `Keep “${SUMMARY_QUESTIONS[field].label}” to ${ANSWER_MAX} characters: short is easier to read.`)
    .optional()
    .transform((text) => (text ?? "").replace(/[ \t]+/g, " "));

export const saveSummarySchema = z
  .object({
    areaId: id,
    /** Blank for a new summary. */
    summaryId: z.string().trim().max(40).optional(),
    /** The working copy's version as the form found it (0 for a new summary). */
    version,
    intent: z.enum(["save", "submit"], { error: "Choose to save the draft or send it for approval." }),
    whatWeAreDoing: answer("whatWeAreDoing"),
    whatHasChanged: answer("whatHasChanged"),
    whatIsNext: answer("whatIsNext"),
  })
  .superRefine((value, ctx) => {
    if (value.intent !== "submit") return;
    for (const field of SUMMARY_FIELDS) {
      if (!value[field]) ctx.addIssue({ code: "custom", path: [field], message: `Answer “${SUMMARY_QUESTIONS[field].label}” before sending it for approval.` });
    }
  });
export type SaveSummaryInput = z.infer<typeof saveSummarySchema>;

export const decideSummarySchema = z
  .object({
    summaryId: id,
    version: version.pipe(z.number().min(1, "Reload the page and try again.")),
    decision: z.enum(["APPROVE", "RETURN"], { error: "Choose to approve the summary or return it to the lead." }),
    comment: z.string().trim().max(2000, "Keep the comment under 2,000 characters.").optional(),
  })
  .superRefine((value, ctx) => {
    if (value.decision === "RETURN" && !value.comment) ctx.addIssue({ code: "custom", path: ["comment"], message: "Say what the lead should change before sending it again." });
  });
export type DecideSummaryInput = z.infer<typeof decideSummarySchema>;

/** "You said, we did" feedback shown on the public page, or taken off it. */
export const setFeedbackPublicSchema = z.object({
  evidenceId: id,
  show: z.enum(["yes", "no"], { error: "Choose to show it or take it off." }).transform((show) => show === "yes"),
});
export type SetFeedbackPublicInput = z.infer<typeof setFeedbackPublicSchema>;
