"use client";

import { useActionState } from "react";
import { PartnershipField, TextField } from "@/components/forms/fields";
import { FormMessage, fieldErrors, submitted } from "@/components/forms/form-message";
import { SubmitButton } from "@/components/forms/submit-button";
import type { ActionResult } from "@/lib/actions/result";
import { correctKpiValueAction } from "@/lib/kpis/actions";
import { GuardedForm } from "@/components/forms/guarded-form";

/** Correct a value or remove it, with a reason kept in the KPI's corrections. Folded in its row of the table. */
export function KpiCorrectionForm({ slug, kpiId, unit, period, monthLabel, value }: { slug: string; kpiId: string; unit: string; period: string; monthLabel: string; value: string }) {
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
        <fieldset>
          <legend className="text-sm font-medium text-slate-900">What to do with {value} for {monthLabel}</legend>
          <div className="mt-1 flex gap-4 text-sm">
            <label className="inline-flex items-center gap-1">
              <input type="radio" name="op" value="correct" defaultChecked={op === "correct"} /> Correct it
            </label>
            <label className="inline-flex items-center gap-1">
              <input type="radio" name="op" value="remove" defaultChecked={op === "remove"} /> Remove it
            </label>
          </div>
        </fieldset>
        <TextField idPrefix={prefix} name="value" label="Corrected value" inputMode="decimal" defaultValue={submitted(state, "value")} errors={fieldErrors(state, "value")} />
        <TextField idPrefix={prefix} name="reason" label="Reason" defaultValue={submitted(state, "reason")} errors={fieldErrors(state, "reason")} />
        <SubmitButton pending={pending} variant="secondary">
          Save correction
        </SubmitButton>
      </GuardedForm>
    </details>
  );
}
