"use client";

import { useActionState } from "react";
import { SelectField, TextArea, TextField, PartnershipField } from "@/components/forms/fields";
import { Folded } from "@/components/forms/folded";
import { FormMessage, fieldErrors, submitted } from "@/components/forms/form-message";
import { SubmitButton } from "@/components/forms/submit-button";
import { useFormKey } from "@/components/forms/use-form-key";
import type { ActionResult } from "@/lib/actions/result";
import { raiseChangeRequestAction } from "@/lib/changes/actions";
import { GuardedForm } from "@/components/forms/guarded-form";

export function RaiseChangeRequestForm({
  slug,
  actionId,
  milestones,
  idPrefix = "cr-",
  summary,
  noDueDate = false,
}: {
  slug: string;
  actionId: string;
  milestones: { id: string; label: string }[];
  idPrefix?: string;
  /** Shown folded under this summary, and unfolded once there is a result to read (also after a post without JavaScript). */
  summary?: React.ReactNode;
  /** The action has no agreed due date yet: there is none to move (its first is set in the plan editor). */
  noDueDate?: boolean;
}) {
  const [state, formAction, pending] = useActionState<ActionResult | null, FormData>(raiseChangeRequestAction, null);
  const formKey = useFormKey(state);
  const form = (
    <GuardedForm key={formKey} action={formAction} className="space-y-4" noValidate aria-describedby={`${idPrefix}message`}>
      <PartnershipField slug={slug} />
      <input type="hidden" name="actionId" value={actionId} />
      <FormMessage state={state} id={`${idPrefix}message`} />
      {milestones.length ? (
        <SelectField
          idPrefix={idPrefix}
          name="milestoneId"
          label="What is the request about?"
          defaultValue={submitted(state, "milestoneId") ?? ""}
          errors={fieldErrors(state, "milestoneId")}
          options={[{ value: "", label: "The whole action" }, ...milestones.map((m) => ({ value: m.id, label: `Milestone: ${m.label}` }))]}
        />
      ) : null}
      <TextField
        idPrefix={idPrefix}
        name="proposedDueDate"
        type="date"
        label="Proposed new due date"
        hint={
          noDueDate
            ? "Leave empty if only the scope changes. The action has no agreed due date yet, so there is none to move: its first due date is set in the plan editor."
            : "Leave empty if only the scope changes."
        }
        defaultValue={submitted(state, "proposedDueDate")}
        errors={fieldErrors(state, "proposedDueDate")}
      />
      <TextArea
        idPrefix={idPrefix}
        name="scopeChange"
        label="Scope change (optional)"
        defaultValue={submitted(state, "scopeChange")}
        errors={fieldErrors(state, "scopeChange")}
        rows={2}
      />
      <TextArea idPrefix={idPrefix} name="reason" label="Reason" defaultValue={submitted(state, "reason")} errors={fieldErrors(state, "reason")} rows={3} />
      <TextArea
        idPrefix={idPrefix}
        name="impact"
        label="Impact"
        hint="What the change means for children, families and the rest of the plan."
        defaultValue={submitted(state, "impact")}
        errors={fieldErrors(state, "impact")}
        rows={3}
      />
      <SubmitButton pending={pending} pendingText="Sending…">
        Send to the board
      </SubmitButton>
    </GuardedForm>
  );
  return summary ? (
    <Folded summary={summary} open={state !== null}>
      {form}
    </Folded>
  ) : (
    form
  );
}
