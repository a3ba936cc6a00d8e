"use server";

import { refreshPartnership } from "@/lib/dashboard/cache";
import { failure, formObject, invalid, ok, type ActionResult } from "@/lib/actions/result";
import { callerOf } from "@/lib/auth/caller";
import { getMember } from "@/lib/auth/guards";
import { NotFoundError } from "@/lib/errors";
import { recordMilestoneOutcome, updateActionStatus } from "./mutations";
import { occurrenceOutcomeSchema, statusUpdateSchema } from "./schema";

export async function updateActionStatusAction(slug: string, _previous: ActionResult<{ version: number }> | null, form: FormData): Promise<ActionResult<{ version: number }>> {
  const values = formObject(form);
  const parsed = statusUpdateSchema.safeParse(values);
  if (!parsed.success) return invalid(parsed.error, values);
  const member = await getMember(slug);
  if (!member) return failure(new NotFoundError());
  try {
    const saved = await updateActionStatus(member.partnershipId, callerOf(member), parsed.data);
    refreshPartnership(member.partnershipId, member.partnership.slug);
    return ok({ version: saved.version }, "Update saved. It is now at the top of the history.");
  } catch (error) {
    return failure(error, values);
  }
}

export async function recordMilestoneOutcomeAction(slug: string, _previous: ActionResult | null, form: FormData): Promise<ActionResult> {
  const values = formObject(form);
  const parsed = occurrenceOutcomeSchema.safeParse(values);
  if (!parsed.success) return invalid(parsed.error, values);
  const member = await getMember(slug);
  if (!member) return failure(new NotFoundError());
  try {
    await recordMilestoneOutcome(member.partnershipId, callerOf(member), parsed.data);
    refreshPartnership(member.partnershipId, member.partnership.slug);
    return ok(undefined, parsed.data.outcome === "MET" ? "Milestone marked met." : "Milestone marked missed.");
  } catch (error) {
    return failure(error, values);
  }
}
