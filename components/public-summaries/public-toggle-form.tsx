"use client";

import { useActionState } from "react";
import { PartnershipField } from "@/components/forms/fields";
import { FormMessage } from "@/components/forms/form-message";
import { SubmitButton } from "@/components/forms/submit-button";
import type { ActionResult } from "@/lib/actions/result";

type Action = (previous: ActionResult | null, form: FormData) => Promise<ActionResult>;

/** One item's switch for the public page: a button that shows it there, or takes it off. */
export function PublicToggleForm({ slug, action, idName, id, isPublic, what }: { slug: string; action: Action; idName: string; id: string; isPublic: boolean; what: string }) {
  const [state, formAction, pending] = useActionState<ActionResult | null, FormData>(action, null);
  const messageId = `toggle-${id}-message`;
  return (
    <form action={formAction} className="flex flex-wrap items-center gap-2" aria-describedby={messageId}>
      <PartnershipField slug={slug} />
      <input type="hidden" name={idName} value={id} />
      <input type="hidden" name="show" value={isPublic ? "no" : "yes"} />
      <SubmitButton pending={pending} variant="secondary" describedBy={messageId}>
        {isPublic ? "Take off the public page" : "Show on the public page"}
        <span className="sr-only">: {what}</span>
      </SubmitButton>
      <FormMessage state={state} id={messageId} />
    </form>
  );
}
