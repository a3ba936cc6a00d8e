// Schemas shared by the risk forms and their server actions (STYLE rule 6).
// Rules that need the database or today (a linked area exists, a review date
// is not in the past) are checked in the mutations, next to the same fields.
import { z } from "zod";
import { isoDate } from "@/lib/plan/schema";
import { FREQUENCY_MONTHS, riskScore } from "./compute";

export const REVIEW_FREQUENCIES = Object.keys(FREQUENCY_MONTHS) as (keyof typeof FREQUENCY_MONTHS)[];
export const MITIGATION_STATES = ["PLANNED", "IN_PROGRESS", "COMPLETE"] as const;
export const MITIGATION_STATE_LABELS: Record<(typeof MITIGATION_STATES)[number], string> = { PLANNED: "Planned", IN_PROGRESS: "In progress", COMPLETE: "Complete" };

const id = (what: string) => z.string({ error: `Missing ${what}.` }).min(1, `Missing ${what}.`).max(40);
const version = z.coerce.number({ error: "Reload the page and try again." }).int().min(1);
const required = (message: string, max: number) => z.string({ error: message }).trim().min(1, message).max(max, `Keep this under ${max.toLocaleString("en-GB")} characters.`);
const optionalText = (max: number) => z.string().trim().max(max, `Keep this under ${max.toLocaleString("en-GB")} characters.`).optional();

const likelihood = z.coerce
  .number({ error: "Choose a likelihood from 1 (rare) to 5 (almost certain)." })
  .int("Choose a likelihood from 1 (rare) to 5 (almost certain).")
  .min(1, "Choose a likelihood from 1 (rare) to 5 (almost certain).")
  .max(5, "Choose a likelihood from 1 (rare) to 5 (almost certain).");
const impact = z.coerce
  .number({ error: "Choose an impact from 1 (insignificant) to 5 (catastrophic)." })
  .int("Choose an impact from 1 (insignificant) to 5 (catastrophic).")
  .min(1, "Choose an impact from 1 (insignificant) to 5 (catastrophic).")
  .max(5, "Choose an impact from 1 (insignificant) to 5 (catastrophic).");

/** Comma-separated ids from a group of checkboxes. */
const idList = z
  .string()
  .optional()
  .transform((text) => [...new Set((text ?? "").split(",").map((s) => s.trim()).filter(Boolean))])
  .refine((ids) => ids.length <= 30, "Choose at most 30.");

/** Action codes as people quote them: "3.2a, 3.5b". */
const actionCodes = z
  .string()
  .max(2000, "Keep this under 2,000 characters.")
  .optional()
  .transform((text) => [...new Set((text ?? "").split(/[\s,;]+/).map((s) => s.trim()).filter(Boolean))])
  .refine((codes) => codes.length <= 50, "Link at most 50 actions.");

const ownerFields = {
  ownerMembershipId: z.string().max(40).optional(),
  ownerRole: optionalText(300),
};

function ownerGiven(value: { ownerMembershipId?: string; ownerRole?: string }, ctx: z.RefinementCtx) {
  if (!value.ownerMembershipId && !value.ownerRole) {
    ctx.addIssue({ code: "custom", path: ["ownerMembershipId"], message: "Choose the owner, or name the owner’s role." });
  }
}

const riskFields = {
  title: required("Say what the risk is, for example “EHC plans continue to be issued late”.", 300),
  cause: optionalText(2000),
  effect: optionalText(2000),
  controls: optionalText(4000),
  ...ownerFields,
  areaIds: idList,
  actionCodes,
  inherentLikelihood: likelihood,
  inherentImpact: impact,
  currentLikelihood: likelihood,
  currentImpact: impact,
  targetLikelihood: likelihood,
  targetImpact: impact,
  reviewFrequency: z.enum(REVIEW_FREQUENCIES, { error: "Choose how often the risk is reviewed." }),
  nextReviewDate: isoDate("Enter the date of the next review, for example 31 December 2026."),
};

type Scores = { inherentLikelihood: number; inherentImpact: number; targetLikelihood: number; targetImpact: number };

/** The target is where the mitigations take the risk: never above where it started. */
function targetWithinInherent(value: Scores, ctx: z.RefinementCtx) {
  if (riskScore(value.targetLikelihood, value.targetImpact) > riskScore(value.inherentLikelihood, value.inherentImpact)) {
    ctx.addIssue({ code: "custom", path: ["targetLikelihood"], message: "The target score cannot be higher than the inherent score (before any controls)." });
  }
}

export const createRiskSchema = z
  .object(riskFields)
  .superRefine(ownerGiven)
  .superRefine(targetWithinInherent);
export type CreateRiskInput = z.infer<typeof createRiskSchema>;

export const updateRiskSchema = z
  .object({
    id: id("risk"),
    version,
    ...riskFields,
    /** Required when any score changes (checked against the saved scores). */
    scoreReason: optionalText(4000),
  })
  .superRefine(ownerGiven)
  .superRefine(targetWithinInherent);
export type UpdateRiskInput = z.infer<typeof updateRiskSchema>;

export const reviewRiskSchema = z.object({
  riskId: id("risk"),
  version,
  currentLikelihood: likelihood,
  currentImpact: impact,
  note: required("Say what the review found: what has changed, and whether the controls are working.", 4000),
  nextReviewDate: isoDate("Enter the date of the next review, for example 31 December 2026."),
  /** Reviewed from My updates: go back there, where the reviewed risk has left the list. */
  returnTo: z.enum(["my"]).optional(),
});
export type ReviewRiskInput = z.infer<typeof reviewRiskSchema>;

export const setRiskClosedSchema = z.object({
  id: id("risk"),
  version,
  closed: z.enum(["1", "0"]).transform((v) => v === "1"),
  reason: required("Give the reason, so the board can see why.", 2000),
});
export type SetRiskClosedInput = z.infer<typeof setRiskClosedSchema>;

export const setRiskEscalatedSchema = z.object({
  id: id("risk"),
  version,
  escalated: z.enum(["1", "0"]).transform((v) => v === "1"),
  note: required("Say why, and what the board is asked to do.", 2000),
});
export type SetRiskEscalatedInput = z.infer<typeof setRiskEscalatedSchema>;

const mitigationFields = {
  text: required("Say what will be done to reduce the risk.", 1000),
  ...ownerFields,
  dueDate: isoDate("Enter the date it is due, for example 31 March 2027."),
  state: z.enum(MITIGATION_STATES, { error: "Choose where it stands." }).default("PLANNED"),
};

export const addMitigationSchema = z
  .object({ riskId: id("risk"), ...mitigationFields })
  .superRefine(ownerGiven);
export type AddMitigationInput = z.infer<typeof addMitigationSchema>;

export const updateMitigationSchema = z
  .object({ id: id("mitigation"), version, ...mitigationFields, completionNote: optionalText(2000) })
  .superRefine(ownerGiven);
export type UpdateMitigationInput = z.infer<typeof updateMitigationSchema>;

export const completeMitigationSchema = z.object({
  id: id("mitigation"),
  version,
  note: required("Say what was done, and what shows it worked.", 2000),
});
export type CompleteMitigationInput = z.infer<typeof completeMitigationSchema>;
