"use client";

import { useActionState } from "react";
import { PartnershipField, TextArea } from "@/components/forms/fields";
import { FormMessage, fieldErrors, submitted } from "@/components/forms/form-message";
import { SubmitButton } from "@/components/forms/submit-button";
import type { ActionResult } from "@/lib/actions/result";
import { reviewHighlightReportAction } from "@/lib/reports/actions";

/** The board's answer to a submitted report: note it, or return it to the lead with a comment. */
export function ReviewReportForm({ slug, reportId, version, title }: { slug: string; reportId: string; version: number; title: string }) {
  const [state, formAction, pending] = useActionState<ActionResult | null, FormData>(reviewHighlightReportAction, null);
  const chosen = submitted(state, "decision");
  const decisionErrors = fieldErrors(state, "decision");
  return (
    <form action={formAction} className="space-y-3" noValidate aria-describedby="review-message">
      <PartnershipField slug={slug} />
      <input type="hidden" name="reportId" value={reportId} />
      <input type="hidden" name="version" value={version} />
      <FormMessage state={state} id="review-message" />
      <fieldset aria-describedby={decisionErrors ? "review-decision-error" : undefined}>
        <legend className="text-sm font-medium text-slate-900">The board’s answer to {title}</legend>
        <div className="mt-1 flex flex-wrap gap-4">
          <label className="inline-flex items-center gap-2">
            <input type="radio" name="decision" value="NOTED" defaultChecked={chosen === "NOTED"} /> Note the report
          </label>
          <label className="inline-flex items-center gap-2">
            <input type="radio" name="decision" value="RETURNED" defaultChecked={chosen === "RETURNED"} /> Return it to the lead
          </label>
        </div>
        {decisionErrors ? (
          <p id="review-decision-error" className="mt-1 text-sm font-medium text-red-800">
            {decisionErrors.join(" ")}
          </p>
        ) : null}
      </fieldset>
      <TextArea
        name="comment"
        label="Comment"
        hint="Required when returning it: what the lead should change before resubmitting. Optional when noting it."
        defaultValue={submitted(state, "comment")}
        errors={fieldErrors(state, "comment")}
        rows={3}
      />
      <SubmitButton pending={pending}>Record the board’s answer</SubmitButton>
    </form>
  );
}
