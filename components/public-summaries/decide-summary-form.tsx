"use client";

import { useActionState } from "react";
import { ChoiceField, PartnershipField, TextArea } from "@/components/forms/fields";
import { FormMessage, fieldErrors, submitted } from "@/components/forms/form-message";
import { SubmitButton } from "@/components/forms/submit-button";
import type { ActionResult } from "@/lib/actions/result";
import { decideSummaryAction } from "@/lib/public-summaries/actions";

const DECISIONS = [
  { value: "APPROVE", label: "Approve it for the public page" },
  { value: "RETURN", label: "Return it to its lead" },
];

/** The programme office's answer to a summary sent for approval: approve it, or return it with what to change. */
export function DecideSummaryForm({ slug, summaryId, version, areaCode }: { slug: string; summaryId: string; version: number; areaCode: string }) {
  const [state, formAction, pending] = useActionState<ActionResult | null, FormData>(decideSummaryAction, null);
  const prefix = `decide-${areaCode}-`;
  return (
    <form action={formAction} className="space-y-3" noValidate aria-describedby={`${prefix}message`}>
      <PartnershipField slug={slug} />
      <input type="hidden" name="summaryId" value={summaryId} />
      <input type="hidden" name="version" value={version} />
      <FormMessage state={state} id={`${prefix}message`} />
      <ChoiceField
        kind="radio"
        idPrefix={prefix}
        name="decision"
        label={`Your answer to the summary of ${areaCode}`}
        options={DECISIONS}
        layout="inline"
        chosen={submitted(state, "decision")}
        errors={fieldErrors(state, "decision")}
      />
      <TextArea
        idPrefix={prefix}
        name="comment"
        label="Comment for the lead"
        hint="Needed when you return it: what to change before sending it again."
        defaultValue={submitted(state, "comment")}
        errors={fieldErrors(state, "comment")}
        rows={2}
      />
      <SubmitButton pending={pending} describedBy={`${prefix}message`}>
        Record your answer
      </SubmitButton>
    </form>
  );
}
