"use client";

import { useActionState } from "react";
import { ChoiceField, PartnershipField, TextArea } from "@/components/forms/fields";
import { FormMessage, fieldErrors, submitted } from "@/components/forms/form-message";
import { SubmitButton } from "@/components/forms/submit-button";
import type { ActionResult } from "@/lib/actions/result";
import { reviewHighlightReportAction } from "@/lib/reports/actions";

const DECISIONS = [
  { value: "NOTED", label: "Note the report" },
  { value: "RETURNED", label: "Return it to the lead" },
];

/** The board's answer to a submitted report: note it, or return it to the lead with a comment. */
export function ReviewReportForm({ slug, reportId, version, title }: { slug: string; reportId: string; version: number; title: string }) {
  const [state, formAction, pending] = useActionState<ActionResult | null, FormData>(reviewHighlightReportAction, null);
  return (
    <form action={formAction} className="space-y-3" noValidate aria-describedby="review-message">
      <PartnershipField slug={slug} />
      <input type="hidden" name="reportId" value={reportId} />
      <input type="hidden" name="version" value={version} />
      <FormMessage state={state} id="review-message" />
      <ChoiceField
        kind="radio"
        idPrefix="review-"
        name="decision"
        label={`The board’s answer to ${title}`}
        options={DECISIONS}
        layout="inline"
        chosen={submitted(state, "decision")}
        errors={fieldErrors(state, "decision")}
      />
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
