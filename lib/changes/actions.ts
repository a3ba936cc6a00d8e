"use server";

import { refreshPartnership } from "@/lib/dashboard/cache";
import { redirect } from "next/navigation";
import { failure, formObject, invalid, ok, type ActionResult } from "@/lib/actions/result";
import { submit } from "@/lib/actions/submit";
import { callerOf } from "@/lib/auth/caller";
import { getMember } from "@/lib/auth/guards";
import { NotFoundError } from "@/lib/errors";
import { decideChangeRequest, raiseChangeRequest } from "./mutations";
import { decideChangeRequestSchema, raiseChangeRequestSchema } from "./schema";

export async function raiseChangeRequestAction(slug: string, _previous: ActionResult | null, form: FormData): Promise<ActionResult> {
  return submit(slug, form, raiseChangeRequestSchema, async (member, input) => {
    await raiseChangeRequest(member.partnershipId, callerOf(member), input);
    refreshPartnership(member.partnershipId, member.partnership.slug);
    return ok(undefined, "Change request sent to the board.");
  });
}

export async function decideChangeRequestAction(slug: string, _previous: ActionResult | null, form: FormData): Promise<ActionResult> {
  const values = formObject(form);
  const parsed = decideChangeRequestSchema.safeParse(values);
  if (!parsed.success) return invalid(parsed.error, values);
  const member = await getMember(slug);
  if (!member) return failure(new NotFoundError());
  let decided: Awaited<ReturnType<typeof decideChangeRequest>>;
  try {
    decided = await decideChangeRequest(member.partnershipId, callerOf(member), parsed.data);
  } catch (error) {
    return failure(error, values);
  }
  refreshPartnership(member.partnershipId, member.partnership.slug);
  // The decided request leaves the queue (and its form with it): the queue page announces the decision.
  redirect(`/p/${member.partnership.slug}/changes?decided=${decided.changeRequestId}`);
}
