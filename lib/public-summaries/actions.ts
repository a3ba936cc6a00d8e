"use server";

import { ok, type ActionResult } from "@/lib/actions/result";
import { submit } from "@/lib/actions/submit";
import { setFeedbackPublic } from "./mutations/feedback";
import { decideSummary, saveSummary } from "./mutations/summaries";
import { summaryDonePath } from "./paths";
import { decideSummarySchema, saveSummarySchema, setFeedbackPublicSchema } from "./schema";

/** A draft keeps its writer on the form (with the new version); one sent for approval goes back to the list, which says so. */
export async function saveSummaryAction(
  _previous: ActionResult<{ summaryId: string; version: number }> | null,
  form: FormData,
): Promise<ActionResult<{ summaryId: string; version: number }>> {
  return submit(form, saveSummarySchema, saveSummary, (saved, _input, member) =>
    saved.submitted
      ? { redirectTo: summaryDonePath(member.partnership.slug, saved.areaId, "sent") }
      : ok({ summaryId: saved.summaryId, version: saved.version }, "Draft saved. Only you and the programme office see it until it is approved."),
  );
}

/** Either way the list says so beside the area (the answer's form is gone from it once the summary is decided). */
export async function decideSummaryAction(_previous: ActionResult | null, form: FormData): Promise<ActionResult> {
  return submit(form, decideSummarySchema, decideSummary, (decided, _input, member) => ({
    redirectTo: summaryDonePath(member.partnership.slug, decided.areaId, decided.approved ? "approved" : "returned"),
  }));
}

export async function setFeedbackPublicAction(_previous: ActionResult | null, form: FormData): Promise<ActionResult> {
  return submit(form, setFeedbackPublicSchema, setFeedbackPublic, (changed) =>
    ok(undefined, changed.public ? "This feedback is on the public page from its next update." : "This feedback is off the public page."),
  );
}
