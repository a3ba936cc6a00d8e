import "server-only";
// "You said, we did": feedback from families (FEEDBACK evidence) shown on the
// public page once whoever recorded it, or the programme office, says so.
import { mutation } from "@/lib/audit/mutation";
import type { Caller } from "@/lib/auth/caller";
import { now } from "@/lib/clock";
import { ForbiddenError, NotFoundError } from "@/lib/errors";
import { mayShowFeedback } from "../access";
import type { SetFeedbackPublicInput } from "../schema";

export const setFeedbackPublic = mutation(async (tx, partnershipId, caller: Caller, input: SetFeedbackPublicInput) => {
  const evidence = await tx.evidence.findFirst({
    where: { id: input.evidenceId, partnershipId, kind: "FEEDBACK" },
    select: { id: true, title: true, createdByName: true, publicAt: true },
  });
  if (!evidence) throw new NotFoundError("That feedback no longer exists, or you do not have access to it.");
  if (!mayShowFeedback(caller.scope, evidence, caller.actor.name))
    throw new ForbiddenError("Only whoever recorded this feedback, or the programme office, decides whether it is public.");
  // Already public: it keeps its day (the public page's order and its feed's entry stay).
  const publicAt = input.show ? (evidence.publicAt ?? now()) : null;
  await tx.evidence.updateMany({ where: { id: evidence.id, partnershipId }, data: { publicAt } });
  return {
    result: { evidenceId: evidence.id, public: input.show },
    audit: {
      kind: "Evidence",
      verb: input.show ? "make public" : "make private",
      entityId: evidence.id,
      before: { public: evidence.publicAt !== null },
      after: { title: evidence.title, public: input.show },
    },
  };
});
