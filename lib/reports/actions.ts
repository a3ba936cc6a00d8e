"use server";

import { ok, type ActionResult } from "@/lib/actions/result";
import { submit } from "@/lib/actions/submit";
import { reviewHighlightReport, saveHighlightReport } from "./mutations";
import { reviewedReportPath, submittedReportPath } from "./paths";
import { reviewHighlightReportSchema, saveHighlightReportSchema } from "./schema";

/** Saving keeps the lead on the form (with the new version); submitting goes to the read view, which says so. */
export async function saveHighlightReportAction(_previous: ActionResult<{ version: number }> | null, form: FormData): Promise<ActionResult<{ version: number }>> {
  return submit(form, saveHighlightReportSchema, saveHighlightReport, (saved, input, member) =>
    saved.submission
      ? { redirectTo: submittedReportPath(member.partnership.slug, saved.areaCode, input.period, saved.submission) }
      : ok({ version: saved.version }, "Draft saved. It goes to the board only when you submit it."),
  );
}

/** Noting or returning goes to the read view, which announces the outcome. */
export async function reviewHighlightReportAction(_previous: ActionResult | null, form: FormData): Promise<ActionResult> {
  return submit(form, reviewHighlightReportSchema, reviewHighlightReport, (reviewed, _input, member) => ({
    redirectTo: reviewedReportPath(member.partnership.slug, reviewed.areaCode, reviewed.period, reviewed.state),
  }));
}
