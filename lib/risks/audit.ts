// The risk register's entries in the audit vocabulary (lib/audit/vocabulary.ts):
// a risk (added, edited, reviewed, closed, reopened, escalated, taken back)
// and its mitigations (added, edited, completed).
import { z } from "zod";
import { auditDay, auditKind, quote, sayDay, verb, type AnyKind } from "@/lib/audit/define";
import { scored } from "./compute";
import { riskPath, risksPath } from "./paths";
import { MITIGATION_STATE_LABELS, MITIGATION_STATES, REVIEW_FREQUENCIES } from "./schema";

const rating = z.number().int().min(1).max(5);
const scores = {
  inherentLikelihood: rating,
  inherentImpact: rating,
  currentLikelihood: rating,
  currentImpact: rating,
  targetLikelihood: rating,
  targetImpact: rating,
};
const owner = { ownerMembershipId: z.string().nullable(), ownerRole: z.string().nullable() };
/** A risk as the register form sets it. */
const riskFields = z.object({
  title: z.string(),
  cause: z.string().nullable(),
  effect: z.string().nullable(),
  controls: z.string().nullable(),
  ...owner,
  ...scores,
  reviewFrequency: z.enum(REVIEW_FREQUENCIES),
  nextReviewDate: auditDay,
  areaIds: z.array(z.string()),
  actionCodes: z.array(z.string()),
});
/** The risk's code (rows before the vocabulary do not record it on a change). */
const code = z.string().optional();
const theRisk = (riskCode: string | undefined) => (riskCode ? `risk ${riskCode}` : "a risk");
const state = z.enum(["OPEN", "CLOSED"]);
const closure = { before: z.object({ state, escalatedToBoard: z.boolean() }), after: z.object({ code, state, reason: z.string(), escalatedToBoard: z.boolean() }) };
const escalation = { before: z.object({ escalatedToBoard: z.boolean() }), after: z.object({ code, escalatedToBoard: z.boolean(), note: z.string() }) };

/** "12 (High)": a current score as the register reads it. */
const sayScore = (likelihood: number, impact: number) => {
  const s = scored({ likelihood, impact });
  return `${s.score} (${s.band.label})`;
};

/** A mitigation as its form sets it, with its risk (by code, and by id for the link: rows before the vocabulary have no id). */
const mitigation = z.object({
  riskId: z.string().optional(),
  risk: z.string(),
  text: z.string(),
  ...owner,
  dueDate: auditDay,
  state: z.enum(MITIGATION_STATES),
});

export const riskAudit = {
  Risk: auditKind({
    label: "a risk",
    verbs: {
      create: verb({ after: riskFields.extend({ code: z.string() }), says: ({ after }) => `added risk ${after.code}, ${quote(after.title)}, to the register` }),
      update: verb({
        before: z.object({ title: z.string(), ...owner, ...scores, areaIds: z.array(z.string()), nextReviewDate: auditDay }),
        after: riskFields.extend({ code, scoreReason: z.string().nullable() }),
        says: ({ after }) => `edited ${theRisk(after.code)}, ${quote(after.title)}${after.scoreReason ? `, rescoring it because ${quote(after.scoreReason)}` : ""}`,
      }),
      review: verb({
        before: z.object({ currentLikelihood: rating, currentImpact: rating, nextReviewDate: auditDay }),
        after: z.object({ code, currentLikelihood: rating, currentImpact: rating, nextReviewDate: auditDay, note: z.string() }),
        says: ({ before, after }) => {
          const was = sayScore(before.currentLikelihood, before.currentImpact);
          const now = sayScore(after.currentLikelihood, after.currentImpact);
          return `reviewed ${theRisk(after.code)}, ${was === now ? `confirming its current score of ${now}` : `changing its current score from ${was} to ${now}`}, next review ${sayDay(after.nextReviewDate)}`;
        },
      }),
      close: verb({ ...closure, says: ({ after }) => `closed ${theRisk(after.code)}: ${quote(after.reason)}` }),
      reopen: verb({ ...closure, says: ({ after }) => `reopened ${theRisk(after.code)}: ${quote(after.reason)}` }),
      escalate: verb({ ...escalation, says: ({ after }) => `escalated ${theRisk(after.code)} to the board: ${quote(after.note)}` }),
      "de-escalate": verb({ ...escalation, says: ({ after }) => `took ${theRisk(after.code)} back from the board: ${quote(after.note)}` }),
    },
    link: (slug, id) => riskPath(slug, id),
  }),
  RiskMitigation: auditKind({
    label: "a risk mitigation",
    verbs: {
      create: verb({ after: mitigation, says: ({ after }) => `added a mitigation to risk ${after.risk}: ${quote(after.text)}, due ${sayDay(after.dueDate)}` }),
      update: verb({
        before: z.object({ text: z.string(), state: z.enum(MITIGATION_STATES), dueDate: auditDay, ...owner }),
        after: mitigation,
        says: ({ after }) => `edited a mitigation of risk ${after.risk}: ${quote(after.text)}, ${MITIGATION_STATE_LABELS[after.state].toLowerCase()}, due ${sayDay(after.dueDate)}`,
      }),
      complete: verb({
        before: z.object({ state: z.enum(MITIGATION_STATES) }),
        /** The mitigation's text (rows before the vocabulary do not record it). */
        after: z.object({ riskId: z.string().optional(), risk: z.string(), text: z.string().optional(), state: z.literal("COMPLETE"), note: z.string() }),
        says: ({ after }) => `completed a mitigation of risk ${after.risk}${after.text ? `, ${quote(after.text)}` : ""}: ${quote(after.note)}`,
      }),
    },
    // A mitigation has no page of its own: it is listed on its risk's.
    link: (slug, _id, { after }) => (after.riskId ? riskPath(slug, after.riskId) : risksPath(slug)),
  }),
} satisfies Record<string, AnyKind>;
