"use client";

import { useActionState } from "react";
import { PartnershipField } from "@/components/forms/fields";
import { FormMessage } from "@/components/forms/form-message";
import { SubmitButton } from "@/components/forms/submit-button";
import { Button } from "@/components/ui/button";
import type { ActionResult } from "@/lib/actions/result";
import { confirmImportAction } from "@/lib/plan-import/actions";

export type ConfirmFields = { name: string; value: string }[];

/**
 * Step 4: the import itself. It posts the choices the preview was made with
 * (the server works the preview out again from the stored file and never
 * trusts the page's); a refusal is said at the top of the form. With errors in
 * the preview the button stays, disabled, and the text says why.
 */
export function ConfirmForm({ slug, uploadId, fields, actions, blocked }: { slug: string; uploadId: string; fields: ConfirmFields; actions: number; blocked: boolean }) {
  const [state, formAction, pending] = useActionState<ActionResult | null, FormData>(confirmImportAction, null);
  const label = actions ? `Import ${actions} ${actions === 1 ? "action" : "actions"}` : "Import (nothing changes)";
  return (
    <form action={formAction} className="space-y-3" aria-describedby="confirm-import-message">
      <FormMessage state={state} id="confirm-import-message" />
      <PartnershipField slug={slug} />
      <input type="hidden" name="uploadId" value={uploadId} />
      {fields.map((field) => (
        <input key={field.name} type="hidden" name={field.name} value={field.value} />
      ))}
      {blocked ? (
        <p id="confirm-import-blocked" className="font-medium text-red-900">
          <span aria-hidden="true">⚠ </span>Fix the errors above to import: change the spreadsheet and upload it again, or change the columns’ choices.
        </p>
      ) : (
        <p className="text-slate-800">
          Every row goes in together, in one step: if any row cannot be saved, nothing is, and this page says which row.
          {actions ? null : " Every action in the file is already in the plan as it is, so importing changes nothing."}
        </p>
      )}
      {blocked ? (
        <Button type="submit" variant="confirm" disabled aria-describedby="confirm-import-blocked">
          {label}
        </Button>
      ) : (
        <SubmitButton pending={pending} pendingText="Importing…" variant="confirm" describedBy="confirm-import-message">
          {label}
        </SubmitButton>
      )}
    </form>
  );
}
