// The change requests' entries in the audit vocabulary (lib/audit/vocabulary.ts):
// a request raised, and the board's decision. What an approval moves (the
// action's or the milestone's current due date) is recorded in the decision's
// one entry, so the plan's own history needs no second row.
import { z } from "zod";
import { auditDay, auditKind, quote, sayDay, verb, type AnyKind } from "@/lib/audit/define";
import { CHANGE_REQUEST_STATES, DECIDED_WHEN } from "./schema";
import { changeRequestsPath } from "./paths";

const raised = z.object({
  /** The action's code. */
  action: z.string(),
  milestoneId: z.string().nullable(),
  /** The milestone's text (rows before the vocabulary do not record it). */
  milestone: z.string().nullable().optional(),
  previousDueDate: auditDay.nullable(),
  proposedDueDate: auditDay.nullable(),
  scopeChange: z.string().nullable(),
  reason: z.string(),
});

/** The request's state before the decision (awaiting the board: a decision is saved only then). */
const pending = z.object({ state: z.enum(CHANGE_REQUEST_STATES) });

const move = { entityId: z.string(), from: auditDay.nullable(), to: auditDay };
const MOVED_ITEMS = ["Action", "Milestone"] as const;
const decision = {
  state: z.enum(["APPROVED", "REJECTED"]),
  decisionNote: z.string(),
  meetingId: z.string().nullable(),
  decidedWhen: z.enum(DECIDED_WHEN).nullable(),
  /** The action's code (rows before the vocabulary do not record it). */
  action: z.string().optional(),
};
const decided = z.object({ ...decision, moved: z.object({ item: z.enum(MOVED_ITEMS), ...move }).nullable() });
/** Before the vocabulary, the moved item was named by its entity type. */
const decidedBefore = z
  .object({ ...decision, moved: z.object({ entityType: z.enum(MOVED_ITEMS), ...move }).nullable() })
  .transform(({ moved, ...rest }) => ({ ...rest, moved: moved && { item: moved.entityType, entityId: moved.entityId, from: moved.from, to: moved.to } }));

const subject = (request: { action: string; milestoneId: string | null; milestone?: string | null }) =>
  request.milestoneId ? `the milestone ${request.milestone ? `${quote(request.milestone)} ` : ""}of ${request.action}` : request.action;
const theRequest = (code?: string) => (code ? `the change request for ${code}` : "a change request");
const between = (when: string | null) => (when === "BETWEEN_MEETINGS" ? ", between meetings" : "");

export const changeRequestAudit = {
  ChangeRequest: auditKind({
    label: "a change request",
    verbs: {
      create: verb({
        after: raised,
        says: ({ after }) =>
          after.proposedDueDate
            ? `asked the board to move ${subject(after)} from ${sayDay(after.previousDueDate)} to ${sayDay(after.proposedDueDate)}${after.scopeChange ? " and change its scope" : ""}`
            : `asked the board to change the scope of ${subject(after)}`,
      }),
      approve: verb({
        before: pending,
        after: decided,
        says: ({ after }) =>
          `approved ${theRequest(after.action)}${between(after.decidedWhen)}${
            after.moved ? `: ${after.moved.item === "Milestone" ? "the milestone" : "the action"} is now due ${sayDay(after.moved.to)}, not ${sayDay(after.moved.from)}` : ""
          }`,
        older: [{ after: decidedBefore }],
      }),
      reject: verb({
        before: pending,
        after: decided,
        says: ({ after }) => `rejected ${theRequest(after.action)}${between(after.decidedWhen)}: ${quote(after.decisionNote)}`,
        older: [{ after: decidedBefore }],
      }),
    },
    link: (slug) => changeRequestsPath(slug),
  }),
} satisfies Record<string, AnyKind>;
