"use client";

import Link from "next/link";
import { useActionState } from "react";
import { SelectField, TextArea, TextField, PartnershipField } from "@/components/forms/fields";
import { FormMessage, fieldErrors, submitted } from "@/components/forms/form-message";
import { SubmitButton } from "@/components/forms/submit-button";
import { useFormKey } from "@/components/forms/use-form-key";
import type { ActionResult } from "@/lib/actions/result";
import { editActionPath, newMilestonePath } from "@/lib/plan/paths";
import { createActionAction, updateActionAction } from "@/lib/plan/structure/actions";
import type { ActionFormValues } from "@/lib/plan/structure/form-defaults";
import { ReadOnlyField } from "./read-only-field";
import { GuardedForm } from "@/components/forms/guarded-form";

type Option = { value: string; label: string };

/**
 * Adds or edits an action. The due date is set once (on creation, or later
 * while it is still to be confirmed); after that it moves only when the board
 * approves a change request, so here it is shown read-only beside its baseline.
 */
export function ActionForm({
  slug,
  action,
  outcomeOptions,
  memberOptions,
  initialOutcomeId,
}: {
  slug: string;
  /** Absent when adding. */
  action?: ActionFormValues;
  outcomeOptions: Option[];
  memberOptions: Option[];
  initialOutcomeId?: string;
}) {
  const [state, formAction, pending] = useActionState<ActionResult<{ id: string; version: number }> | null, FormData>(action ? updateActionAction : createActionAction, null);
  const value = (name: string, current: string | null | undefined) => submitted(state, name) ?? current ?? "";
  const created = state?.ok && !action ? state.data.id : null;
  const formKey = useFormKey(state);
  return (
    <GuardedForm key={formKey} action={formAction} aria-describedby="action-form-message" className="space-y-5" noValidate>
      <PartnershipField slug={slug} />
      {action ? (
        <>
          <input type="hidden" name="id" value={action.id} />
          <input type="hidden" name="version" value={action.version} />
        </>
      ) : null}
      <FormMessage state={state} id="action-form-message" />
      {created ? (
        <p className="text-sm">
          <Link prefetch={false} href={editActionPath(slug, created)} className="text-blue-800 underline underline-offset-2">
            Edit the new action
          </Link>{" "}
          ·{" "}
          <Link prefetch={false} href={newMilestonePath(slug, created)} className="text-blue-800 underline underline-offset-2">
            Add a milestone to it
          </Link>
        </p>
      ) : null}
      <SelectField
        name="outcomeId"
        label="Desired outcome"
        hint={action ? "Moving the action to an outcome in another area moves it to that area." : undefined}
        placeholder="Choose…"
        defaultValue={value("outcomeId", action?.outcomeId ?? initialOutcomeId)}
        errors={fieldErrors(state, "outcomeId")}
        options={outcomeOptions}
      />
      <div className="grid grid-cols-1 gap-5 sm:grid-cols-3">
        <TextField name="code" label="Code" hint="Unique in this plan, for example 1.1a." defaultValue={value("code", action?.code)} errors={fieldErrors(state, "code")} />
        <div className="sm:col-span-2">
          <TextField name="title" label="Title" defaultValue={value("title", action?.title)} errors={fieldErrors(state, "title")} />
        </div>
      </div>
      <TextArea
        name="description"
        label="What we will do (optional)"
        rows={4}
        defaultValue={value("description", action?.description)}
        errors={fieldErrors(state, "description")}
      />
      <div className="grid grid-cols-1 gap-5 sm:grid-cols-2">
        <TextField
          name="leadRole"
          label="Lead role (optional)"
          hint="As the plan names it, for people without a sign-in."
          defaultValue={value("leadRole", action?.leadRole)}
          errors={fieldErrors(state, "leadRole")}
        />
        <SelectField
          name="leadMembershipId"
          label="Lead member (optional)"
          hint="A member who leads it can update its status."
          defaultValue={value("leadMembershipId", action?.leadMembershipId)}
          errors={fieldErrors(state, "leadMembershipId")}
          options={[{ value: "", label: "No member" }, ...memberOptions]}
        />
        <TextField name="workstream" label="Workstream (optional)" defaultValue={value("workstream", action?.workstream)} errors={fieldErrors(state, "workstream")} />
        <TextField
          name="tags"
          label="Source tags (optional)"
          hint="Separated by commas, for example SEF, DBV, AFI2."
          defaultValue={value("tags", action?.tags.join(", "))}
          errors={fieldErrors(state, "tags")}
        />
        <TextField name="startDate" type="date" label="Start date (optional)" defaultValue={value("startDate", action?.startDate)} errors={fieldErrors(state, "startDate")} />
        {action?.dueDateAgreed ? (
          <ReadOnlyField
            label="Due date"
            value={action.currentDueDateText === action.baselineDueDateText ? action.currentDueDateText : `${action.currentDueDateText} (baseline ${action.baselineDueDateText})`}
            hint="Moves only when the board approves a change request."
          />
        ) : (
          <TextField
            name="baselineDueDate"
            type="date"
            label="Due date"
            hint={
              action
                ? "To be confirmed: no date is agreed yet. Once agreed, enter it here: it becomes the baseline, and later changes go through a change request."
                : "The date agreed in the plan. It becomes the baseline: later changes go through a change request. Leave blank if no date is agreed yet."
            }
            defaultValue={value("baselineDueDate", undefined)}
            errors={fieldErrors(state, "baselineDueDate")}
          />
        )}
      </div>
      <SubmitButton pending={pending}>{action ? "Save action" : "Add action"}</SubmitButton>
    </GuardedForm>
  );
}
