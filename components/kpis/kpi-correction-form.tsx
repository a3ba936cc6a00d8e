"use client";

import { useActionState } from "react";
import { ChoiceField, PartnershipField, TextField } from "@/components/forms/fields";
import { FormMessage, fieldErrors, submitted } from "@/components/forms/form-message";
import { SubmitButton } from "@/components/forms/submit-button";
import type { ActionResult } from "@/lib/actions/result";
import { correctKpiValueAction } from "@/lib/kpis/actions";
import { GuardedForm } from "@/components/forms/guarded-form";

const OPERATIONS = [
  { value: "correct", label: "Correct it" },
  { value: "remove", label: "Remove it" },
];

/** Correct a value or remove it, with a reason kept in the KPI's corrections. Folded in its row of the table. */
export function KpiCorrectionForm({
  slug,
  kpiId,
  unit,
  period,
  monthLabel,
  value,
}: {
  slug: string;
  kpiId: string;
  unit: string;
  period: string;
  monthLabel: string;
  value: string;
}) {
  const [state, formAction, pending] = useActionState<ActionResult | null, FormData>(correctKpiValueAction, null);
  const prefix = `correct-${period}-`;
  const op = submitted(state, "op") ?? "correct";
  return (
    <details open={state !== null || undefined} className="mt-1">
      <summary className="cursor-pointer text-xs font-medium text-blue-800">
        Correct or remove<span className="sr-only"> the value for {monthLabel}</span>
      </summary>
      <GuardedForm action={formAction} className="mt-2 space-y-2" noValidate aria-describedby={`${prefix}message`}>
        <PartnershipField slug={slug} />
        <input type="hidden" name="kpiId" value={kpiId} />
        <input type="hidden" name="unit" value={unit} />
        <input type="hidden" name="period" value={period} />
        <FormMessage state={state} id={`${prefix}message`} />
        <ChoiceField
          kind="radio"
          layout="inline"
          idPrefix={prefix}
          name="op"
          label={`What to do with ${value} for ${monthLabel}`}
          options={OPERATIONS}
          chosen={op}
          errors={fieldErrors(state, "op")}
        />
        <TextField idPrefix={prefix} name="value" label="Corrected value" inputMode="decimal" defaultValue={submitted(state, "value")} errors={fieldErrors(state, "value")} />
        <TextField idPrefix={prefix} name="reason" label="Reason" defaultValue={submitted(state, "reason")} errors={fieldErrors(state, "reason")} />
        <SubmitButton pending={pending} variant="secondary">
          Save correction
        </SubmitButton>
      </GuardedForm>
    </details>
  );
}
