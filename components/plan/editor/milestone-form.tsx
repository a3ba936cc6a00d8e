"use client";

import Link from "next/link";
import { useActionState, useState } from "react";
import { ChoiceField, SelectField, TextArea, TextField, PartnershipField } from "@/components/forms/fields";
import { FormMessage, fieldErrors, submitted } from "@/components/forms/form-message";
import { SubmitButton } from "@/components/forms/submit-button";
import { useFormKey } from "@/components/forms/use-form-key";
import type { ActionResult } from "@/lib/actions/result";
import { FREQUENCY_LABELS } from "@/lib/plan/recurrence";
import { editActionPath } from "@/lib/plan/paths";
import { createMilestoneAction, updateMilestoneAction } from "@/lib/plan/structure/actions";
import type { MilestoneFormValues } from "@/lib/plan/structure/form-defaults";
import { FREQUENCIES } from "@/lib/plan/structure/schema";
import { ReadOnlyField } from "./read-only-field";
import { GuardedForm } from "@/components/forms/guarded-form";

type Schedule = "ONE_OFF" | "RECURRING";

const SCHEDULES: { value: Schedule; label: string }[] = [
  { value: "ONE_OFF", label: "Once, on a date" },
  { value: "RECURRING", label: "Repeatedly" },
];

/**
 * Adds or edits a milestone: a one-off due date or a recurrence, never both.
 * Only the chosen kind's fields are on the form, so only they are sent. (The
 * radios are uncontrolled, so that the reset after a save keeps the choice.) Once
 * created, a milestone keeps its kind; a one-off date then moves only through
 * a change request, while a recurrence can be changed here.
 */
export function MilestoneForm({ slug, actionId, milestone }: { slug: string; actionId: string; milestone?: MilestoneFormValues }) {
  const [state, formAction, pending] = useActionState<ActionResult<{ id: string; version: number }> | null, FormData>(
    milestone ? updateMilestoneAction : createMilestoneAction,
    null,
  );
  const [schedule, setSchedule] = useState<Schedule>(milestone ? (milestone.frequency ? "RECURRING" : "ONE_OFF") : "ONE_OFF");
  const value = (name: string, current: string | null | undefined) => submitted(state, name) ?? current ?? "";
  const scheduleErrors = fieldErrors(state, "schedule");
  const created = state?.ok && !milestone;
  const formKey = useFormKey(state);
  return (
    <GuardedForm key={formKey} action={formAction} aria-describedby="milestone-form-message" className="space-y-5" noValidate>
      <PartnershipField slug={slug} />
      {milestone ? (
        <>
          <input type="hidden" name="id" value={milestone.id} />
          <input type="hidden" name="version" value={milestone.version} />
          <input type="hidden" name="schedule" value={schedule} />
        </>
      ) : (
        <input type="hidden" name="actionId" value={actionId} />
      )}
      <FormMessage state={state} id="milestone-form-message" />
      {created ? (
        <p className="text-sm">
          <Link prefetch={false} href={editActionPath(slug, actionId)} className="text-blue-800 underline underline-offset-2">
            Back to the action’s milestones
          </Link>
        </p>
      ) : null}
      <TextArea
        name="text"
        label="How we will measure impact"
        hint="What will show the action is working, as the plan words it."
        rows={3}
        defaultValue={value("text", milestone?.text)}
        errors={fieldErrors(state, "text")}
      />
      <TextField
        name="byWhenText"
        label="By when, as the plan writes it (optional)"
        hint="For example 31st March 2025, or Monthly from June 2025."
        defaultValue={value("byWhenText", milestone?.byWhenText)}
        errors={fieldErrors(state, "byWhenText")}
      />
      {milestone ? null : (
        <ChoiceField
          kind="radio"
          layout="inline"
          name="schedule"
          label="When is it due?"
          options={SCHEDULES}
          chosen={schedule}
          errors={scheduleErrors}
          onChoose={(value) => setSchedule(value as Schedule)}
        />
      )}
      {schedule === "ONE_OFF" ? (
        milestone ? (
          <ReadOnlyField
            label="Due date"
            value={
              milestone.dueDateText && milestone.baselineDueDateText && milestone.dueDateText !== milestone.baselineDueDateText
                ? `${milestone.dueDateText} (baseline ${milestone.baselineDueDateText})`
                : (milestone.dueDateText ?? "—")
            }
            hint="Moves only when the board approves a change request."
          />
        ) : (
          <TextField name="dueDate" type="date" label="Due date" defaultValue={value("dueDate", undefined)} errors={fieldErrors(state, "dueDate")} />
        )
      ) : (
        <div className="grid grid-cols-1 gap-5 sm:grid-cols-3">
          <SelectField
            name="frequency"
            label="How often"
            placeholder="Choose…"
            defaultValue={value("frequency", milestone?.frequency)}
            errors={fieldErrors(state, "frequency")}
            options={FREQUENCIES.map((f) => ({ value: f, label: FREQUENCY_LABELS[f] }))}
          />
          <TextField
            name="recurrenceStart"
            type="date"
            label="First due"
            hint="A month end keeps to month ends."
            defaultValue={value("recurrenceStart", milestone?.recurrenceStart)}
            errors={fieldErrors(state, "recurrenceStart")}
          />
          <TextField
            name="recurrenceEnd"
            type="date"
            label="Last possible date"
            defaultValue={value("recurrenceEnd", milestone?.recurrenceEnd)}
            errors={fieldErrors(state, "recurrenceEnd")}
          />
          {milestone ? (
            <p className="text-sm text-slate-700 sm:col-span-3">Changing these replaces the due dates still pending. Dates already recorded as met or missed are kept.</p>
          ) : null}
        </div>
      )}
      <SubmitButton pending={pending}>{milestone ? "Save milestone" : "Add milestone"}</SubmitButton>
    </GuardedForm>
  );
}
