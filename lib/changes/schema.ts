import { z } from "zod";
import type { ChangeRequestState } from "@/lib/generated/prisma/enums";
import { isoDate } from "@/lib/plan/schema";

/** A change request's states, for zod; `satisfies` refuses one the database's enum does not have. */
export const CHANGE_REQUEST_STATES = ["PENDING", "APPROVED", "REJECTED", "WITHDRAWN"] as const satisfies readonly ChangeRequestState[];

export const raiseChangeRequestSchema = z
  .object({
    actionId: z.string().min(1).max(40),
    /** Optional: the request concerns one of the action's milestones. */
    milestoneId: z.string().min(1).max(40).optional(),
    proposedDueDate: isoDate().optional(),
    scopeChange: z.string().trim().max(4000, "Keep the scope change under 4,000 characters.").optional(),
    reason: z.string({ error: "Say why the change is needed." }).trim().min(1, "Say why the change is needed.").max(4000),
    impact: z
      .string({ error: "Say what the change means for children, families and the plan." })
      .trim()
      .min(1, "Say what the change means for children, families and the plan.")
      .max(4000),
  })
  .superRefine((value, ctx) => {
    if (!value.proposedDueDate && !value.scopeChange) {
      ctx.addIssue({ code: "custom", path: ["proposedDueDate"], message: "Propose a new due date, a scope change, or both." });
    }
  });
export type RaiseChangeRequestInput = z.infer<typeof raiseChangeRequestSchema>;

export const DECIDED_WHEN = ["AT_MEETING", "BETWEEN_MEETINGS"] as const;

export const decideChangeRequestSchema = z.object({
  changeRequestId: z.string().min(1).max(40),
  version: z.coerce.number().int().min(1),
  /** The meeting that decides it, or — decided between meetings — the next meeting, where it is noted. */
  meetingId: z.string().min(1).max(40).optional(),
  decidedWhen: z.enum(DECIDED_WHEN, { error: "Say whether the board decided at the meeting or between meetings." }).optional(),
  decision: z.enum(["APPROVED", "REJECTED"], { error: "Choose approve or reject." }),
  decisionNote: z.string({ error: "Record the board's decision and its reasons." }).trim().min(1, "Record the board's decision and its reasons.").max(4000),
});
export type DecideChangeRequestInput = z.infer<typeof decideChangeRequestSchema>;
