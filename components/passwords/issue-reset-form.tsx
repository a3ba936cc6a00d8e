"use client";

import { useActionState } from "react";
import { PartnershipField } from "@/components/forms/fields";
import { FormMessage } from "@/components/forms/form-message";
import { SubmitButton } from "@/components/forms/submit-button";
import type { ActionResult } from "@/lib/actions/result";

type Issued = ActionResult<{ url: string | null }>;

/**
 * "Issue a password reset link": posts the member's id (a hidden field, never
 * a bound argument) and shows the answer: the link once, to copy, or that it
 * was emailed. Works without JavaScript (the page comes back with it).
 */
export function IssueResetForm({
  action,
  slug,
  membershipId,
  mailConfigured,
}: {
  action: (previous: Issued | null, form: FormData) => Promise<Issued>;
  slug: string;
  membershipId: string;
  mailConfigured: boolean;
}) {
  const [state, formAction, pending] = useActionState<Issued | null, FormData>(action, null);
  const url = state?.ok ? state.data.url : null;
  return (
    <form action={formAction} className="space-y-3" noValidate aria-describedby="issue-reset-message">
      <PartnershipField slug={slug} />
      <input type="hidden" name="membershipId" value={membershipId} />
      <FormMessage state={state} id="issue-reset-message" />
      {url ? (
        <div>
          <label htmlFor="issued-reset-link" className="block text-sm font-medium text-slate-900">
            Password reset link
          </label>
          <input
            id="issued-reset-link"
            readOnly
            value={url}
            onFocus={(event) => event.currentTarget.select()}
            className="mt-1 block w-full rounded-md border border-slate-400 bg-slate-50 px-3 py-2 font-mono text-sm text-slate-900"
          />
        </div>
      ) : null}
      <SubmitButton pending={pending} pendingText="Issuing…" variant="secondary" describedBy="issue-reset-message">
        {mailConfigured ? "Email a password reset link" : "Issue a password reset link"}
      </SubmitButton>
    </form>
  );
}
