"use server";

import { refreshPartnership } from "@/lib/dashboard/cache";
import { ok, type ActionResult } from "@/lib/actions/result";
import { submit } from "@/lib/actions/submit";
import { callerOf } from "@/lib/auth/caller";
import { recordMilestoneOutcome, updateActionStatus } from "./mutations";
import { occurrenceOutcomeSchema, statusUpdateSchema } from "./schema";

export async function updateActionStatusAction(slug: string, _previous: ActionResult<{ version: number }> | null, form: FormData): Promise<ActionResult<{ version: number }>> {
  return submit(slug, form, statusUpdateSchema, async (member, input) => {
    const saved = await updateActionStatus(member.partnershipId, callerOf(member), input);
    refreshPartnership(member.partnershipId, member.partnership.slug);
    return ok({ version: saved.version }, "Update saved. It is now at the top of the history.");
  });
}

export async function recordMilestoneOutcomeAction(slug: string, _previous: ActionResult | null, form: FormData): Promise<ActionResult> {
  return submit(slug, form, occurrenceOutcomeSchema, async (member, input) => {
    await recordMilestoneOutcome(member.partnershipId, callerOf(member), input);
    refreshPartnership(member.partnershipId, member.partnership.slug);
    return ok(undefined, input.outcome === "MET" ? "Milestone marked met." : "Milestone marked missed.");
  });
}
