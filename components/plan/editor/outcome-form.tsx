"use client";

import Link from "next/link";
import { useActionState } from "react";
import { SelectField, TextArea, TextField, PartnershipField } from "@/components/forms/fields";
import { FormMessage, fieldErrors, submitted } from "@/components/forms/form-message";
import { SubmitButton } from "@/components/forms/submit-button";
import { useFormKey } from "@/components/forms/use-form-key";
import type { ActionResult } from "@/lib/actions/result";
import { newActionPath } from "@/lib/plan/paths";
import { createOutcomeAction, updateOutcomeAction } from "@/lib/plan/structure/actions";
import type { OutcomeFormValues } from "@/lib/plan/structure/form-defaults";
import { GuardedForm } from "@/components/forms/guarded-form";

/** Adds or edits a desired outcome. The areas offered are the ones the member may edit. */
export function OutcomeForm({
  slug,
  outcome,
  areaOptions,
  initialAreaId,
}: {
  slug: string;
  /** Absent when adding. */
  outcome?: OutcomeFormValues;
  areaOptions: { value: string; label: string }[];
  initialAreaId?: string;
}) {
  const [state, formAction, pending] = useActionState<ActionResult<{ id: string; version: number }> | null, FormData>(outcome ? updateOutcomeAction : createOutcomeAction, null);
  const created = state?.ok && !outcome ? state.data.id : null;
  const formKey = useFormKey(state);
  return (
    <GuardedForm key={formKey} action={formAction} aria-describedby="outcome-form-message" className="space-y-5" noValidate>
      <PartnershipField slug={slug} />
      {outcome ? (
        <>
          <input type="hidden" name="id" value={outcome.id} />
          <input type="hidden" name="version" value={outcome.version} />
        </>
      ) : null}
      <FormMessage state={state} id="outcome-form-message" />
      {created ? (
        <p className="text-sm">
          <Link prefetch={false} href={newActionPath(slug, created)} className="text-blue-800 underline underline-offset-2">
            Add an action to the new outcome
          </Link>
        </p>
      ) : null}
      <SelectField
        name="priorityAreaId"
        label="Priority area"
        hint={outcome ? "Moving the outcome to another area takes its actions with it." : undefined}
        placeholder="Choose…"
        defaultValue={submitted(state, "priorityAreaId") ?? outcome?.priorityAreaId ?? initialAreaId ?? ""}
        errors={fieldErrors(state, "priorityAreaId")}
        options={areaOptions}
      />
      <TextField
        name="code"
        label="Code"
        hint="Unique in this plan, for example 1.1."
        defaultValue={submitted(state, "code") ?? outcome?.code}
        errors={fieldErrors(state, "code")}
      />
      <TextArea
        name="text"
        label="Desired outcome for children and young people"
        rows={4}
        defaultValue={submitted(state, "text") ?? outcome?.text}
        errors={fieldErrors(state, "text")}
      />
      <SubmitButton pending={pending}>{outcome ? "Save outcome" : "Add outcome"}</SubmitButton>
    </GuardedForm>
  );
}
