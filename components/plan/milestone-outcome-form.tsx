"use client";

import { useActionState } from "react";
import { ChoiceField, PartnershipField, TextArea, TextField } from "@/components/forms/fields";
import { FormMessage, fieldErrors, submitted } from "@/components/forms/form-message";
import { SubmitButton } from "@/components/forms/submit-button";
import type { ActionResult } from "@/lib/actions/result";
import { recordMilestoneOutcomeAction } from "@/lib/plan/actions";
import { GuardedForm } from "@/components/forms/guarded-form";

export function MilestoneOutcomeForm({ slug, occurrenceId, version, dueLabel }: { slug: string; occurrenceId: string; version: number; dueLabel: string }) {
  const [state, formAction, pending] = useActionState<ActionResult | null, FormData>(recordMilestoneOutcomeAction, null);
  const prefix = `occ-${occurrenceId}-`;
  return (
    <GuardedForm action={formAction} className="mt-2 space-y-3 rounded-md border border-slate-300 bg-slate-50 p-3" noValidate aria-describedby={`${prefix}message`}>
      <PartnershipField slug={slug} />
      <input type="hidden" name="occurrenceId" value={occurrenceId} />
      <input type="hidden" name="version" value={version} />
      <FormMessage state={state} id={`${prefix}message`} />
      <ChoiceField
        kind="radio"
        layout="inline"
        idPrefix={prefix}
        name="outcome"
        label={`Milestone due ${dueLabel}`}
        options={[
          { value: "MET", label: "Met" },
          { value: "MISSED", label: "Missed" },
        ]}
        chosen={submitted(state, "outcome")}
        errors={fieldErrors(state, "outcome")}
      />
      <TextArea
        idPrefix={prefix}
        name="note"
        label="Evidence it was met, or why it was missed"
        defaultValue={submitted(state, "note")}
        errors={fieldErrors(state, "note")}
        rows={2}
      />
      <TextField
        idPrefix={prefix}
        name="evidenceUrl"
        type="url"
        label="Link to evidence (optional)"
        defaultValue={submitted(state, "evidenceUrl")}
        errors={fieldErrors(state, "evidenceUrl")}
      />
      <SubmitButton pending={pending}>Record milestone</SubmitButton>
    </GuardedForm>
  );
}
