"use client";

import { useActionState } from "react";
import { TextArea, TextField, PartnershipField } from "@/components/forms/fields";
import { FormMessage, fieldErrors, submitted } from "@/components/forms/form-message";
import { SubmitButton } from "@/components/forms/submit-button";
import type { ActionResult } from "@/lib/actions/result";
import { saveKpiValueAction } from "@/lib/kpis/actions";
import { GuardedForm } from "@/components/forms/guarded-form";

export function KpiValueForm({ slug, kpiId, unit, unitHint }: { slug: string; kpiId: string; unit: string; unitHint: string }) {
  const [state, formAction, pending] = useActionState<ActionResult | null, FormData>(saveKpiValueAction, null);
  return (
    <GuardedForm action={formAction} className="space-y-3" noValidate aria-describedby="kpi-value-message">
      <PartnershipField slug={slug} />
      <input type="hidden" name="kpiId" value={kpiId} />
      <input type="hidden" name="unit" value={unit} />
      <FormMessage state={state} id="kpi-value-message" />
      <div className="grid grid-cols-1 gap-3 sm:grid-cols-2">
        <TextField name="period" label="Month" hint="For example Jun 2025" defaultValue={submitted(state, "period")} errors={fieldErrors(state, "period")} />
        <TextField name="value" label="Value" hint={unitHint} inputMode="decimal" defaultValue={submitted(state, "value")} errors={fieldErrors(state, "value")} />
      </div>
      <TextArea name="note" label="Note (optional)" rows={2} defaultValue={submitted(state, "note")} errors={fieldErrors(state, "note")} />
      <TextField
        name="reason"
        label="Reason for the correction (only needed when that period already has a value)"
        defaultValue={submitted(state, "reason")}
        errors={fieldErrors(state, "reason")}
      />
      <SubmitButton pending={pending}>Save value</SubmitButton>
    </GuardedForm>
  );
}
