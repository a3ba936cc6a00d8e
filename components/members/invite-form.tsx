"use client";

import { useActionState } from "react";
import { ChoiceField, PartnershipField, TextField } from "@/components/forms/fields";
import { FormMessage, fieldErrors, submitted } from "@/components/forms/form-message";
import { SubmitButton } from "@/components/forms/submit-button";
import { useFormKey } from "@/components/forms/use-form-key";
import type { ActionResult } from "@/lib/actions/result";
import { inviteMemberAction, type Invited } from "@/lib/invitations/actions";
import { LinkOnce } from "./link-once";

type Option = { value: string; label: string };

/** Invite by email with a role and, for leads and contributors, their areas. Without mail, the link is shown once after inviting. */
export function InviteForm({ slug, roleOptions, areaOptions }: { slug: string; roleOptions: Option[]; areaOptions: Option[] }) {
  const [state, action, pending] = useActionState<ActionResult<Invited> | null, FormData>(inviteMemberAction, null);
  const key = useFormKey(state);
  const url = state?.ok ? state.data.url : null;
  return (
    <div className="space-y-3">
      <form key={key} action={action} className="space-y-3" noValidate aria-describedby="invite-message">
        <PartnershipField slug={slug} />
        <FormMessage state={state} id="invite-message" />
        <div className="max-w-md">
          <TextField
            idPrefix="invite-"
            name="email"
            type="email"
            label="Email address"
            autoComplete="off"
            defaultValue={submitted(state, "email")}
            errors={fieldErrors(state, "email")}
          />
        </div>
        <ChoiceField kind="radio" idPrefix="invite-" name="role" label="Role" options={roleOptions} chosen={submitted(state, "role")} errors={fieldErrors(state, "role")} />
        <ChoiceField
          kind="checkboxes"
          idPrefix="invite-"
          name="areaIds"
          label="Priority areas"
          hint="For a priority lead or a contributor: the areas they will work in. Other roles reach every area."
          options={areaOptions}
          layout="grid"
          chosen={submitted(state, "areaIds")}
          errors={fieldErrors(state, "areaIds")}
        />
        <SubmitButton pending={pending} pendingText="Inviting…" describedBy="invite-message">
          Invite
        </SubmitButton>
      </form>
      {url ? <LinkOnce id="invite-link" url={url} /> : null}
    </div>
  );
}
