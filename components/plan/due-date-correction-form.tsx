"use client";

import { useActionState } from "react";
import { PartnershipField, SelectField, TextArea, TextField } from "@/components/forms/fields";
import { Folded } from "@/components/forms/folded";
import { FormMessage, fieldErrors, submitted } from "@/components/forms/form-message";
import { SubmitButton } from "@/components/forms/submit-button";
import { useFormKey } from "@/components/forms/use-form-key";
import type { ActionResult } from "@/lib/actions/result";
import { correctDueDateAction } from "@/lib/plan/actions";
import { GuardedForm } from "@/components/forms/guarded-form";

/** The programme office corrects a mistyped due date, with a reason; the history shows it as a correction. */
export function DueDateCorrectionForm({ slug, actionId, version, milestones }: { slug: string; actionId: string; version: number; milestones: { id: string; label: string }[] }) {
  const [state, formAction, pending] = useActionState<ActionResult<{ version: number }> | null, FormData>(correctDueDateAction, null);
  const formKey = useFormKey(state);
  return (
    <Folded summary="Correct a mistyped due date" open={state !== null}>
      <GuardedForm key={formKey} action={formAction} className="space-y-3" noValidate aria-describedby="correct-due-message">
        <PartnershipField slug={slug} />
        <input type="hidden" name="actionId" value={actionId} />
        <input type="hidden" name="version" value={state?.ok ? state.data.version : version} />
        <p className="text-sm text-slate-800">For a date typed wrongly. A date the plan agreed moves only when the board approves a change request.</p>
        <FormMessage state={state} id="correct-due-message" />
        {milestones.length ? (
          <SelectField
            idPrefix="correct-"
            name="milestoneId"
            label="Which date"
            defaultValue={submitted(state, "milestoneId") ?? ""}
            errors={fieldErrors(state, "milestoneId")}
            options={[{ value: "", label: "The action's due date" }, ...milestones.map((m) => ({ value: m.id, label: `Milestone: ${m.label}` }))]}
          />
        ) : null}
        <TextField idPrefix="correct-" name="dueDate" type="date" label="Correct due date" defaultValue={submitted(state, "dueDate")} errors={fieldErrors(state, "dueDate")} />
        <TextArea idPrefix="correct-" name="reason" label="What was wrong" rows={2} defaultValue={submitted(state, "reason")} errors={fieldErrors(state, "reason")} />
        <SubmitButton pending={pending} variant="secondary">
          Correct the due date
        </SubmitButton>
      </GuardedForm>
    </Folded>
  );
}
