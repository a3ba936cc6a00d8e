"use client";

import { useActionState } from "react";
import { TextArea, TextField, SelectField, PartnershipField } from "@/components/forms/fields";
import { Folded } from "@/components/forms/folded";
import { FormMessage, fieldErrors, submitted } from "@/components/forms/form-message";
import { SubmitButton } from "@/components/forms/submit-button";
import { useFormKey } from "@/components/forms/use-form-key";
import type { ActionResult } from "@/lib/actions/result";
import type { Status } from "@/lib/generated/prisma/enums";
import { updateActionStatusAction } from "@/lib/plan/actions";
import { EVIDENCE_KINDS, EVIDENCE_KIND_LABELS, STATUS_VALUES } from "@/lib/plan/schema";
import type { StatusLabels } from "@/lib/plan/status";
import { GuardedForm } from "@/components/forms/guarded-form";

export function StatusUpdateForm({
  slug,
  actionId,
  version,
  currentStatus,
  labels,
  idPrefix = "",
  summary,
}: {
  slug: string;
  actionId: string;
  version: number;
  currentStatus: Status;
  labels: StatusLabels;
  idPrefix?: string;
  /** Shown folded under this summary, and unfolded once there is a result to read (also after a post without JavaScript). */
  summary?: React.ReactNode;
}) {
  const [state, formAction, pending] = useActionState<ActionResult<{ version: number }> | null, FormData>(updateActionStatusAction, null);
  const messageId = `${idPrefix}status-form-message`;
  const evidenceOpen = Boolean(submitted(state, "evidenceTitle") || fieldErrors(state, "evidenceTitle") || fieldErrors(state, "evidenceText"));
  const formKey = useFormKey(state);
  const form = (
    <GuardedForm key={formKey} action={formAction} aria-describedby={messageId} className="space-y-4" noValidate>
      <PartnershipField slug={slug} />
      <input type="hidden" name="actionId" value={actionId} />
      <input type="hidden" name="version" value={version} />
      <FormMessage state={state} id={messageId} />
      <SelectField
        idPrefix={idPrefix}
        name="status"
        label="Status"
        defaultValue={submitted(state, "status") ?? currentStatus}
        errors={fieldErrors(state, "status")}
        options={STATUS_VALUES.map((s) => ({ value: s, label: labels[s] }))}
      />
      <TextArea
        idPrefix={idPrefix}
        name="commentary"
        label="Commentary"
        hint="Why the action has this status: progress, what is slipping and why, what happens next."
        defaultValue={submitted(state, "commentary")}
        errors={fieldErrors(state, "commentary")}
        rows={4}
      />
      <details open={evidenceOpen} className="rounded-md border border-slate-300 p-3">
        <summary className="cursor-pointer font-medium text-slate-900">Add evidence (optional)</summary>
        <div className="mt-3 grid grid-cols-1 gap-4 sm:grid-cols-2">
          <TextField
            idPrefix={idPrefix}
            name="evidenceTitle"
            label="Evidence title"
            defaultValue={submitted(state, "evidenceTitle")}
            errors={fieldErrors(state, "evidenceTitle")}
          />
          <SelectField
            idPrefix={idPrefix}
            name="evidenceKind"
            label="Kind of evidence"
            placeholder="Choose…"
            defaultValue={submitted(state, "evidenceKind") ?? ""}
            errors={fieldErrors(state, "evidenceKind")}
            options={EVIDENCE_KINDS.map((k) => ({ value: k, label: EVIDENCE_KIND_LABELS[k] }))}
          />
          <TextField
            idPrefix={idPrefix}
            name="evidenceDate"
            type="date"
            label="Date of the evidence"
            defaultValue={submitted(state, "evidenceDate")}
            errors={fieldErrors(state, "evidenceDate")}
          />
          <TextField
            idPrefix={idPrefix}
            name="evidenceUrl"
            type="url"
            label="Link"
            hint="https://…"
            defaultValue={submitted(state, "evidenceUrl")}
            errors={fieldErrors(state, "evidenceUrl")}
          />
          <div className="sm:col-span-2">
            <TextArea idPrefix={idPrefix} name="evidenceText" label="What it shows" defaultValue={submitted(state, "evidenceText")} errors={fieldErrors(state, "evidenceText")} />
          </div>
        </div>
      </details>
      <SubmitButton pending={pending}>Save update</SubmitButton>
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
