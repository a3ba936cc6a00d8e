"use client";

import { useActionState } from "react";
import { ChoiceField, PartnershipField, SelectField, TextArea, TextField } from "@/components/forms/fields";
import { FormMessage, fieldErrors, submitted } from "@/components/forms/form-message";
import { SubmitButton } from "@/components/forms/submit-button";
import { useFormKey } from "@/components/forms/use-form-key";
import type { ActionResult } from "@/lib/actions/result";
import { createRiskAction, updateRiskAction } from "@/lib/risks/actions";
import { FREQUENCY_LABELS } from "@/lib/risks/compute";
import type { RiskFormValues } from "@/lib/risks/form-defaults";
import { REVIEW_FREQUENCIES } from "@/lib/risks/schema";
import { RatingFields } from "./rating-fields";

type Option = { value: string; label: string };
type Saved = ActionResult<{ version: number }>;

/** Adds a risk to the register (no `risk`), or edits one. */
export function RiskForm({
  slug,
  risk,
  defaults,
  areaOptions,
  memberOptions,
}: {
  slug: string;
  risk?: RiskFormValues;
  /** For a new risk: the next review date and cadence to start from. */
  defaults?: Partial<RiskFormValues>;
  areaOptions: Option[];
  memberOptions: Option[];
}) {
  const [state, formAction, pending] = useActionState<Saved | null, FormData>(risk ? updateRiskAction : createRiskAction, null);
  const start = { ...defaults, ...risk };
  const value = (name: keyof RiskFormValues) => submitted(state, name) ?? (start[name] as string | undefined) ?? "";
  const errors = (name: string) => fieldErrors(state, name);
  const chosenAreas = submitted(state, "areaIds")?.split(",") ?? start.areaIds ?? (areaOptions.length === 1 ? [areaOptions[0]!.value] : []);
  const areaErrors = errors("areaIds");
  const formKey = useFormKey(state);
  return (
    <form key={formKey} action={formAction} aria-describedby="risk-form-message" className="space-y-5" noValidate>
      <PartnershipField slug={slug} />
      {risk ? (
        <>
          <input type="hidden" name="id" value={risk.id} />
          <input type="hidden" name="version" value={risk.version} />
        </>
      ) : null}
      <FormMessage state={state} id="risk-form-message" />
      <TextField
        name="title"
        label="Risk"
        hint="The event you are worried about, in a sentence: “EHC plans continue to be issued late”."
        defaultValue={value("title")}
        errors={errors("title")}
      />
      <div className="grid grid-cols-1 gap-5 sm:grid-cols-2">
        <TextArea name="cause" label="Cause (optional)" hint="Why it might happen." rows={3} defaultValue={value("cause")} errors={errors("cause")} />
        <TextArea
          name="effect"
          label="Effect (optional)"
          hint="What it would mean for children, young people and families."
          rows={3}
          defaultValue={value("effect")}
          errors={errors("effect")}
        />
      </div>
      <TextArea
        name="controls"
        label="Existing controls (optional)"
        hint="What is already in place and working. What is still to be done goes in the mitigation plan, on the risk’s page."
        rows={3}
        defaultValue={value("controls")}
        errors={errors("controls")}
      />

      <div className="grid grid-cols-1 gap-4 md:grid-cols-3">
        <RatingFields
          legend="Inherent score"
          hint="Before any controls."
          prefix="inherent"
          stacked
          likelihood={value("inherentLikelihood")}
          impact={value("inherentImpact")}
          errors={errors}
        />
        <RatingFields
          legend="Current score"
          hint="With the controls in place now."
          prefix="current"
          stacked
          likelihood={value("currentLikelihood")}
          impact={value("currentImpact")}
          errors={errors}
        />
        <RatingFields
          legend="Target score"
          hint="Once the mitigations are done."
          prefix="target"
          stacked
          likelihood={value("targetLikelihood")}
          impact={value("targetImpact")}
          errors={errors}
        />
      </div>
      {risk ? (
        <TextArea
          name="scoreReason"
          label="Why the scores changed (needed if they did)"
          hint="Kept in the risk’s history with your name and today’s date. To record a routine review, use “Review this risk” instead."
          rows={2}
          defaultValue={submitted(state, "scoreReason")}
          errors={errors("scoreReason")}
        />
      ) : null}

      <ChoiceField
        kind="checkboxes"
        layout="grid"
        name="areaIds"
        label="Priority areas"
        hint="The areas whose delivery the risk threatens. Their priority leads review it."
        options={areaOptions}
        chosen={chosenAreas.join(",")}
        errors={areaErrors}
      />
      <TextField
        name="actionCodes"
        label="Linked actions (optional)"
        hint="Plan action codes separated by commas, for example 3.2a, 3.2c."
        defaultValue={value("actionCodes")}
        errors={errors("actionCodes")}
      />

      <div className="grid grid-cols-1 gap-5 sm:grid-cols-2">
        <SelectField
          name="ownerMembershipId"
          label="Owner"
          hint="One person answers for the risk. Choose a member, or name the role below."
          defaultValue={value("ownerMembershipId")}
          errors={errors("ownerMembershipId")}
          options={[{ value: "", label: "Not a member (name the role)" }, ...memberOptions]}
        />
        <TextField
          name="ownerRole"
          label="Owner’s role (optional)"
          hint="As the plan names it, for someone without a login."
          defaultValue={value("ownerRole")}
          errors={errors("ownerRole")}
        />
        <SelectField
          name="reviewFrequency"
          label="Reviewed"
          defaultValue={value("reviewFrequency") || "MONTHLY"}
          errors={errors("reviewFrequency")}
          options={REVIEW_FREQUENCIES.map((f) => ({ value: f, label: FREQUENCY_LABELS[f] }))}
        />
        <TextField name="nextReviewDate" type="date" label="Next review" defaultValue={value("nextReviewDate")} errors={errors("nextReviewDate")} />
      </div>
      <SubmitButton pending={pending} pendingText="Saving…">
        {risk ? "Save risk" : "Add risk"}
      </SubmitButton>
    </form>
  );
}
