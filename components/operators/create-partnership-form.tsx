"use client";

import { useActionState } from "react";
import { TextField } from "@/components/forms/fields";
import { FormMessage, fieldErrors, submitted } from "@/components/forms/form-message";
import { SubmitButton } from "@/components/forms/submit-button";
import { useFormKey } from "@/components/forms/use-form-key";
import type { ActionResult } from "@/lib/actions/result";
import type { FirstAdminInvitation } from "@/lib/operators/view";

type Result = ActionResult<FirstAdminInvitation | undefined>;

const FIELDS = [
  { name: "name", label: "Name", hint: "As its members know it, such as Derby City Local Area SEND Partnership." },
  { name: "partnershipSlug", label: "Address", hint: "Its pages are at /p/<address>: lower-case letters, digits and hyphens, such as derby-city." },
  { name: "localAuthority", label: "Local authority" },
  { name: "icb", label: "Integrated care board (ICB)" },
  { name: "adminEmail", label: "First admin’s email", hint: "They are invited as its programme office, and invite everyone else.", type: "email" },
] as const;

/** A new partnership and its first admin's invitation; the link is shown once, to copy, when it is not mailed. */
export function CreatePartnershipForm({ action }: { action: (previous: Result | null, form: FormData) => Promise<Result> }) {
  const [state, formAction, pending] = useActionState<Result | null, FormData>(action, null);
  const key = useFormKey(state);
  const invitation = state?.ok ? state.data : undefined;
  return (
    <div className="space-y-4">
      <form key={key} action={formAction} className="space-y-3" noValidate aria-describedby="create-message">
        <FormMessage state={state} id="create-message" />
        {FIELDS.map((field) => (
          <TextField
            key={field.name}
            idPrefix="create-"
            name={field.name}
            label={field.label}
            hint={"hint" in field ? field.hint : undefined}
            type={"type" in field ? field.type : "text"}
            defaultValue={submitted(state, field.name)}
            errors={fieldErrors(state, field.name)}
          />
        ))}
        <SubmitButton pending={pending} pendingText="Creating…" describedBy="create-message">
          Create partnership
        </SubmitButton>
      </form>
      {invitation && !invitation.mailed ? (
        <div className="rounded-md border border-slate-300 bg-slate-50 p-4">
          <label htmlFor="invitation-link" className="block font-medium">
            Invitation link for {invitation.email}
          </label>
          <p id="invitation-link-hint" className="text-sm text-slate-700">
            Shown only this once. Anyone with the link can accept it, so send it to {invitation.email} alone.
          </p>
          <input
            id="invitation-link"
            readOnly
            value={invitation.url}
            aria-describedby="invitation-link-hint"
            className="mt-2 w-full rounded-md border border-slate-400 bg-white px-3 py-2 font-mono text-sm"
            onFocus={(event) => event.currentTarget.select()}
          />
        </div>
      ) : null}
    </div>
  );
}
