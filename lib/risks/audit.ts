// The risk register's entries in the audit vocabulary (lib/audit/vocabulary.ts):
// a risk (added, edited, reviewed, closed, reopened, escalated, taken back)
// and its mitigations (added, edited, completed).
import { z } from "zod";
import { auditDay, auditKind, quote, sayDay, verb, type AnyKind } from "@/lib/audit/define";
import { scored } from "./compute";
import { riskPath } from "./paths";
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
const state = z.enum(["OPEN", "CLOSED"]);
const closure = { before: z.object({ state, escalatedToBoard: z.boolean() }), after: z.object({ code: z.string(), state, reason: z.string(), escalatedToBoard: z.boolean() }) };
const escalation = { before: z.object({ escalatedToBoard: z.boolean() }), after: z.object({ code: z.string(), escalatedToBoard: z.boolean(), note: z.string() }) };

/** "12 (High)": a current score as the register reads it. */
const sayScore = (likelihood: number, impact: number) => {
  const s = scored({ likelihood, impact });
  return `${s.score} (${s.band.label})`;
};

/** A mitigation as its form sets it, with its risk. */
const mitigation = z.object({
  riskId: z.string(),
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
        after: riskFields.extend({ code: z.string(), scoreReason: z.string().nullable() }),
        says: ({ after }) => `edited risk ${after.code}, ${quote(after.title)}${after.scoreReason ? `, rescoring it because ${quote(after.scoreReason)}` : ""}`,
      }),
      review: verb({
        before: z.object({ currentLikelihood: rating, currentImpact: rating, nextReviewDate: auditDay }),
        after: z.object({ code: z.string(), currentLikelihood: rating, currentImpact: rating, nextReviewDate: auditDay, note: z.string() }),
        says: ({ before, after }) => {
          const was = sayScore(before.currentLikelihood, before.currentImpact);
          const now = sayScore(after.currentLikelihood, after.currentImpact);
          return `reviewed risk ${after.code}, ${was === now ? `confirming its current score of ${now}` : `changing its current score from ${was} to ${now}`}, next review ${sayDay(after.nextReviewDate)}`;
        },
      }),
      close: verb({ ...closure, says: ({ after }) => `closed risk ${after.code}: ${quote(after.reason)}` }),
      reopen: verb({ ...closure, says: ({ after }) => `reopened risk ${after.code}: ${quote(after.reason)}` }),
      escalate: verb({ ...escalation, says: ({ after }) => `escalated risk ${after.code} to the board: ${quote(after.note)}` }),
      "de-escalate": verb({ ...escalation, says: ({ after }) => `took risk ${after.code} back from the board: ${quote(after.note)}` }),
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
        after: z.object({ riskId: z.string(), risk: z.string(), text: z.string(), state: z.literal("COMPLETE"), note: z.string() }),
        says: ({ after }) => `completed a mitigation of risk ${after.risk}, ${quote(after.text)}: ${quote(after.note)}`,
      }),
    },
    // A mitigation has no page of its own: it is listed on its risk's.
    link: (slug, _id, { after }) => riskPath(slug, after.riskId),
  }),
} satisfies Record<string, AnyKind>;
