"use client";

import { useActionState } from "react";
import { PartnershipField, TextField } from "@/components/forms/fields";
import { FormMessage, fieldErrors } from "@/components/forms/form-message";
import { SubmitButton } from "@/components/forms/submit-button";
import type { ActionResult } from "@/lib/actions/result";
import { uploadPlanAction } from "@/lib/plan-import/actions";

/**
 * The spreadsheet's upload. A plain form (not GuardedForm, whose 1 MB check is
 * for typed text): a plan may be several megabytes, and the action refuses
 * what it cannot read with one sentence beside the file field. Without
 * JavaScript React posts it as multipart all the same.
 */
export function UploadForm({ slug }: { slug: string }) {
  const [state, formAction, pending] = useActionState<ActionResult | null, FormData>(uploadPlanAction, null);
  return (
    <form action={formAction} className="space-y-4" noValidate aria-describedby="plan-upload-message">
      <PartnershipField slug={slug} />
      <FormMessage state={state} id="plan-upload-message" />
      <TextField
        idPrefix="plan-upload-"
        name="file"
        type="file"
        label="Spreadsheet (CSV or Excel .xlsx)"
        hint="Up to 10 MB. Nothing is saved to the plan until you have checked the preview and confirmed."
        accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        errors={fieldErrors(state, "file")}
        className="mt-1 block w-full max-w-xl rounded-md border border-slate-400 bg-white px-3 py-2 text-base text-slate-900"
      />
      <SubmitButton pending={pending} pendingText="Reading the file…">
        Upload and preview
      </SubmitButton>
    </form>
  );
}
