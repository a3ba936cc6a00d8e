"use server";

import { ok, type ActionResult } from "@/lib/actions/result";
import { submit } from "@/lib/actions/submit";
import { decideChangeRequest, raiseChangeRequest } from "./mutations";
import { decidedChangeRequestPath } from "./paths";
import { decideChangeRequestSchema, raiseChangeRequestSchema } from "./schema";

export async function raiseChangeRequestAction(_previous: ActionResult | null, form: FormData): Promise<ActionResult> {
  return submit(form, raiseChangeRequestSchema, raiseChangeRequest, () => ok(undefined, "Change request sent to the board."));
}

/** The decided request leaves the queue (and its form with it): the queue page announces the decision. */
export async function decideChangeRequestAction(_previous: ActionResult | null, form: FormData): Promise<ActionResult> {
  return submit(form, decideChangeRequestSchema, decideChangeRequest, (decided, _input, member) => ({
    redirectTo: decidedChangeRequestPath(member.partnership.slug, decided.changeRequestId),
  }));
}
