"use client";

import { useActionState } from "react";
import { TextArea, TextField, PartnershipField } from "@/components/forms/fields";
import { FormMessage, fieldErrors, submitted } from "@/components/forms/form-message";
import { SubmitButton } from "@/components/forms/submit-button";
import type { ActionResult } from "@/lib/actions/result";
import { recordMilestoneOutcomeAction } from "@/lib/plan/actions";
import { GuardedForm } from "@/components/forms/guarded-form";

export function MilestoneOutcomeForm({ slug, occurrenceId, version, dueLabel }: { slug: string; occurrenceId: string; version: number; dueLabel: string }) {
  const [state, formAction, pending] = useActionState<ActionResult | null, FormData>(recordMilestoneOutcomeAction, null);
  const prefix = `occ-${occurrenceId}-`;
  const chosen = submitted(state, "outcome");
  return (
    <GuardedForm action={formAction} className="mt-2 space-y-3 rounded-md border border-slate-300 bg-slate-50 p-3" noValidate aria-describedby={`${prefix}message`}>
      <PartnershipField slug={slug} />
      <input type="hidden" name="occurrenceId" value={occurrenceId} />
      <input type="hidden" name="version" value={version} />
      <FormMessage state={state} id={`${prefix}message`} />
      <fieldset aria-describedby={fieldErrors(state, "outcome") ? `${prefix}outcome-error` : undefined}>
        <legend className="text-sm font-medium text-slate-900">Milestone due {dueLabel}</legend>
        <div className="mt-1 flex gap-4">
          <label className="inline-flex items-center gap-2">
            <input type="radio" name="outcome" value="MET" defaultChecked={chosen === "MET"} /> Met
          </label>
          <label className="inline-flex items-center gap-2">
            <input type="radio" name="outcome" value="MISSED" defaultChecked={chosen === "MISSED"} /> Missed
          </label>
        </div>
        {fieldErrors(state, "outcome") ? (
          <p id={`${prefix}outcome-error`} className="mt-1 text-sm font-medium text-red-800">
            {fieldErrors(state, "outcome")?.join(" ")}
          </p>
        ) : null}
      </fieldset>
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
